package align

import (
	"runtime"
	"sync"
)

// The order-based alignment of two long sources splits its loops (over the
// sentences of one side, over the gaps between anchors) into contiguous
// parts run at once, each with a searcher of its own, and joins the parts'
// results in order: the outcome is the same as one loop's.

// parMin is the least work (sentences or gaps) a part is given.
const parMin = 1024

// parts cuts [lo, hi) into at most one part per processor, none
// smaller than parMin (one part when the range is small).
func parts(lo, hi int) [][2]int {
	n := max(1, min(runtime.GOMAXPROCS(0), (hi-lo)/parMin))
	parts := make([][2]int, n)
	for p := range parts {
		parts[p] = [2]int{lo + p*(hi-lo)/n, lo + (p+1)*(hi-lo)/n}
	}
	return parts
}

// runParts calls f for every part at once, part 0 on the calling
// goroutine, and waits for all of them.
func runParts(parts [][2]int, f func(p int, r [2]int)) {
	var wg sync.WaitGroup
	for p := 1; p < len(parts); p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(p, parts[p])
		}()
	}
	if len(parts) > 0 {
		f(0, parts[0])
	}
	wg.Wait()
}

// searchers returns n searchers over s's index: s itself and n-1
// new ones, since a searcher keeps per-search state.
func searchers(s *searcher, n int) []*searcher {
	out := []*searcher{s}
	for len(out) < n {
		out = append(out, newAlignSearcher(s.c, s.ix, s.docOf))
	}
	return out
}

// join concatenates the parts' results in order.
func join[T any](parts [][]T) []T {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	if n == 0 {
		return nil
	}
	out := make([]T, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"
)

// The memory benchmarks run the whole --json pipeline (read, segment,
// align, write the report) on the two inputs of issue 13 that took far
// more memory than their size, and report, per byte of input, the peak of
// the live heap (sampled every 5ms) and the bytes allocated. The target is
// a peak of at most 8 times the input plus 100 MB.
//
//	go test ./cmd/parallax -run XXX -bench Memory -benchtime 1x

// BenchmarkMemoryLongLine is one line of 50 MB: sentences, no line break.
func BenchmarkMemoryLongLine(b *testing.B) {
	benchmarkMemory(b, "line.txt", func(w io.Writer) {
		var n int
		for i := 0; n < 50<<20; i++ {
			k, _ := fmt.Fprintf(w, "The ferry %d left the harbour at noon with %d passengers aboard. ", i, i%400)
			n += k
		}
		fmt.Fprintln(w)
	})
}

// BenchmarkMemoryTinyParagraphs is a million paragraphs of two words.
func BenchmarkMemoryTinyParagraphs(b *testing.B) {
	benchmarkMemory(b, "tiny.txt", func(w io.Writer) {
		words := strings.Fields("Ferry Harbour Storm Rescue Council Mayor Island Crew")
		for i := range 1_000_000 {
			fmt.Fprintf(w, "%s %d.\n\n", words[i%len(words)], i)
		}
	})
}

func benchmarkMemory(b *testing.B, name string, gen func(io.Writer)) {
	path := filepath.Join(b.TempDir(), name)
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	gen(f)
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	size := float64(st.Size())
	var peak, alloc uint64
	b.ResetTimer()
	for range b.N {
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		stop := sampleHeapPeak()
		var errb strings.Builder
		code := run(context.Background(), []string{"--json", path}, strings.NewReader(""), io.Discard, &errb)
		p := stop()
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		if code != 0 {
			b.Fatalf("exit %d: %s", code, errb.String())
		}
		peak = max(peak, p-min(p, before.HeapAlloc))
		alloc = after.TotalAlloc - before.TotalAlloc
	}
	b.ReportMetric(float64(peak)/size, "peak-heap-B/in-B")
	b.ReportMetric(float64(alloc)/size, "alloc-B/in-B")
	b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	b.ReportMetric(size/(1<<20), "input-MB")
}

// sampleHeapPeak watches the live heap until the returned function is
// called, which returns the largest value seen.
func sampleHeapPeak() func() uint64 {
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var (
		mu   sync.Mutex
		peak uint64
	)
	read := func() {
		metrics.Read(sample)
		mu.Lock()
		peak = max(peak, sample[0].Value.Uint64())
		mu.Unlock()
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				read()
			}
		}
	}()
	return func() uint64 {
		close(done)
		<-stopped
		read()
		mu.Lock()
		defer mu.Unlock()
		return peak
	}
}

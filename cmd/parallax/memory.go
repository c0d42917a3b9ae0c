package main

import (
	"os"
	"runtime/debug"

	"github.com/parallax-reader/parallax/model"
)

// memoryBudget is what a report may take, at most, for sources of in bytes
// in all: 8 times their size plus 100 MB, less what the process takes
// besides the Go heap (its code, stacks, the runtime's own tables).
func memoryBudget(in int64) int64 {
	const base, outside = 100 << 20, 36 << 20
	return 8*in + base - outside
}

// setMemoryBudget tells Go's garbage collector the memory budget of a
// report on docs (see memoryBudget), so that it collects before the heap
// grows past it rather than only once the heap has doubled. It is a soft
// limit: what the comparison keeps live is not made smaller, and a source
// whose comparison needs more (a million one-line paragraphs, each with
// its claim) goes over it, the collector working harder on the way. It is
// left alone when GOMEMLIMIT is set. It returns the limit to put back.
func setMemoryBudget(docs []*model.Document) (restore func()) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return func() {}
	}
	var in int64
	for _, d := range docs {
		in += int64(len(d.Text))
	}
	prev := debug.SetMemoryLimit(memoryBudget(in))
	return func() { debug.SetMemoryLimit(prev) }
}

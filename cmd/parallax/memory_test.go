package main

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

// A report run tells the collector its budget, 8 times the sources plus
// 100 MB less what lies outside the heap, and puts the old limit back;
// GOMEMLIMIT, when set, is the user's and is left alone.
func TestMemoryBudget(t *testing.T) {
	docs := []*model.Document{{Text: strings.Repeat("a", 1<<20)}, {Text: strings.Repeat("b", 3<<20)}}
	before := debug.SetMemoryLimit(-1)
	restore := setMemoryBudget(docs)
	if got, want := debug.SetMemoryLimit(-1), int64(8*(4<<20)+(100<<20)-(36<<20)); got != want {
		t.Errorf("limit %d, want %d", got, want)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after restore %d, want %d", got, before)
	}
	t.Setenv("GOMEMLIMIT", "1GiB")
	setMemoryBudget(docs)()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("with GOMEMLIMIT set the limit became %d", got)
	}
}

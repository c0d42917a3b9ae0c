package main

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// stderrProgress shows the stage of a long comparison on one line of
// standard error, when that is a terminal, so that --json and --export on
// book-length sources do not look hung. It draws at most ten times a second
// and only after the work has run for half a second.
type stderrProgress struct {
	w     io.Writer
	start time.Time

	mu    sync.Mutex
	last  time.Time
	drawn bool
}

func newStderrProgress(w io.Writer) *stderrProgress {
	return &stderrProgress{w: w, start: time.Now()}
}

// report is a model.Progress.
func (p *stderrProgress) report(stage string, done, total int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	if now.Sub(p.start) < 500*time.Millisecond || now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	p.drawn = true
	if total > 0 {
		fmt.Fprintf(p.w, "\r\x1b[Kparallax: %s %d%% (ctrl+c stops)", stage, done*100/total)
	} else {
		fmt.Fprintf(p.w, "\r\x1b[Kparallax: %s… (ctrl+c stops)", stage)
	}
}

// clear removes the progress line, if one was drawn.
func (p *stderrProgress) clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.drawn = false
	}
}

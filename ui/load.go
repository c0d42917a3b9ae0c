package ui

import (
	"errors"
	"sync"

	tea "charm.land/bubbletea/v2"
	"github.com/parallax-reader/parallax/model/worddiff"
)

// progressReport is how far loading has got.
type progressReport struct {
	stage       string
	done, total int
}

// loadProgress carries progress from the loading command to the spinner
// ticks that draw it.
type loadProgress struct {
	mu  sync.Mutex
	now progressReport
}

func (p *loadProgress) set(stage string, done, total int) {
	p.mu.Lock()
	p.now = progressReport{stage, done, total}
	p.mu.Unlock()
}

func (p *loadProgress) get() progressReport {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.now
}

// loadedMsg carries the loaded comparison, indexed, or why it failed.
type loadedMsg struct {
	ix  *index
	err error
}

// loadCmd runs Options.Load, then indexes the comparison, outside Update.
func (a *App) loadCmd() tea.Cmd {
	load, ctx, prog := a.opts.Load, a.ctx, a.loading
	return func() tea.Msg {
		if load == nil {
			return loadedMsg{err: errors.New("nothing to compare: no sources were loaded")}
		}
		prog.set("aligning", 0, 0)
		cmp, err := load(ctx, prog.set)
		if err != nil {
			return loadedMsg{err: err}
		}
		if cmp == nil {
			return loadedMsg{err: errors.New("nothing to compare: no sources were loaded")}
		}
		return loadedMsg{ix: buildIndex(cmp)}
	}
}

// diffsMsg carries the word diffs of every claim.
type diffsMsg struct {
	ix    *index
	diffs map[diffKey][]worddiff.Op
}

// diffCmd computes the word diffs of the index outside Update; the reading
// room is shown meanwhile, its matches without word diffs.
func (a *App) diffCmd() tea.Cmd {
	ix, ctx := a.ix, a.ctx
	return func() tea.Msg {
		diffs, err := ix.computeDiffs(ctx, nil)
		if err != nil {
			return nil
		}
		return diffsMsg{ix, diffs}
	}
}

// gotDiffs takes the word diffs in.
func (a *App) gotDiffs(msg diffsMsg) {
	if msg.ix != a.ix {
		return
	}
	a.ix.diffs = msg.diffs
	a.view.reset()
	a.follow()
}

// loaded takes the loaded comparison in, or ends the program when loading
// failed (Run then returns the error), or was stopped.
func (a *App) loaded(msg loadedMsg) tea.Cmd {
	if a.ctx.Err() != nil {
		return tea.Quit
	}
	if msg.err != nil {
		a.err = msg.err
		return tea.Quit
	}
	a.setIndex(msg.ix)
	return a.diffCmd()
}

// setIndex shows a loaded comparison: the first sources in the panes,
// each at its first passage.
func (a *App) setIndex(ix *index) {
	a.ix = ix
	a.view = &paraView{ix: ix, st: &a.styles, folded: true}
	a.view.reset()
	a.cursor = make([]int, len(ix.docs))
	for d := range ix.docs {
		a.cursor[d] = -1
		if len(ix.docs[d].passages) > 0 {
			a.cursor[d] = 0
		}
	}
	a.panes = nil
	a.focus = 0
	a.folded = nil
	a.claims = newClaimsList(ix, a.folds)
	a.relayout()
}

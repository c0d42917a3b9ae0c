package ui

import (
	"errors"
	"sync"

	tea "charm.land/bubbletea/v2"
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
	return nil
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
	a.quotes, a.quote, a.quotesOpen = newQuotesList(ix.cmp), nil, false
	a.relayout()
}

package ui

import (
	"context"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/spinner"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/parallax-reader/parallax/model"
)

// Options configures the reading room.
type Options struct {
	// Load reads nothing: the sources are already read; it segments and aligns, reporting
	// progress, and is run in a tea.Cmd after the program starts so the user sees progress.
	Load       func(ctx context.Context, progress model.Progress) (*model.Comparison, error)
	ExportPath string // default file name offered by `e`, e.g. "parallax-report.md"
	NoColor    bool   // NO_COLOR was set (any non-empty value): differences by markers/underline
}

// promptKind says which question the bottom line is asking, if any.
type promptKind int

const (
	promptNone      promptKind = iota
	promptSearch               // "/": text to find in every source
	promptExport               // "e": file to write the report to
	promptOverwrite            // the file exists: overwrite it?
	promptFilter               // "/" in the claims list: text the claims must hold
)

// App is the reading room, the root Bubble Tea model. It owns the focus,
// the layout and the routing of messages: keys go to what has the focus,
// window sizes and colours to everything.
type App struct {
	opts   Options
	ctx    context.Context
	cancel context.CancelFunc

	keys    KeyMap
	help    help.Model
	styles  Styles
	isDark  bool
	spinner spinner.Model
	loading *loadProgress
	stage   progressReport

	width, height int
	layout        Layout

	// err is why loading failed; Run returns it.
	err error

	ix     *index
	view   *paraView
	panes  []pane
	focus  int   // the pane with the keyboard
	cursor []int // per document, its current passage, or -1

	claimsOpen bool
	helpOpen   bool
	helpTop    int // the first line of the full help in view
	claims     claimsList

	quotesOpen bool
	quotes     quotesList
	quote      *quoteSel // the statement shown in the panes, or nil

	prompt     promptKind
	input      textinput.Model
	exportPath string // the file the overwrite question is about

	search  searchState
	history []string // earlier searches, oldest first
	histAt  int      // the search recalled by ↑, len(history) for what was typed
	typed   string   // what was typed before ↑ recalled earlier searches

	folded  []foldedText         // the sources folded for search, once searched
	footers map[footerKey]string // the footer drawn at a width, by what it offers
	// helpLineText is the bottom line last drawn, for helpLineKey; nil
	// when the styles have changed since.
	helpLineKey  *helpLineKey
	helpLineText string

	msg    string // a one-off note for the status line
	msgErr bool

	quitting bool // q or ctrl+c was pressed
}

// New returns the reading room for opts. It loads when its Init command
// runs.
func New(opts Options) *App {
	return newApp(context.Background(), opts)
}

// newApp is New with a context that stops loading when cancelled.
func newApp(ctx context.Context, opts Options) *App {
	a := &App{opts: opts, keys: DefaultKeyMap(), isDark: true, loading: &loadProgress{}}
	a.ctx, a.cancel = context.WithCancel(ctx)
	a.help = help.New()
	a.spinner = spinner.New(spinner.WithSpinner(spinner.MiniDot))
	a.input = textinput.New()
	a.setStyles(true)
	a.search.cur = -1
	return a
}

// setStyles builds the styles for a dark or light background.
func (a *App) setStyles(isDark bool) {
	a.isDark = isDark
	a.styles = NewStyles(isDark)
	a.styles.NoColor = a.opts.NoColor
	a.help.Styles = a.styles.Help
	a.footers, a.helpLineKey = nil, nil
	a.spinner.Style = a.styles.Accent
	a.input.SetStyles(textinput.DefaultStyles(isDark))
	if a.view != nil {
		a.view.st = &a.styles
		a.view.reset()
	}
}

// Init asks the terminal for its background colour and starts loading.
func (a *App) Init() tea.Cmd {
	return tea.Batch(tea.RequestBackgroundColor, a.spinner.Tick, a.loadCmd())
}

// Update handles one message.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		a.relayout()
		return a, nil
	case tea.BackgroundColorMsg:
		a.setStyles(msg.IsDark())
		return a, nil
	case tea.ModeReportMsg:
		// The terminal knows mode 2027: the renderer now measures
		// grapheme clusters, and so must every line drawn (see cellMethod).
		if unicodeModeReported(msg.Mode, msg.Value) && setCellMethod(ansi.GraphemeWidth) {
			a.footers = nil
			if a.view != nil {
				a.view.reset()
			}
		}
		return a, nil
	case spinner.TickMsg:
		if a.ix != nil || a.err != nil {
			return a, nil
		}
		a.stage = a.loading.get()
		var cmd tea.Cmd
		a.spinner, cmd = a.spinner.Update(msg)
		return a, cmd
	case loadedMsg:
		return a, a.loaded(msg)
	case exportedMsg:
		a.exported(msg)
		return a, nil
	case pagerDoneMsg:
		a.pagerDone(msg)
		return a, nil
	case tea.KeyPressMsg:
		return a, a.key(msg)
	case tea.PasteMsg:
		if a.prompt != promptNone && a.prompt != promptOverwrite {
			return a, a.pasted(msg)
		}
		return a, nil
	case tea.MouseWheelMsg:
		a.wheel(msg)
		return a, nil
	}
	if a.prompt != promptNone {
		var cmd tea.Cmd
		a.input, cmd = a.input.Update(msg)
		return a, cmd
	}
	return a, nil
}

// key routes a key press to what has the focus.
func (a *App) key(msg tea.KeyPressMsg) tea.Cmd {
	if msg.String() == "ctrl+c" {
		return a.quit()
	}
	if a.ix == nil {
		if key.Matches(msg, a.keys.Quit, a.keys.Back) {
			return a.quit()
		}
		return nil
	}
	a.msg, a.msgErr = "", false
	switch {
	case a.prompt != promptNone:
		return a.promptKey(msg)
	case a.helpOpen:
		switch {
		case key.Matches(msg, a.keys.Quit):
			return a.quit()
		case key.Matches(msg, a.keys.Help, a.keys.Back):
			a.helpOpen = false
			a.help.ShowAll = false
		case key.Matches(msg, a.keys.Down, a.keys.PageDown):
			a.helpTop++
		case key.Matches(msg, a.keys.Up, a.keys.PageUp):
			a.helpTop = max(a.helpTop-1, 0)
		}
		return nil
	case key.Matches(msg, a.keys.Help):
		a.helpOpen, a.helpTop = true, 0
		a.help.ShowAll = true
		return nil
	case a.claimsOpen:
		return a.claimsKey(msg)
	case a.quotesOpen:
		return a.quotesKey(msg)
	}
	return a.readingKey(msg)
}

// quit stops loading, if it is still going, and ends the program.
func (a *App) quit() tea.Cmd {
	a.quitting = true
	a.cancel()
	return tea.Quit
}

// Quitting reports whether the reader asked to quit.
func (a *App) Quitting() bool { return a.quitting }

// Err is why loading failed, or nil.
func (a *App) Err() error { return a.err }

// Loaded reports whether the comparison is loaded and shown.
func (a *App) Loaded() bool { return a.ix != nil }

// CurrentPassage returns the document and passage (a claim's passage, in
// the document's reading order) that is current in the focused pane, and
// false when there is none (the focused source has no passages).
func (a *App) CurrentPassage() (doc, passage int, ok bool) {
	s := a.sel()
	return s.cur.doc, s.cur.idx, s.has
}

// CurrentClaim returns the index in Comparison.Claims of the current
// passage's claim, or -1.
func (a *App) CurrentClaim() int { return a.sel().claim }

// PaneDocs returns the documents shown in the panes, left to right.
func (a *App) PaneDocs() []int {
	out := make([]int, len(a.panes))
	for i, p := range a.panes {
		out[i] = p.doc
	}
	return out
}

// Focus returns the index of the pane that has the keyboard.
func (a *App) Focus() int { return a.focus }

// sel is the current selection.
func (a *App) sel() selection {
	s := selection{claim: -1}
	if a.search.query != "" {
		s.search = &a.search
	}
	if a.ix == nil || len(a.panes) == 0 {
		return s
	}
	s.quote = a.quoteOf()
	d := a.panes[a.focus].doc
	if c := a.cursor[d]; c >= 0 {
		s.cur, s.has = passLoc{d, c}, true
		s.claim = a.ix.pass(s.cur).claim
	}
	return s
}

package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/parallax-reader/parallax/model"
)

// citation is the current passage with where it comes from, for the
// clipboard: only neutralised text, one line of quotation and one of
// source.
func (a *App) citation() (string, bool) {
	sel := a.sel()
	if !sel.has {
		return "", false
	}
	ref := a.ix.pass(sel.cur)
	d := a.ix.cmp.Documents[ref.doc]
	quote := oneLine(a.ix.text(sel.cur))
	parts := []string{sourceName(d)}
	if t := oneLine(d.Title); t != "" && t != parts[0] {
		parts = append(parts, "“"+t+"”")
	}
	parts = append(parts, "paragraph "+itoa(ref.para+1))
	if where := sourceWhere(d); where != "" {
		parts = append(parts, where)
	}
	return "“" + quote + "”\n— " + strings.Join(parts, ", ") + "\n", true
}

// sourceWhere is a document's address, else its path (made absolute when
// it names a file here; the built-in sample's names do not), safe to show.
func sourceWhere(d *model.Document) string {
	switch {
	case d.URL != "":
		return oneLine(d.URL)
	case d.Path == "-" || d.Path == "":
		return "standard input"
	}
	if _, err := os.Stat(d.Path); err == nil {
		if abs, err := filepath.Abs(d.Path); err == nil {
			return oneLine(abs)
		}
	}
	return oneLine(d.Path)
}

// copyPassage puts the current passage and its citation on the clipboard
// with OSC 52, and says so.
func (a *App) copyPassage() tea.Cmd {
	if text, note, ok := a.quoteCitation(); ok {
		a.note(note)
		return tea.SetClipboard(text)
	}
	text, ok := a.citation()
	if !ok {
		a.note("nothing to copy: this source has no passages")
		return nil
	}
	ref := a.ix.pass(a.sel().cur)
	a.note("copied ¶" + itoa(ref.para+1) + " of " + sourceName(a.ix.cmp.Documents[ref.doc]) +
		" with its citation to the clipboard (OSC 52: the terminal must allow it)")
	return tea.SetClipboard(text)
}

// pagerDoneMsg says the pager has ended.
type pagerDoneMsg struct {
	file string
	err  error
}

// pagerLineArgs are pagers that take "+N" to start at line N.
var pagerLineArgs = map[string]bool{"less": true, "more": true, "most": true, "vi": true, "vim": true, "nvim": true, "view": true}

// openPager shows the focused source, neutralised, in $PAGER (less by
// default) at the current passage's paragraph, and comes back.
func (a *App) openPager() tea.Cmd {
	pn := a.focused()
	d := a.ix.cmp.Documents[pn.doc]
	para := pn.top.para
	if sel := a.sel(); sel.has {
		para = a.ix.pass(sel.cur).para
	}
	f, err := os.CreateTemp("", "parallax-*.txt")
	if err != nil {
		a.fail("cannot open the pager: " + oneLine(err.Error()))
		return nil
	}
	var b strings.Builder
	for i := range d.Paragraphs {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(oneLine(shownText(d, &d.Paragraphs[i])))
		b.WriteString("\n")
	}
	_, err = f.WriteString(b.String())
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		a.fail("cannot open the pager: " + oneLine(err.Error()))
		return nil
	}
	args := strings.Fields(os.Getenv("PAGER"))
	if len(args) == 0 {
		args = []string{"less"}
	}
	if pagerLineArgs[filepath.Base(args[0])] {
		// Each paragraph is one line, with a blank line after it.
		args = append(args, "+"+itoa(2*para+1))
	}
	args = append(args, f.Name())
	cmd := exec.Command(args[0], args[1:]...)
	name := f.Name()
	return tea.ExecProcess(cmd, func(err error) tea.Msg { return pagerDoneMsg{name, err} })
}

// pagerDone cleans up after the pager.
func (a *App) pagerDone(msg pagerDoneMsg) {
	os.Remove(msg.file)
	if msg.err != nil {
		a.fail("the pager failed: " + oneLine(msg.err.Error()))
		return
	}
	a.note("back from the pager")
}

package ui

import (
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Character limits of the prompts. What goes past them is dropped before
// it reaches the text input, which measures its whole value on every key.
const (
	maxSearchChars = 200  // a search or a claims filter
	maxPathChars   = 4096 // a file to export to
	maxHistory     = 100  // earlier searches kept
)

// promptLimit is the most characters prompt kind takes.
func promptLimit(kind promptKind) int {
	if kind == promptExport {
		return maxPathChars
	}
	return maxSearchChars
}

// capInput cuts text to the room left in the prompt.
func (a *App) capInput(text string) string {
	room := promptLimit(a.prompt) - utf8.RuneCountInString(a.input.Value())
	if room <= 0 {
		return ""
	}
	if len(text) <= room {
		return text // no more runes than bytes
	}
	n := 0
	for i := range text {
		if n == room {
			return text[:i]
		}
		n++
	}
	return text
}

// pasted hands a paste to the prompt, cut to the room left in it.
func (a *App) pasted(msg tea.PasteMsg) tea.Cmd {
	msg.Content = a.capInput(msg.Content)
	if msg.Content == "" {
		return nil
	}
	var cmd tea.Cmd
	a.input, cmd = a.input.Update(msg)
	a.inputChanged()
	return cmd
}

// inputChanged follows the prompt's value where it is used as typed.
func (a *App) inputChanged() {
	if a.prompt == promptFilter && a.claims.text != a.input.Value() {
		a.claims.text = a.input.Value()
		a.claimsFiltered()
	}
}

// recall puts an earlier (dir -1) or later (dir 1) search into the search
// prompt; past the latest is what was typed.
func (a *App) recall(dir int) {
	n := len(a.history)
	at := a.histAt + dir
	if at < 0 || at > n {
		return
	}
	if a.histAt == n {
		a.typed = a.input.Value()
	}
	a.histAt = at
	v := a.typed
	if at < n {
		v = a.history[at]
	}
	a.input.SetValue(v)
	a.input.CursorEnd()
}

// remember adds a search to the history.
func (a *App) remember(q string) {
	if q == "" || len(a.history) > 0 && a.history[len(a.history)-1] == q {
		return
	}
	a.history = append(a.history, q)
	if len(a.history) > maxHistory {
		a.history = a.history[1:]
	}
}

// openPrompt asks a question on the bottom line, prefilled with value.
func (a *App) openPrompt(kind promptKind, prompt, value string) tea.Cmd {
	a.prompt = kind
	a.input.Prompt = prompt
	a.input.CharLimit = promptLimit(kind)
	a.input.SetValue(value)
	a.input.CursorEnd()
	a.input.SetWidth(max(a.width-len(prompt)-2, 1))
	return a.input.Focus()
}

// closePrompt stops asking.
func (a *App) closePrompt() {
	a.prompt = promptNone
	a.input.Blur()
}

// promptKey handles a key while a question is asked.
func (a *App) promptKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &a.keys
	if a.prompt == promptOverwrite {
		switch {
		case key.Matches(msg, k.Yes):
			a.closePrompt()
			return a.exportCmd(a.exportPath, true)
		case key.Matches(msg, k.No):
			a.closePrompt()
			a.note("not exported: " + a.exportPath + " left as it was")
		}
		return nil
	}
	switch {
	case key.Matches(msg, k.Back):
		if a.prompt == promptFilter {
			a.claims.text = ""
			a.claimsFiltered()
		}
		a.closePrompt()
		return nil
	case key.Matches(msg, k.Confirm):
		kind, value := a.prompt, a.input.Value()
		a.closePrompt()
		switch kind {
		case promptSearch:
			a.remember(value)
			a.runSearch(value)
		case promptExport:
			if value == "" {
				a.fail("not exported: no file name")
				return nil
			}
			return a.exportCmd(value, false)
		}
		return nil
	case a.prompt == promptSearch && key.Matches(msg, k.Earlier):
		a.recall(-1)
		return nil
	case a.prompt == promptSearch && key.Matches(msg, k.Later):
		a.recall(1)
		return nil
	}
	if msg.Text != "" && msg.Mod&^tea.ModShift == 0 {
		if msg.Text = a.capInput(msg.Text); msg.Text == "" {
			return nil
		}
	}
	var cmd tea.Cmd
	a.input, cmd = a.input.Update(msg)
	a.inputChanged()
	return cmd
}

// runSearch searches every source for query and moves to the first match
// at or after the current passage.
func (a *App) runSearch(query string) {
	a.search = runSearch(a.folds(), query)
	if query == "" {
		return
	}
	if len(a.search.hits) == 0 {
		a.fail("not found in any source: " + oneLine(query))
		return
	}
	a.nextHit(true)
}

// nextHit moves to the next (or previous) search match, in any source.
func (a *App) nextHit(forward bool) {
	s := &a.search
	if s.query == "" {
		a.note("no search yet: / searches every source")
		return
	}
	doc, off := a.focused().doc, 0
	if s.cur >= 0 {
		h := s.hits[s.cur]
		doc, off = h.doc, h.span.Start
	} else if sel := a.sel(); sel.has {
		off = a.ix.pass(sel.cur).span.Start
	}
	i := s.next(doc, off, forward)
	if i < 0 {
		a.fail("not found in any source: " + oneLine(s.query))
		return
	}
	a.goToHit(i)
}

// goToHit shows search match i: its source gets the focus (in the focused
// pane, when no pane shows it), the passage holding it becomes current,
// and the match comes into view.
func (a *App) goToHit(i int) {
	s := &a.search
	s.cur = i
	h := s.hits[i]
	if !a.shown(h.doc) {
		a.focused().setDoc(h.doc)
	}
	for j, p := range a.panes {
		if p.doc == h.doc {
			a.focus = j
		}
	}
	if idx := a.passageAt(h.doc, h.span.Start); idx >= 0 {
		a.setCursor(idx)
	} else {
		a.follow()
	}
	paras := a.ix.cmp.Documents[h.doc].Paragraphs
	p := paraAt(a.ix.cmp.Documents[h.doc], h.span.Start)
	if p >= 0 && p < len(paras) {
		pn := a.focused()
		sel := a.sel()
		pl := a.view.get(pn.doc, p, pn.w, sel)
		line := max(pl.hitLine, 0)
		pn.reveal(a.view, sel, p, line, line, revealNear)
	}
	a.note(searchNote(s, i))
}

package ui

import "charm.land/bubbles/v2/key"

// KeyMap is every key binding of the reading room. Help is built from the
// same bindings, and bindings that do nothing at the moment are disabled so
// that help leaves them out.
type KeyMap struct {
	Up, Down           key.Binding
	PageUp, PageDown   key.Binding
	Top, Bottom        key.Binding
	NextPane, PrevPane key.Binding

	NextShared, PrevShared key.Binding
	NextUnique, PrevUnique key.Binding

	NextDisc, PrevDisc key.Binding

	NextSource, PrevSource key.Binding
	ShowSource             key.Binding
	Fold                   key.Binding
	Inline                 key.Binding

	Copy, Open key.Binding

	Claims  key.Binding
	Quotes  key.Binding
	Search  key.Binding
	NextHit key.Binding
	PrevHit key.Binding
	Export  key.Binding

	Help key.Binding
	Back key.Binding
	Quit key.Binding

	// In the claims list.
	Choose       key.Binding
	FilterAll    key.Binding
	FilterShared key.Binding
	FilterUnique key.Binding
	FilterDisc   key.Binding
	FilterSource key.Binding
	FilterText   key.Binding

	// In a prompt (search, export, overwrite).
	Confirm key.Binding
	Earlier key.Binding // an earlier search
	Later   key.Binding // a later search, back to what was typed
	Yes, No key.Binding
}

// DefaultKeyMap returns the reading room's keys: vim keys paired with the
// arrows, and one key for each thing a reader does.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, k, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
	}
	return KeyMap{
		Up:       b([]string{"k", "up"}, "↑/k", "previous passage"),
		Down:     b([]string{"j", "down"}, "↓/j", "next passage"),
		PageUp:   b([]string{"pgup", "b"}, "pgup/b", "page up"),
		PageDown: b([]string{"pgdown", "space", "f"}, "pgdn/f", "page down"),
		Top:      b([]string{"g", "home"}, "g/home", "first passage"),
		Bottom:   b([]string{"G", "end"}, "G/end", "last passage"),
		NextPane: b([]string{"tab"}, "tab", "next pane"),
		PrevPane: b([]string{"shift+tab"}, "shift+tab", "previous pane"),

		NextShared: b([]string{"]"}, "]", "next shared passage"),
		PrevShared: b([]string{"["}, "[", "previous shared passage"),
		NextUnique: b([]string{"}"}, "}", "next passage with no match"),
		PrevUnique: b([]string{"{"}, "{", "previous passage with no match"),
		NextDisc:   b([]string{"d"}, "d", "next claim with a discrepancy"),
		PrevDisc:   b([]string{"D"}, "D", "previous claim with a discrepancy"),

		NextSource: b([]string{">", "."}, ">", "next source in this pane"),
		PrevSource: b([]string{"<", ","}, "<", "previous source in this pane"),
		ShowSource: b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1-9", "show source N"),
		Fold:       b([]string{"z"}, "z", "fold/unfold furniture"),
		Inline:     b([]string{"w"}, "w", "missing words inline on/off"),
		Copy:       b([]string{"y"}, "y", "copy passage with citation"),
		Open:       b([]string{"o"}, "o", "open source in pager"),

		Claims:  b([]string{"c"}, "c", "claims list"),
		Quotes:  b([]string{"\""}, "\"", "quotes: who is quoted, in which words"),
		Search:  b([]string{"/"}, "/", "search all sources"),
		NextHit: b([]string{"n"}, "n", "next match"),
		PrevHit: b([]string{"N"}, "N", "previous match"),
		Export:  b([]string{"e"}, "e", "export Markdown"),

		Help: b([]string{"?"}, "?", "help"),
		Back: b([]string{"esc"}, "esc", "back"),
		Quit: b([]string{"q", "ctrl+c"}, "q", "quit"),

		Choose:       b([]string{"enter"}, "enter", "show claim"),
		FilterAll:    b([]string{"a"}, "a", "all claims"),
		FilterShared: b([]string{"s"}, "s", "shared only"),
		FilterUnique: b([]string{"u"}, "u", "no match found only"),
		FilterDisc:   b([]string{"d"}, "d", "discrepancies only"),
		FilterSource: b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1-9", "by source"),
		FilterText:   b([]string{"/"}, "/", "filter by text"),

		Confirm: b([]string{"enter"}, "enter", "confirm"),
		Earlier: b([]string{"up"}, "↑", "earlier search"),
		Later:   b([]string{"down"}, "↓", "later search"),
		Yes:     b([]string{"y", "Y"}, "y", "overwrite"),
		No:      b([]string{"n", "N", "esc"}, "n", "keep the file"),
	}
}

// helpKeys is the part of the key map help shows in one mode; it
// implements help.KeyMap.
type helpKeys struct {
	short []key.Binding
	full  [][]key.Binding
}

func (h helpKeys) ShortHelp() []key.Binding  { return h.short }
func (h helpKeys) FullHelp() [][]key.Binding { return h.full }

// readingHelp is the help for the panes. Its short help is in order of
// importance: the footer keeps as many as fit, and always help and quit.
func (k KeyMap) readingHelp() helpKeys {
	return helpKeys{
		short: []key.Binding{
			pair(k.Down, k.Up, "j/k", "passage"),
			pair(k.NextShared, k.PrevShared, "]/[", "shared"),
			pair(k.NextDisc, k.PrevDisc, "d/D", "discrepancy"),
			short(k.Claims, "claims"),
			short(k.Search, "search"),
			pair(k.NextHit, k.PrevHit, "n/N", "match"),
			short(k.Copy, "copy"),
			short(k.Quotes, "quotes"),
			short(k.NextPane, "pane"),
			short(k.Inline, "inline diff"),
			short(k.Open, "pager"),
			short(k.Export, "export"),
			pair(k.NextUnique, k.PrevUnique, "}/{", "no match"),
		},
		full: [][]key.Binding{
			{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
			{k.NextShared, k.PrevShared, k.NextUnique, k.PrevUnique, k.NextDisc, k.PrevDisc},
			{k.NextPane, k.PrevPane, k.NextSource, k.PrevSource, k.ShowSource, k.Fold, k.Inline},
			{k.Claims, k.Quotes, k.Search, k.NextHit, k.PrevHit, k.Copy, k.Open, k.Export},
			{k.Help, k.Back, k.Quit},
		},
	}
}

// short is a binding for the footer: the same keys, a shorter word.
func short(b key.Binding, desc string) key.Binding {
	b.SetHelp(b.Help().Key, desc)
	return b
}

// pair is one footer entry for two bindings that go together (next and
// previous); it is enabled when either is.
func pair(a, b key.Binding, keys, desc string) key.Binding {
	p := key.NewBinding(key.WithKeys(append(a.Keys(), b.Keys()...)...), key.WithHelp(keys, desc))
	p.SetEnabled(a.Enabled() || b.Enabled())
	return p
}

// claimsHelp is the help for the claims list.
func (k KeyMap) claimsHelp() helpKeys {
	k.Down.SetHelp("↓/j", "next claim")
	k.Up.SetHelp("↑/k", "previous claim")
	k.Top.SetHelp("g/home", "first claim")
	k.Bottom.SetHelp("G/end", "last claim")
	k.Back.SetHelp("esc", "close the list")
	return helpKeys{
		short: []key.Binding{
			pair(k.Down, k.Up, "j/k", "claim"),
			short(k.Choose, "show"),
			short(k.FilterDisc, "discrepancies"),
			short(k.FilterShared, "shared"),
			short(k.FilterAll, "all"),
			short(k.FilterText, "text"),
			short(k.FilterSource, "source"),
			short(k.FilterUnique, "no match"),
			short(k.Back, "close"),
		},
		full: [][]key.Binding{
			{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
			{k.Choose, k.FilterAll, k.FilterShared, k.FilterUnique, k.FilterDisc, k.FilterSource, k.FilterText},
			{k.Help, k.Back, k.Quit},
		},
	}
}

// promptHelp is the help while typing into a prompt; search has its
// history.
func (k KeyMap) promptHelp(search bool) helpKeys {
	k.Earlier.SetEnabled(search)
	k.Later.SetEnabled(search)
	return helpKeys{short: []key.Binding{k.Confirm, k.Back, k.Earlier, k.Later}}
}

// confirmHelp is the help while asking whether to overwrite a file.
func (k KeyMap) confirmHelp() helpKeys {
	return helpKeys{short: []key.Binding{k.Yes, k.No}}
}

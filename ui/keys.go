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

	NextSource, PrevSource key.Binding
	ShowSource             key.Binding
	Fold                   key.Binding

	Claims  key.Binding
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
	FilterSource key.Binding
	FilterText   key.Binding

	// In a prompt (search, export, overwrite).
	Confirm key.Binding
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
		NextUnique: b([]string{"}"}, "}", "next unique passage"),
		PrevUnique: b([]string{"{"}, "{", "previous unique passage"),

		NextSource: b([]string{">", "."}, ">", "next source in this pane"),
		PrevSource: b([]string{"<", ","}, "<", "previous source in this pane"),
		ShowSource: b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1-9", "show source N"),
		Fold:       b([]string{"z"}, "z", "fold/unfold furniture"),

		Claims:  b([]string{"c"}, "c", "claims list"),
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
		FilterUnique: b([]string{"u"}, "u", "unique only"),
		FilterSource: b([]string{"1", "2", "3", "4", "5", "6", "7", "8", "9"}, "1-9", "by source"),
		FilterText:   b([]string{"/"}, "/", "filter by text"),

		Confirm: b([]string{"enter"}, "enter", "confirm"),
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

// readingHelp is the help for the panes.
func (k KeyMap) readingHelp() helpKeys {
	return helpKeys{
		short: []key.Binding{k.Down, k.Up, k.NextShared, k.NextUnique, k.NextPane,
			k.Claims, k.Search, k.NextHit, k.Export, k.Help, k.Quit},
		full: [][]key.Binding{
			{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
			{k.NextShared, k.PrevShared, k.NextUnique, k.PrevUnique, k.NextPane, k.PrevPane},
			{k.NextSource, k.PrevSource, k.ShowSource, k.Fold, k.Claims},
			{k.Search, k.NextHit, k.PrevHit, k.Export, k.Help, k.Back, k.Quit},
		},
	}
}

// claimsHelp is the help for the claims list.
func (k KeyMap) claimsHelp() helpKeys {
	k.Down.SetHelp("↓/j", "next claim")
	k.Up.SetHelp("↑/k", "previous claim")
	k.Top.SetHelp("g/home", "first claim")
	k.Bottom.SetHelp("G/end", "last claim")
	k.Back.SetHelp("esc", "close the list")
	return helpKeys{
		short: []key.Binding{k.Down, k.Up, k.Choose, k.FilterShared, k.FilterUnique,
			k.FilterAll, k.FilterSource, k.FilterText, k.Back, k.Quit},
		full: [][]key.Binding{
			{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
			{k.Choose, k.FilterAll, k.FilterShared, k.FilterUnique, k.FilterSource, k.FilterText},
			{k.Help, k.Back, k.Quit},
		},
	}
}

// promptHelp is the help while typing into a prompt.
func (k KeyMap) promptHelp() helpKeys {
	return helpKeys{short: []key.Binding{k.Confirm, k.Back}}
}

// confirmHelp is the help while asking whether to overwrite a file.
func (k KeyMap) confirmHelp() helpKeys {
	return helpKeys{short: []key.Binding{k.Yes, k.No}}
}

package ui

import (
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// footerKey names one drawing of the footer: the width and what is on
// offer (the mode and which keys are enabled).
type footerKey struct {
	width   int
	mode    promptKind
	claims  bool
	quotes  bool
	enabled uint64
}

// footer is the bottom line: the keys that matter most that fit in width,
// in order of importance, and, after them, always help and quit (except
// while typing, when the prompt's own keys are shown).
func (a *App) footer(width int) string {
	hk := a.helpKeys()
	always := []key.Binding{}
	if a.prompt == promptNone {
		always = []key.Binding{short(a.keys.Help, "help"), short(a.keys.Quit, "quit")}
	}
	fk := footerKey{width: width, mode: a.prompt, claims: a.claimsOpen, quotes: a.quotesOpen}
	for i, b := range hk.short {
		if b.Enabled() && i < 64 {
			fk.enabled |= 1 << i
		}
	}
	if s, ok := a.footers[fk]; ok {
		return s
	}
	h := a.help
	h.SetWidth(0)
	var chosen []key.Binding
	fits := func(extra key.Binding) bool {
		try := append(append(append([]key.Binding{}, chosen...), extra), always...)
		return lipgloss.Width(h.ShortHelpView(try)) <= width
	}
	for _, b := range hk.short {
		if b.Enabled() && fits(b) {
			chosen = append(chosen, b)
		}
	}
	s := h.ShortHelpView(append(chosen, always...))
	if lipgloss.Width(s) > width {
		// Narrower than help and quit: cut.
		s = h.ShortHelpView(always)
	}
	if a.footers == nil || len(a.footers) > 256 {
		a.footers = map[footerKey]string{}
	}
	a.footers[fk] = s
	return s
}

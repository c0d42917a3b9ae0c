package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/parallax-reader/parallax/model"
)

// fixPara is a paragraph of a hand-made test document.
type fixPara struct {
	text        string
	title       bool
	boilerplate string // the reason, when it is boilerplate
	dupOf       int    // -1, or the paragraph it repeats
}

// fixDoc builds a document from paragraphs, one a line, cut into sentences
// after ". ".
func fixDoc(path, title string, paras ...fixPara) *model.Document {
	d := &model.Document{Path: path, Title: title, Format: "text", Encoding: "utf-8", RawOffsets: true}
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n")
		}
		start := b.Len()
		b.WriteString(p.text)
		par := model.Paragraph{Span: model.Span{Start: start, End: b.Len()}, Title: p.title,
			Boilerplate: p.boilerplate != "", Reason: p.boilerplate, DuplicateOf: p.dupOf}
		s := start
		for _, part := range strings.SplitAfter(p.text, ". ") {
			end := s + len(strings.TrimRight(part, " "))
			par.Sentences = append(par.Sentences, model.Sentence{Span: model.Span{Start: s, End: end}})
			s += len(part)
		}
		d.Paragraphs = append(d.Paragraphs, par)
	}
	d.Text = b.String()
	return d
}

// text is a plain paragraph.
func text(s string) fixPara { return fixPara{text: s, dupOf: -1} }

// fixPassage finds the sentence of d holding needle.
func fixPassage(t testing.TB, docs []*model.Document, doc int, needle string) model.Passage {
	d := docs[doc]
	i := strings.Index(d.Text, needle)
	if i < 0 {
		t.Fatalf("fixture: %q not in document %d", needle, doc)
	}
	for pi, p := range d.Paragraphs {
		for _, s := range p.Sentences {
			if s.Contains(i) {
				return model.Passage{Doc: doc, Para: pi, Span: s.Span}
			}
		}
	}
	t.Fatalf("fixture: %q in no sentence", needle)
	return model.Passage{}
}

// fixValue finds a discrepancy value in document doc.
func fixValue(docs []*model.Document, doc int, val string) model.DiscrepancyValue {
	i := strings.Index(docs[doc].Text, val)
	return model.DiscrepancyValue{Doc: doc, Text: val, Span: model.Span{Start: i, End: i + len(val)}}
}

// fixture is a small comparison of three made-up reports of one story,
// with a headline, boilerplate, a repeat, a date and a number the sources
// disagree on, unique passages, wide characters, emoji, combining marks
// and an escape sequence.
func fixture(t testing.TB) *model.Comparison {
	docs := []*model.Document{
		fixDoc("harbour.txt", "Ferry service resumes after storm",
			fixPara{text: "Ferry service resumes after storm", title: true, dupOf: -1},
			text("The ferry between Ardley and Inchmorrow resumed on Tuesday. Officials said 300 passengers crossed on the first day."),
			text("Harbour master Jane Doe praised the crews for their patience. The storm had closed the port for five days."),
			fixPara{text: "Share this article on social media", boilerplate: "share prompt", dupOf: -1},
			fixPara{text: "The ferry between Ardley and Inchmorrow resumed on Tuesday.", dupOf: 1},
		),
		fixDoc("coastline.html", "Storm over, ferries sail again",
			fixPara{text: "Storm over, ferries sail again", title: true, dupOf: -1},
			text("The storm had shut the port for five days. Ferries between Ardley and Inchmorrow restarted on Tuesday."),
			text("About 3,000 passengers crossed on the first day, officials said. A new timetable starts next week."),
		),
		fixDoc("northsea.txt", "Northsea Wire 🧭 渡轮恢复运营",
			fixPara{text: "Northsea Wire 🧭 渡轮恢复运营", title: true, dupOf: -1},
			text("Ferry crossings between Ardley and Inchmorrow resumed Wednesday. Harbour master Jane Doe \x1b[31mthanked\x1b[0m the crews."),
			text("Café owners near the pier, like Zoe\u0308, welcomed the news 🎉. 渡轮恢复运营，乘客们很高兴。"),
		),
	}
	docs[1].URL = "https://coastline.example/ferry"
	docs[2].Byline = "By Åse Ødegård"
	p := func(doc int, needle string) model.Passage { return fixPassage(t, docs, doc, needle) }
	claims := []model.Claim{
		{Passages: []model.Passage{p(0, "resumed on Tuesday"), p(1, "restarted"), p(2, "resumed Wednesday")},
			Discrepancies: []model.Discrepancy{{Kind: model.DiscrepancyDate, Values: []model.DiscrepancyValue{
				fixValue(docs, 0, "Tuesday"), fixValue(docs, 1, "Tuesday"), fixValue(docs, 2, "Wednesday")}}}},
		{Passages: []model.Passage{p(0, "300 passengers"), p(1, "3,000 passengers")},
			Discrepancies: []model.Discrepancy{{Kind: model.DiscrepancyNumber, Values: []model.DiscrepancyValue{
				fixValue(docs, 0, "300"), fixValue(docs, 1, "3,000")}}}},
		{Passages: []model.Passage{p(0, "praised the crews"), p(2, "thanked")}},
		{Passages: []model.Passage{p(0, "closed the port"), p(1, "shut the port")}},
		{Passages: []model.Passage{p(1, "timetable")}},
		{Passages: []model.Passage{p(2, "Café owners")}},
		{Passages: []model.Passage{p(2, "乘客们")}},
	}
	for i := range claims {
		claims[i].ID = i
		seen := map[int]bool{}
		for _, ps := range claims[i].Passages {
			if !seen[ps.Doc] {
				claims[i].Sources = append(claims[i].Sources, ps.Doc)
				seen[ps.Doc] = true
			}
		}
	}
	return &model.Comparison{Documents: docs, Claims: claims}
}

// newTestApp returns a loaded reading room for cmp in a w×h terminal.
func newTestApp(t testing.TB, cmp *model.Comparison, w, h int, opts Options) *App {
	t.Helper()
	a := New(opts)
	a.setIndex(buildIndex(cmp))
	a.Update(tea.WindowSizeMsg{Width: w, Height: h})
	return a
}

// keyMsg turns a key as help names it ("j", "tab", "shift+tab", "ctrl+c",
// "]") into a key press.
func keyMsg(k string) tea.KeyPressMsg {
	special := map[string]rune{
		"tab": tea.KeyTab, "enter": tea.KeyEnter, "esc": tea.KeyEscape,
		"up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft, "right": tea.KeyRight,
		"pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome, "end": tea.KeyEnd,
		"backspace": tea.KeyBackspace,
	}
	var mod tea.KeyMod
	for _, m := range []struct {
		prefix string
		mod    tea.KeyMod
	}{{"ctrl+", tea.ModCtrl}, {"alt+", tea.ModAlt}, {"shift+", tea.ModShift}} {
		if strings.HasPrefix(k, m.prefix) && len(k) > len(m.prefix) {
			mod |= m.mod
			k = k[len(m.prefix):]
		}
	}
	if r, ok := special[k]; ok {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	if k == "space" {
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " ", Mod: mod}
	}
	r := []rune(k)[0]
	if mod != 0 {
		return tea.KeyPressMsg{Code: r, Mod: mod}
	}
	if r >= 'A' && r <= 'Z' {
		return tea.KeyPressMsg{Code: r + 'a' - 'A', ShiftedCode: r, Text: k, Mod: tea.ModShift}
	}
	return tea.KeyPressMsg{Code: r, Text: k}
}

// press sends keys to the app, running no commands, and returns the last
// command.
func press(a *App, keys ...string) tea.Cmd {
	var cmd tea.Cmd
	for _, k := range keys {
		_, cmd = a.Update(keyMsg(k))
	}
	return cmd
}

// checkScreen fails when the plain view has more lines than the terminal
// or a line wider than it.
func checkScreen(t testing.TB, a *App) string {
	t.Helper()
	view := a.Render()
	lines := strings.Split(view, "\n")
	if len(lines) > a.height {
		t.Fatalf("%d lines in a %d-line terminal", len(lines), a.height)
	}
	for i, l := range lines {
		if w := cellWidth(l); w > a.width { // as the terminal measures (see cellMethod)
			t.Fatalf("line %d is %d cells wide in a %d-cell terminal:\n%s", i, w, a.width, ansi.Strip(l))
		}
	}
	return ansi.Strip(view)
}

package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/parallax-reader/parallax/model"
)

// fillers are n paragraphs of a source's own, each unlike the others.
func fillers(src string, n int) []fixPara {
	var out []fixPara
	for i := range n {
		out = append(out, text(fmt.Sprintf("%s note %d on the harbour works, the tides and the weather at sea this week.", src, i+1)))
	}
	return out
}

// fixQuote finds the words needle in document doc and makes a quotation
// of them (or, with several needles, of its parts).
func fixQuote(t testing.TB, docs []*model.Document, doc int, kind model.QuoteKind, speaker string, needles ...string) model.Quote {
	t.Helper()
	d := docs[doc]
	q := model.Quote{Doc: doc, Kind: kind, Speaker: speaker}
	for _, n := range needles {
		i := strings.Index(d.Text, n)
		if i < 0 {
			t.Fatalf("fixture: %q not in document %d", n, doc)
		}
		q.Parts = append(q.Parts, model.Span{Start: i, End: i + len(n)})
	}
	q.Span = model.Span{Start: q.Parts[0].Start, End: q.Parts[len(q.Parts)-1].End}
	if len(q.Parts) == 1 {
		q.Parts = nil
	}
	for pi, p := range d.Paragraphs {
		if p.Contains(q.Start) {
			q.Para = pi
		}
	}
	return q
}

// quoteFixture is three made-up reports that quote the harbour master
// and the mayor: one statement in other words in one source and given to
// another speaker in a third, one quoted in one source and paraphrased in
// another, one quoted in two pieces around its attribution, and one
// unattributed. Each source has paragraphs of its own before and after,
// so that the renderings can be brought level.
func quoteFixture(t testing.TB) *model.Comparison {
	paras := func(src string, before, after int, ps ...string) []fixPara {
		out := []fixPara{{text: src + " reports on the ferry", title: true, dupOf: -1}}
		out = append(out, fillers(src, before)...)
		for _, p := range ps {
			out = append(out, text(p))
		}
		return append(out, fillers(src, after)...)
	}
	docs := []*model.Document{
		fixDoc("harbour.txt", "Harbour reports on the ferry", paras("Harbour", 1, 30,
			`"We are proud of every crew member," said harbour master Jane Doe.`,
			`The mayor said the port would reopen fully next week.`,
			`"Everything was done to keep them safe," Doe said.`)...),
		fixDoc("coastline.html", "Coastline reports on the ferry", paras("Coastline", 5, 30,
			`Harbour master Jane Doe said: "We are proud of all our crews."`,
			`"The port reopens fully next week," the mayor said.`,
			`"Everything was done," she said, "to keep them safe."`)...),
		fixDoc("northsea.txt", "Northsea reports on the ferry", paras("Northsea", 3, 30,
			`"We are proud of every crew member," the mayor said.`,
			"\"Nobody was hurt.\" The \x1b[31mharbour\x1b[0m was calm.")...),
	}
	q := func(doc int, kind model.QuoteKind, speaker string, needles ...string) model.Quote {
		return fixQuote(t, docs, doc, kind, speaker, needles...)
	}
	d, p := model.QuoteDirect, model.QuoteParaphrase
	stmts := []model.Statement{
		{Speaker: "Jane Doe", WordingDiffers: true, SpeakerDiffers: true, Quotes: []model.Quote{
			q(0, d, "Jane Doe", "We are proud of every crew member,"),
			q(1, d, "Jane Doe", "We are proud of all our crews."),
			q(2, d, "the mayor", "We are proud of every crew member,"),
		}},
		{Speaker: "the mayor", KindDiffers: true, Quotes: []model.Quote{
			q(0, p, "the mayor", "the port would reopen fully next week"),
			q(1, d, "the mayor", "The port reopens fully next week,"),
		}},
		{Speaker: "Jane Doe", Quotes: []model.Quote{
			q(0, d, "Jane Doe", "Everything was done to keep them safe,"),
			q(1, d, "Jane Doe", "Everything was done,", "to keep them safe."),
		}},
		{Speaker: "\x1b[31mNobody\x1b[0m", Quotes: []model.Quote{q(2, d, "", "Nobody was hurt.")}},
	}
	for i := range stmts {
		stmts[i].ID = i
		for _, qu := range stmts[i].Quotes {
			stmts[i].Sources = append(stmts[i].Sources, qu.Doc)
		}
	}
	// Every sentence is a claim of its own source, so that each source
	// has passages to move through.
	var claims []model.Claim
	for di, doc := range docs {
		for pi, para := range doc.Paragraphs {
			for _, s := range para.Sentences {
				claims = append(claims, model.Claim{ID: len(claims), Sources: []int{di},
					Passages: []model.Passage{{Doc: di, Para: pi, Span: s.Span}}})
			}
		}
	}
	return &model.Comparison{Documents: docs, Claims: claims, Statements: stmts}
}

// paneRow is the first row of pane i's body marked as current (▌), or -1.
func paneRow(a *App, screen string, i int) int {
	r := a.layout.Panes[i]
	lines := strings.Split(screen, "\n")
	for y := r.Y + paneHeaderHeight; y < r.Y+r.H && y < len(lines); y++ {
		if strings.HasPrefix(ansi.Cut(lines[y], r.X, r.X+r.W), "▌") {
			return y - r.Y - paneHeaderHeight
		}
	}
	return -1
}

func TestQuotesListSaysWhoAndHow(t *testing.T) {
	a := newTestApp(t, quoteFixture(t), 160, 45, Options{})
	press(a, `"`)
	if !a.quotesOpen {
		t.Fatal(`" did not open the quotes list`)
	}
	screen := checkScreen(t, a)
	for _, want := range []string{
		"Quotes 4",
		"Jane Doe · quoted by 3 of 3 [1 2 3] · wording differs in 1 · speaker differs",
		"the mayor · quoted by 2 of 3 [1 2] · paraphrased in 1",
		"Jane Doe · quoted by 2 of 3 [1 2]",
		"␛[31mNobody␛[0m · quoted by 1 of 3 [3]",
		"“We are proud of every crew member,”",
		"“Everything was done to keep them safe,”",
	} {
		if !strings.Contains(screen, want) {
			t.Errorf("the quotes list lacks %q:\n%s", want, screen)
		}
	}
	if strings.Contains(screen, "Everything was done to keep them safe,” · wording differs") {
		t.Errorf("the split quotation is said to differ in wording:\n%s", screen)
	}
	if strings.Contains(a.Render(), "\x1b[31mNobody") {
		t.Errorf("a speaker's escape sequence reached the terminal raw")
	}
	if foot := lastLine(screen); !strings.Contains(foot, "enter show") || !strings.Contains(foot, "esc close") {
		t.Errorf("the footer does not offer the list's keys: %q", foot)
	}
	press(a, "esc")
	if a.quotesOpen {
		t.Fatal("esc did not close the quotes list")
	}
}

// lastLine is the last line of a screen.
func lastLine(screen string) string {
	lines := strings.Split(screen, "\n")
	return lines[len(lines)-1]
}

func TestQuotesEnterBringsRenderingsLevel(t *testing.T) {
	cmp := quoteFixture(t)
	a := newTestApp(t, cmp, 160, 45, Options{})
	press(a, `"`, "enter")
	if a.quotesOpen || a.quote == nil || a.quote.stmt != 0 || a.quote.ref != 0 {
		t.Fatalf("enter did not show the first statement against the focused source (open %v, quote %+v)", a.quotesOpen, a.quote)
	}
	screen := checkScreen(t, a)
	row := paneRow(a, screen, 0)
	if row <= 0 {
		t.Fatalf("the focused pane's rendering is not marked (row %d):\n%s", row, screen)
	}
	for i := 1; i < 3; i++ {
		if r := paneRow(a, screen, i); r != row {
			t.Errorf("pane %d's rendering starts on row %d, the focused pane's on row %d:\n%s", i+1, r, row, screen)
		}
	}
	if !strings.Contains(screen, "statement 1/4 · Jane Doe · quoted by 3 of 3") || !strings.Contains(screen, "Jane Doe (1, 2) ≠ the mayor (3)") {
		t.Errorf("the status line does not say which statement is shown and whose:\n%s", screen)
	}

	// The other words of source 2's rendering are marked as a match's
	// are; the words it shares with the focused one's are not.
	marked := func(doc int) (ins []string, cur bool) {
		para := cmp.Statements[0].Quotes[doc].Para
		for _, p := range a.view.pieces(doc, para, a.sel()) {
			if p.m&markInsert != 0 {
				ins = append(ins, strings.TrimSpace(p.text))
			}
			cur = cur || p.m&markCurrent != 0
		}
		return ins, cur
	}
	if ins, _ := marked(1); strings.Join(ins, " ") != "all our crews" {
		t.Errorf("source 2's differing words are %q, want all our crews", ins)
	}
	if ins, cur := marked(2); len(ins) != 0 || cur {
		t.Errorf("source 3 quotes the same words, yet %q are marked (current %v)", ins, cur)
	}
	if ins, cur := marked(0); len(ins) != 0 || !cur {
		t.Errorf("the focused rendering is not marked as the current one (%q, %v)", ins, cur)
	}

	// tab compares with the next pane's rendering.
	press(a, "tab")
	checkScreen(t, a)
	if a.quote == nil || a.quote.ref != 1 {
		t.Fatalf("after tab the statement is not compared with source 2's rendering: %+v", a.quote)
	}
	if ins, _ := marked(0); strings.Join(ins, " ") != "every crew member" {
		t.Errorf("against source 2, source 1's differing words are %q", ins)
	}

	// Moving on ends it; so does esc.
	press(a, "j")
	if a.quote != nil {
		t.Errorf("j did not end the statement shown")
	}
	press(a, `"`, "j", "j", "enter")
	if a.quote == nil || a.quote.stmt != 2 {
		t.Fatalf("the third statement is not shown: %+v", a.quote)
	}
	// A quotation split by its attribution differs in no word.
	if ins, _ := marked(1); len(ins) != 0 {
		t.Errorf("the split quotation is marked as differing: %q", ins)
	}
	press(a, "esc")
	if a.quote != nil || !strings.Contains(checkScreen(t, a), "claim ") {
		t.Errorf("esc did not end the statement shown")
	}
}

func TestQuotesBringHiddenSources(t *testing.T) {
	a := newTestApp(t, quoteFixture(t), 70, 30, Options{})
	if len(a.panes) != 2 {
		t.Fatalf("%d panes at 70 columns, want 2", len(a.panes))
	}
	press(a, `"`, "enter")
	if !strings.Contains(checkScreen(t, a), "3 northsea.txt (quotes it)") {
		t.Errorf("the line of sources not on screen does not say that source 3 quotes the statement:\n%s", checkScreen(t, a))
	}
	press(a, "2")
	press(a, `"`, "G", "enter") // the unattributed statement: source 3 only
	if a.quote == nil || a.focused().doc != 2 {
		t.Fatalf("enter did not bring source 3 into the focused pane: %v", a.PaneDocs())
	}
	screen := checkScreen(t, a)
	if paneRow(a, screen, a.focus) < 0 {
		t.Errorf("source 3's rendering is not marked:\n%s", screen)
	}
}

func TestQuotesListEmpty(t *testing.T) {
	a := newTestApp(t, fixture(t), 100, 30, Options{})
	press(a, `"`)
	screen := checkScreen(t, a)
	if !strings.Contains(screen, "No quotations or reported speech were found in these sources.") {
		t.Fatalf("an empty quotes list does not say so:\n%s", screen)
	}
	press(a, "enter")
	if a.quotesOpen || a.quote != nil {
		t.Errorf("enter on an empty list left it open or showed a statement")
	}
}

func TestQuotesOutsideTheirSource(t *testing.T) {
	cmp := quoteFixture(t)
	n := len(cmp.Documents[0].Text)
	cmp.Statements = append(cmp.Statements, model.Statement{Speaker: "x", Quotes: []model.Quote{
		{Doc: 0, Kind: model.QuoteDirect, Span: model.Span{Start: n - 2, End: n + 40}},
		{Doc: 7, Kind: model.QuoteDirect, Span: model.Span{Start: 0, End: 3}},
	}})
	a := newTestApp(t, cmp, 100, 30, Options{})
	press(a, `"`, "G", "enter")
	if a.quote != nil {
		t.Errorf("a statement whose quotations lie outside their sources was shown")
	}
	checkScreen(t, a)
}

func TestQuotesEveryWidthFits(t *testing.T) {
	cmp := quoteFixture(t)
	for w := MinWidth; w <= 200; w += 7 {
		a := newTestApp(t, cmp, w, 24, Options{})
		press(a, `"`)
		checkScreen(t, a)
		press(a, "j", "enter")
		checkScreen(t, a)
	}
}

func TestGoldenQuotes(t *testing.T) {
	for _, size := range goldenSizes {
		for _, c := range []struct {
			name string
			keys []string
		}{
			{"quotes", []string{`"`}},
			{"quote-shown", []string{`"`, "enter"}},
			{"quotes-empty", nil},
		} {
			cmp := quoteFixture(t)
			keys := c.keys
			if c.name == "quotes-empty" {
				cmp, keys = fixture(t), []string{`"`}
			}
			a := newTestApp(t, cmp, size.w, size.h, Options{NoColor: true})
			press(a, keys...)
			golden(t, fmt.Sprintf("%s-%dx%d", c.name, size.w, size.h), checkScreen(t, a))
		}
	}
}

func TestMonkeyQuotes(t *testing.T) {
	for seed := int64(1); seed <= 4; seed++ {
		monkey(t, quoteFixture(t), seed, 1500)
	}
}

// TestQuoteScreensAreCurrent walks into, across and out of a statement
// shown and checks after each key that the screen is the one drawn with
// nothing cached (paragraphs, headers, bottom line).
func TestQuoteScreensAreCurrent(t *testing.T) {
	a := newTestApp(t, quoteFixture(t), 160, 45, Options{NoColor: true})
	prev := a.Render()
	changed := 0
	keys := []string{`"`, "enter", "tab", "tab", "j", `"`, "j", "enter", "shift+tab", "esc", `"`, "G", "enter", "k"}
	for i, k := range keys {
		press(a, k)
		got := a.Render()
		a.view.reset()
		uncached(a)
		if want := a.Render(); got != want {
			t.Fatalf("key %d (%s): the cached screen is stale\ncached:\n%s\nfresh:\n%s", i, k, ansi.Strip(got), ansi.Strip(want))
		}
		if got != prev {
			changed++
		}
		prev = got
	}
	if changed < len(keys)-1 {
		t.Errorf("only %d of %d keys changed the screen: the walk does not test what it says", changed, len(keys))
	}
}

func TestQuotesListWheel(t *testing.T) {
	a := newTestApp(t, quoteFixture(t), 120, 40, Options{})
	press(a, `"`)
	r := a.layout.Claims
	a.Update(tea.MouseWheelMsg{X: r.X + 2, Y: r.Y + 3, Button: tea.MouseWheelDown})
	if got := a.quotes.selected(); got != a.quotes.items[1] || a.quote == nil || a.quote.stmt != got {
		t.Errorf("the wheel over the list selected statement %d (shown %+v), want the second", got, a.quote)
	}
}

func TestQuoteCopyWithCitation(t *testing.T) {
	a := newTestApp(t, quoteFixture(t), 160, 45, Options{})
	press(a, `"`, "enter", "tab")
	text, _, ok := a.quoteCitation()
	want := "“We are proud of all our crews.”\n— Jane Doe, in coastline.html, “Coastline reports on the ferry”, paragraph 7, coastline.html\n"
	if !ok || text != want {
		t.Fatalf("the quotation's citation is %q, want %q", text, want)
	}
	if cmd := press(a, "y"); cmd == nil || !strings.Contains(checkScreen(t, a), "copied Jane Doe's words as coastline.html renders them (¶7)") {
		t.Fatalf("y did not copy the quotation, or did not say so:\n%s", checkScreen(t, a))
	}
	press(a, "esc")
	if _, _, ok := a.quoteCitation(); ok {
		t.Errorf("with no statement shown, y still copies a quotation")
	}
}

func TestQuotesListDifferencesOnly(t *testing.T) {
	a := newTestApp(t, quoteFixture(t), 160, 45, Options{})
	press(a, `"`, "d")
	screen := checkScreen(t, a)
	if !strings.Contains(screen, "Quotes 2/4 rendered differently") || strings.Contains(screen, "Nobody␛[0m · quoted") ||
		!strings.Contains(screen, "wording differs in 1") || !strings.Contains(screen, "paraphrased in 1") {
		t.Fatalf("d does not show only the statements rendered differently:\n%s", screen)
	}
	press(a, "j", "a")
	if screen = checkScreen(t, a); !strings.Contains(screen, "Quotes 4 ") || !strings.Contains(screen, "Nobody␛[0m · quoted") {
		t.Fatalf("a does not show every statement again:\n%s", screen)
	}
	if a.quotes.selected() != 1 {
		t.Errorf("a lost the selected statement: %d", a.quotes.selected())
	}
}

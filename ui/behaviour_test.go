package ui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/parallax-reader/parallax/model"
)

// claimOf returns the claim whose passage in doc 0 holds needle.
func claimOf(t *testing.T, cmp *model.Comparison, doc int, needle string) int {
	t.Helper()
	for ci, c := range cmp.Claims {
		for _, p := range c.Passages {
			if p.Doc == doc && strings.Contains(cmp.Documents[doc].Slice(p.Span), needle) {
				return ci
			}
		}
	}
	t.Fatalf("no claim of document %d holds %q", doc, needle)
	return -1
}

func TestNextSharedMovesAndOthersFollow(t *testing.T) {
	cmp := fixture(t)
	a := newTestApp(t, cmp, 160, 45, Options{})
	if got, want := a.CurrentClaim(), claimOf(t, cmp, 0, "resumed on Tuesday"); got != want {
		t.Fatalf("first claim = %d, want %d", got, want)
	}
	press(a, "]")
	want := claimOf(t, cmp, 0, "300 passengers")
	if got := a.CurrentClaim(); got != want {
		t.Fatalf("after ]: claim %d, want %d", got, want)
	}
	// The pane showing document 1 has moved to its passage of the claim.
	loc, ok := a.ix.locOf(want, 1)
	if !ok || a.cursor[1] != loc.idx {
		t.Fatalf("document 1's passage = %d, want %d", a.cursor[1], loc.idx)
	}
	view := checkScreen(t, a)
	if !strings.Contains(view, "number 300 (1 harbour.txt) ≠ 3,000 (2 coastline.html)") {
		t.Errorf("status does not show the discrepancy:\n%s", view)
	}
	press(a, "[")
	if got := a.CurrentClaim(); got != claimOf(t, cmp, 0, "resumed on Tuesday") {
		t.Errorf("after [: claim %d", got)
	}
}

func TestUniqueNavigation(t *testing.T) {
	cmp := fixture(t)
	a := newTestApp(t, cmp, 160, 45, Options{})
	press(a, "}")
	if !strings.Contains(a.Render(), "no unique passage below") {
		t.Errorf("} in a source without unique passages should say so")
	}
	press(a, "3", "}")
	if got, want := a.CurrentClaim(), claimOf(t, cmp, 2, "Café owners"); got != want {
		t.Fatalf("after 3 }: claim %d, want %d", got, want)
	}
	if a.ix.shared(a.CurrentClaim()) {
		t.Fatalf("} went to a shared passage")
	}
	if !strings.Contains(checkScreen(t, a), "no match found in the other sources") {
		t.Errorf("the status line does not say no other source matched the claim")
	}
}

// longFixture adds filler paragraphs so that the passages of one claim sit
// at very different places in the two documents.
func longFixture(t *testing.T) *model.Comparison {
	filler := func(n int) []fixPara {
		var out []fixPara
		for i := 0; i < n; i++ {
			out = append(out, text("Filler paragraph number "+itoa(i)+" says nothing at all about the story. It is only here to take room."))
		}
		return out
	}
	a := append([]fixPara{text("The bridge reopened on Monday after repairs.")}, filler(40)...)
	b := append(filler(40), text("After repairs, the bridge reopened on Monday."))
	docs := []*model.Document{fixDoc("a.txt", "A", a...), fixDoc("b.txt", "B", b...)}
	p := func(doc int, needle string) model.Passage { return fixPassage(t, docs, doc, needle) }
	claims := []model.Claim{{Sources: []int{0, 1}, Passages: []model.Passage{p(0, "bridge"), p(1, "bridge")}}}
	for i := 0; i < 40; i++ {
		n := "number " + itoa(i) + " "
		claims = append(claims, model.Claim{Sources: []int{0}, Passages: []model.Passage{p(0, n)}},
			model.Claim{Sources: []int{1}, Passages: []model.Passage{p(1, n)}})
	}
	return &model.Comparison{Documents: docs, Claims: claims}
}

func TestMatchFarAwayScrollsIntoView(t *testing.T) {
	a := newTestApp(t, longFixture(t), 100, 30, Options{})
	view := checkScreen(t, a)
	if !strings.Contains(view, "After repairs, the bridge") {
		t.Fatalf("the match at the end of document 2 is not in view:\n%s", view)
	}
	// Moving on scrolls the follower back to where it was not needed.
	press(a, "j", "j", "j")
	press(a, "g")
	if !strings.Contains(checkScreen(t, a), "After repairs, the bridge") {
		t.Fatalf("g did not bring the match back into view")
	}
	// From the other side: focus document 2, go to its end.
	press(a, "tab", "G")
	if a.Focus() != 1 || a.CurrentClaim() != 0 {
		t.Fatalf("focus %d, claim %d after tab G", a.Focus(), a.CurrentClaim())
	}
	if !strings.Contains(checkScreen(t, a), "The bridge reopened on Monday") {
		t.Fatalf("the match at the start of document 1 is not in view")
	}
}

func TestTabAndSources(t *testing.T) {
	cmp := fixture(t)
	a := newTestApp(t, cmp, 70, 18, Options{})
	if got := a.PaneDocs(); len(got) != 2 || got[0] != 0 || got[1] != 1 {
		t.Fatalf("panes show %v, want [0 1]", got)
	}
	if !strings.Contains(checkScreen(t, a), "not on screen: 3 northsea.txt") {
		t.Fatalf("the hidden source is not listed")
	}
	press(a, "tab")
	if a.Focus() != 1 {
		t.Fatalf("tab: focus %d", a.Focus())
	}
	press(a, "shift+tab")
	if a.Focus() != 0 {
		t.Fatalf("shift+tab: focus %d", a.Focus())
	}
	press(a, ">")
	if got := a.PaneDocs(); got[0] != 2 && got[1] != 2 {
		t.Fatalf("> did not bring source 3 in: %v", got)
	}
	// Every source can be reached, and the current claim is kept.
	claim := a.CurrentClaim()
	press(a, "1")
	if !slices.Contains(a.PaneDocs(), 0) || a.panes[a.Focus()].doc != 0 {
		t.Fatalf("1 did not show source 1: %v focus %d", a.PaneDocs(), a.Focus())
	}
	if a.CurrentClaim() != claim {
		t.Errorf("changing source lost the claim: %d, was %d", a.CurrentClaim(), claim)
	}
}

func TestOnePaneTabCyclesSources(t *testing.T) {
	a := newTestApp(t, fixture(t), 50, 20, Options{})
	seen := map[int]bool{}
	for i := 0; i < 3; i++ {
		if d := a.PaneDocs(); len(d) != 1 {
			t.Fatalf("%d panes at 50 columns", len(d))
		}
		seen[a.PaneDocs()[0]] = true
		press(a, "tab")
	}
	if len(seen) != 3 {
		t.Errorf("tab reached %d of 3 sources", len(seen))
	}
}

func TestClaimsList(t *testing.T) {
	cmp := fixture(t)
	a := newTestApp(t, cmp, 100, 30, Options{})
	press(a, "c")
	if !a.claimsOpen {
		t.Fatal("c did not open the claims list")
	}
	view := checkScreen(t, a)
	i3, i2, i1 := strings.Index(view, "3/3 "), strings.Index(view, "2/3 "), strings.Index(view, "1/3 ")
	if i3 < 0 || i2 < i3 || i1 < i2 {
		t.Fatalf("claims not sorted by coverage:\n%s", view)
	}
	if !strings.Contains(view, "[3] no match found in the other sources") {
		t.Errorf("a claim no other source matched does not say so, and where it is")
	}
	press(a, "u")
	for _, ci := range a.claims.items {
		if a.ix.coverage[ci] != 1 {
			t.Fatalf("unique filter shows claim %d with coverage %d", ci, a.ix.coverage[ci])
		}
	}
	press(a, "s")
	if len(a.claims.items) != 4 {
		t.Errorf("shared filter shows %d claims, want 4", len(a.claims.items))
	}
	press(a, "3")
	for _, ci := range a.claims.items {
		if _, ok := a.ix.locOf(ci, 2); !ok {
			t.Fatalf("source filter shows claim %d that source 3 does not report", ci)
		}
	}
	press(a, "a", "/", "t", "i", "m", "e", "t")
	if len(a.claims.items) != 1 || a.claims.items[0] != claimOf(t, cmp, 1, "timetable") {
		t.Fatalf("text filter: %v", a.claims.items)
	}
	press(a, "enter", "enter")
	if a.claimsOpen {
		t.Fatalf("enter did not close the list")
	}
	if got := a.CurrentClaim(); got != claimOf(t, cmp, 1, "timetable") {
		t.Fatalf("chosen claim %d is not current (%d)", claimOf(t, cmp, 1, "timetable"), got)
	}
	if a.panes[a.Focus()].doc != 1 {
		t.Errorf("the focus is not on the source that reports the claim")
	}
}

func TestClaimsBringHiddenSources(t *testing.T) {
	cmp := fixture(t)
	a := newTestApp(t, cmp, 70, 30, Options{})
	want := claimOf(t, cmp, 0, "praised") // reported by sources 1 and 3
	press(a, "c")
	a.claims.selectClaim(want)
	press(a, "enter")
	docs := a.PaneDocs()
	if !slices.Contains(docs, 0) || !slices.Contains(docs, 2) {
		t.Fatalf("panes show %v, want sources 1 and 3", docs)
	}
	if a.CurrentClaim() != want {
		t.Fatalf("claim %d, want %d", a.CurrentClaim(), want)
	}
}

func TestSearch(t *testing.T) {
	cmp := fixture(t)
	a := newTestApp(t, cmp, 160, 45, Options{})
	press(a, "/", "a", "r", "d", "l", "e", "y", "enter")
	if n := len(a.search.hits); n != 4 {
		t.Fatalf("%d matches for ardley, want 4", n)
	}
	if !strings.Contains(checkScreen(t, a), "match 1/4") {
		t.Fatalf("no match count shown")
	}
	var docs []int
	for i := 0; i < 4; i++ {
		docs = append(docs, a.panes[a.Focus()].doc)
		press(a, "n")
	}
	if got := a.search.cur; got != 0 {
		t.Errorf("n did not wrap around: at %d", got)
	}
	if docs[0] != 0 || docs[3] != 2 {
		t.Errorf("n visited sources %v", docs)
	}
	press(a, "N")
	if a.search.cur != 3 {
		t.Errorf("N from the first match went to %d, want 3", a.search.cur)
	}
	press(a, "/", "z", "z", "q", "enter")
	if !strings.Contains(checkScreen(t, a), "not found in any source") {
		t.Errorf("a failed search says nothing")
	}
	press(a, "/", "esc")
	if a.prompt != promptNone {
		t.Errorf("esc did not close the search prompt")
	}
}

func TestSearchCaseAndOffsets(t *testing.T) {
	text := "İstanbul, ISTANBUL and istanbul"
	s := runSearch([]foldedText{foldText(text)}, "IStanbul")
	if len(s.hits) != 3 {
		t.Fatalf("%d hits, want 3", len(s.hits))
	}
	for _, h := range s.hits {
		if got := foldQuery(text[h.span.Start:h.span.End]); got != "istanbul" {
			t.Errorf("hit %v covers %q", h.span, text[h.span.Start:h.span.End])
		}
	}
}

func TestSearchIgnoresAccents(t *testing.T) {
	text := "Le Café, le café et l’CAFÉ — fin"
	s := runSearch([]foldedText{foldText(text)}, "cafe")
	var got []string
	for _, h := range s.hits {
		got = append(got, text[h.span.Start:h.span.End])
	}
	if want := []string{"Café", "café", "CAFÉ"}; !slices.Equal(got, want) {
		t.Fatalf("hits %q, want %q", got, want)
	}
	// Offsets after the folded characters still line up.
	s = runSearch([]foldedText{foldText(text)}, "l'cafe - FIN")
	if len(s.hits) != 1 || text[s.hits[0].span.Start:s.hits[0].span.End] != "l’CAFÉ — fin" {
		t.Fatalf("hits %v", s.hits)
	}
	ft := foldText(text)
	for o := range text + "." {
		// A dropped mark folds to nothing: its start and end both map to
		// one folded offset, which maps back to its end.
		if f := ft.toFolded(o); ft.toOrig(f) < o || ft.toFolded(ft.toOrig(f)) != f || f > len(ft.s) {
			t.Fatalf("offset %d → %d → %d", o, f, ft.toOrig(f))
		}
	}
}

// runCmd runs a command that is expected to return one message, and hands
// the message to the app; commands that never return (a cursor blink) are
// not run.
func runCmd(t *testing.T, a *App, cmd tea.Cmd) {
	t.Helper()
	if cmd == nil {
		t.Fatal("no command")
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		a.Update(msg)
	case <-time.After(10 * time.Second):
		t.Fatal("command did not return")
	}
}

func TestExport(t *testing.T) {
	path := filepath.Join(t.TempDir(), "report.md")
	a := newTestApp(t, fixture(t), 100, 30, Options{ExportPath: path})
	press(a, "e")
	if a.prompt != promptExport || a.input.Value() != path {
		t.Fatalf("e: prompt %d with %q", a.prompt, a.input.Value())
	}
	runCmd(t, a, press(a, "enter"))
	data, err := os.ReadFile(path)
	if err != nil || len(data) == 0 {
		t.Fatalf("no report written: %v", err)
	}
	if !strings.Contains(checkScreen(t, a), "wrote the report to "+path) {
		t.Fatalf("status does not say where the report went:\n%s", a.Render())
	}
	// Again: the file exists, so parallax asks.
	if err := os.WriteFile(path, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	press(a, "e")
	runCmd(t, a, press(a, "enter"))
	if a.prompt != promptOverwrite || !strings.Contains(checkScreen(t, a), "Overwrite it? y/n") {
		t.Fatalf("no overwrite question:\n%s", a.Render())
	}
	press(a, "n")
	if data, _ := os.ReadFile(path); string(data) != "mine" {
		t.Fatalf("n overwrote the file")
	}
	press(a, "e")
	runCmd(t, a, press(a, "enter"))
	runCmd(t, a, press(a, "y"))
	if data, _ := os.ReadFile(path); string(data) == "mine" {
		t.Fatalf("y did not overwrite the file")
	}
}

func TestTooSmallAndBack(t *testing.T) {
	a := newTestApp(t, fixture(t), 160, 45, Options{})
	press(a, "]")
	claim := a.CurrentClaim()
	for _, size := range []struct{ w, h int }{{70, 18}, {20, 6}, {39, 40}, {160, 9}, {1, 1}, {160, 45}} {
		a.Update(tea.WindowSizeMsg{Width: size.w, Height: size.h})
		view := checkScreen(t, a)
		small := size.w < MinWidth || size.h < MinHeight
		if small != strings.Contains(view, "terminal too small") && size.h > 1 {
			t.Errorf("%dx%d: too-small message shown = %v", size.w, size.h, !small)
		}
	}
	if a.CurrentClaim() != claim {
		t.Errorf("resizing lost the current claim")
	}
	if got := a.PaneDocs(); len(got) != 3 || got[0] != 0 || got[1] != 1 || got[2] != 2 {
		t.Errorf("panes after resizing back: %v", got)
	}
}

func TestEveryWidthFits(t *testing.T) {
	for _, opts := range []Options{{}, {NoColor: true}} {
		a := newTestApp(t, fixture(t), 100, 30, opts)
		press(a, "]", "z")
		for w := 1; w <= 200; w += 3 {
			for _, h := range []int{1, 6, 10, 17, 24, 45} {
				a.Update(tea.WindowSizeMsg{Width: w, Height: h})
				checkScreen(t, a)
				press(a, "c")
				checkScreen(t, a)
				press(a, "?")
				checkScreen(t, a)
				press(a, "esc", "esc")
			}
		}
	}
}

func TestWheelScrollsPaneUnderPointer(t *testing.T) {
	a := newTestApp(t, longFixture(t), 100, 30, Options{})
	top := a.panes[0].top
	a.Update(tea.MouseWheelMsg{X: 70, Y: 10, Button: tea.MouseWheelDown})
	if a.panes[0].top != top {
		t.Errorf("the wheel over pane 2 scrolled pane 1")
	}
	before := a.panes[1].top
	a.Update(tea.MouseWheelMsg{X: 70, Y: 10, Button: tea.MouseWheelUp})
	if a.panes[1].top == before {
		t.Errorf("the wheel did not scroll pane 2")
	}
	for i := 0; i < 20; i++ {
		a.Update(tea.MouseWheelMsg{X: 5, Y: 10, Button: tea.MouseWheelDown})
	}
	if a.panes[0].top.para == 0 {
		t.Errorf("the wheel did not scroll pane 1")
	}
	if _, idx, ok := a.CurrentPassage(); !ok || idx == 0 {
		t.Errorf("the current passage stayed behind, out of view (passage %d)", idx)
	}
}

func TestDiffMarks(t *testing.T) {
	cmp := fixture(t)
	a := newTestApp(t, cmp, 160, 45, Options{})
	press(a, "]", "]") // Harbour master Jane Doe: sources 1 and 3
	sel := a.sel()
	doc := 2
	para := cmp.Claims[a.CurrentClaim()].Passages[1].Para
	// In its own words: the match has none of the current passage's
	// words put into it, and what only it has is marked.
	var own, inserted []string
	for _, p := range a.view.pieces(doc, para, sel) {
		own = append(own, p.text)
		if p.m&markDelete != 0 {
			t.Errorf("own words: %q from the current passage drawn in the match", p.text)
		}
		if p.m&markInsert != 0 {
			inserted = append(inserted, p.text)
		}
	}
	if got, want := strings.Join(own, ""), cmp.Documents[doc].Slice(cmp.Documents[doc].Paragraphs[para].Span); got != want {
		t.Errorf("own words: the match reads %q, not its own %q", got, want)
	}
	if i := strings.Join(inserted, " "); !strings.Contains(i, "thanked") || strings.Contains(i, "Harbour") {
		t.Errorf("own words: the words only the match has are not marked: %q", inserted)
	}
	// w puts them inline, as before.
	press(a, "w")
	if !a.view.inline || !strings.Contains(checkScreen(t, a), "inline") {
		t.Fatalf("w did not turn the inline view on")
	}
	var deleted []string
	inserted = nil
	for _, p := range a.view.pieces(doc, para, sel) {
		if p.m&markDelete != 0 {
			deleted = append(deleted, p.text)
		}
		if p.m&markInsert != 0 {
			inserted = append(inserted, p.text)
		}
	}
	if d := strings.Join(deleted, " "); !strings.Contains(d, "praised") || !strings.Contains(d, "patience") {
		t.Errorf("the words the match lacks are not marked deleted: %q", deleted)
	}
	if i := strings.Join(inserted, " "); !strings.Contains(i, "thanked") || strings.Contains(i, "Harbour") {
		t.Errorf("the words only the match has are not marked inserted: %q", inserted)
	}
	press(a, "w")
	if a.view.inline {
		t.Fatalf("w did not turn the inline view off")
	}
	// The date discrepancy of the first claim stands out in every source.
	press(a, "g")
	sel = a.sel()
	for d, word := range []string{"Tuesday", "Tuesday", "Wednesday"} {
		found := false
		for _, p := range a.view.pieces(d, 1, sel) {
			if p.text == word && p.m&markDisc != 0 {
				found = true
			}
		}
		if !found {
			t.Errorf("source %d: %q not marked as a discrepancy", d+1, word)
		}
	}
}

func TestNoRawEscapeReachesTheTerminal(t *testing.T) {
	a := newTestApp(t, fixture(t), 160, 45, Options{})
	press(a, "]", "]")
	raw := a.Render()
	if strings.Contains(raw, "\x1b[31mthanked") {
		t.Fatalf("an escape sequence from a source reached the terminal")
	}
	if !strings.Contains(ansi.Strip(raw), "␛[31mthanked␛[0m") {
		t.Fatalf("the escape sequence is not shown as text:\n%s", ansi.Strip(raw))
	}
}

func TestBackgroundColour(t *testing.T) {
	a := newTestApp(t, fixture(t), 100, 30, Options{})
	dark := a.Render()
	a.Update(tea.BackgroundColorMsg{Color: lightGrey{}})
	if a.isDark {
		t.Fatal("a light background was taken for dark")
	}
	if a.Render() == dark {
		t.Errorf("the view did not change for a light background")
	}
}

// lightGrey is a light background colour.
type lightGrey struct{}

func (lightGrey) RGBA() (r, g, b, a uint32) { return 0xeeee, 0xeeee, 0xeeee, 0xffff }

func TestLoading(t *testing.T) {
	cmp := fixture(t)
	release := make(chan struct{})
	a := New(Options{Load: func(ctx context.Context, progress model.Progress) (*model.Comparison, error) {
		progress("aligning", 3, 10)
		<-release
		return cmp, nil
	}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	done := make(chan tea.Msg, 1)
	go func() { done <- a.loadCmd()() }()
	deadline := time.Now().Add(5 * time.Second)
	for a.stage.stage != "aligning" && time.Now().Before(deadline) {
		a.Update(a.spinner.Tick())
		time.Sleep(5 * time.Millisecond)
	}
	if view := checkScreen(t, a); !strings.Contains(view, "aligning 3/10") {
		t.Fatalf("loading does not show its progress:\n%s", view)
	}
	close(release)
	a.Update(<-done)
	if !a.Loaded() || !strings.Contains(checkScreen(t, a), "Ferry service resumes") {
		t.Fatalf("not loaded:\n%s", a.Render())
	}
}

// Word diffs are computed when a claim is first shown, and only for it.
func TestWordDiffsAreLazy(t *testing.T) {
	a := newTestApp(t, fixture(t), 160, 45, Options{})
	shown := map[int]bool{}
	for k := range a.ix.diffs {
		shown[k.claim] = true
	}
	if len(shown) == 0 {
		t.Fatal("the first screen computed no word diff")
	}
	if len(shown) > 2 {
		t.Errorf("the first screen computed diffs for %d claims: %v", len(shown), shown)
	}
	before := len(a.ix.diffs)
	press(a, "]")
	checkScreen(t, a)
	if len(a.ix.diffs) <= before {
		t.Errorf("moving to another claim computed no diff (%d, then %d)", before, len(a.ix.diffs))
	}
}

func TestCtrlCStopsLoading(t *testing.T) {
	stopped := make(chan error, 1)
	a := New(Options{Load: func(ctx context.Context, progress model.Progress) (*model.Comparison, error) {
		<-ctx.Done()
		stopped <- ctx.Err()
		return nil, ctx.Err()
	}})
	a.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	done := make(chan tea.Msg, 1)
	go func() { done <- a.loadCmd()() }()
	press(a, "ctrl+c")
	if !a.Quitting() {
		t.Fatal("ctrl+c did not quit")
	}
	select {
	case err := <-stopped:
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("load stopped with %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("loading went on after ctrl+c")
	}
	a.Update(<-done)
	if a.Err() != nil {
		t.Errorf("stopping is not an error, got %v", a.Err())
	}
}

func TestLoadError(t *testing.T) {
	a := New(Options{Load: func(context.Context, model.Progress) (*model.Comparison, error) {
		return nil, errors.New("boom")
	}})
	a.Update(a.loadCmd()())
	if a.Err() == nil || a.Err().Error() != "boom" {
		t.Fatalf("Err() = %v", a.Err())
	}
}

func TestQuit(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		a := newTestApp(t, fixture(t), 100, 30, Options{})
		press(a, k)
		if !a.Quitting() {
			t.Errorf("%s did not quit", k)
		}
	}
	a := newTestApp(t, fixture(t), 100, 30, Options{})
	press(a, "c", "esc")
	if a.claimsOpen || a.Quitting() {
		t.Errorf("esc should close the claims list, not quit")
	}
}

func TestSearchOpensFoldedParagraph(t *testing.T) {
	a := newTestApp(t, fixture(t), 160, 45, Options{})
	if strings.Contains(checkScreen(t, a), "social media") {
		t.Fatalf("the boilerplate is not folded to begin with")
	}
	press(a, "/", "s", "o", "c", "i", "a", "l", "enter")
	if view := checkScreen(t, a); !strings.Contains(view, "social media") {
		t.Fatalf("the match in folded boilerplate is not shown:\n%s", view)
	}
}

func TestEmptyComparisons(t *testing.T) {
	empty := &model.Document{Path: "empty.txt", Warnings: []string{"empty.txt: empty, nothing to compare"}}
	onlyFurniture := fixDoc("furniture.txt", "", fixPara{text: "Share this", boilerplate: "share prompt", dupOf: -1})
	for name, cmp := range map[string]*model.Comparison{
		"no documents":   {},
		"an empty one":   {Documents: []*model.Document{empty}},
		"empty and text": {Documents: []*model.Document{empty, onlyFurniture, fixture(t).Documents[0]}},
	} {
		t.Run(name, func(t *testing.T) {
			a := newTestApp(t, cmp, 100, 30, Options{})
			checkScreen(t, a)
			for _, k := range monkeyKeys {
				press(a, k)
				checkScreen(t, a)
				press(a, "esc", "esc")
			}
		})
	}
}

func TestBrokenComparison(t *testing.T) {
	cmp := fixture(t)
	d0 := cmp.Documents[0]
	cmp.Claims = append(cmp.Claims,
		model.Claim{Sources: []int{7}, Passages: []model.Passage{{Doc: 7, Span: model.Span{Start: 0, End: 5}}}},
		model.Claim{Sources: []int{0}, Passages: []model.Passage{{Doc: 0, Para: 99, Span: model.Span{Start: -4, End: 2}}}},
		model.Claim{Sources: []int{0}, Passages: []model.Passage{{Doc: 0, Para: 0, Span: model.Span{Start: 5, End: len(d0.Text) + 10}}}},
		model.Claim{Sources: []int{0, 1}, Passages: []model.Passage{
			{Doc: 0, Para: 3, Span: model.Span{Start: 2, End: 60}}, // wrong paragraph, runs past its own
			{Doc: 1, Para: 1, Span: model.Span{Start: 40, End: 30}},
		}, Discrepancies: []model.Discrepancy{{Kind: model.DiscrepancyName, Values: []model.DiscrepancyValue{
			{Doc: 0, Span: model.Span{Start: 50, End: 10}}, {Doc: 5, Text: "x"}, {Doc: 1, Span: model.Span{Start: -3, End: 9999}},
		}}}},
		model.Claim{},
	)
	a := newTestApp(t, cmp, 120, 40, Options{})
	for i := 0; i < 3; i++ {
		for _, k := range monkeyKeys {
			press(a, k)
			checkInvariants(t, a, i, keyMsg(k))
			press(a, "esc")
		}
	}
}

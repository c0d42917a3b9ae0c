package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/parallax-reader/parallax/model"
)

// chapterFixture is two sources, each a title and one paragraph of n
// sentences (a chapter of a book), every sentence a claim the two share.
func chapterFixture(t testing.TB, n int) *model.Comparison {
	var a, b []string
	for i := range n {
		a = append(a, fmt.Sprintf("Verse %d tells of the harbour and the boats that sailed at dawn.", i+1))
		b = append(b, fmt.Sprintf("Verse %d speaks of the harbour and the ships that left at first light.", i+1))
	}
	docs := []*model.Document{
		fixDoc("one.txt", "One", fixPara{text: "One", title: true, dupOf: -1}, text(strings.Join(a, " "))),
		fixDoc("two.txt", "Two", fixPara{text: "Two", title: true, dupOf: -1}, text(strings.Join(b, " "))),
	}
	var claims []model.Claim
	for i := range n {
		claims = append(claims, model.Claim{ID: i, Sources: []int{0, 1}, Passages: []model.Passage{
			{Doc: 0, Para: 1, Span: docs[0].Paragraphs[1].Sentences[i].Span},
			{Doc: 1, Para: 1, Span: docs[1].Paragraphs[1].Sentences[i].Span},
		}})
	}
	return &model.Comparison{Documents: docs, Claims: claims}
}

// TestPagingInALongParagraph pages through a paragraph longer than many
// screens and checks that the current passage moves with the page, so
// that it is always in view, and that paging reaches both ends.
func TestPagingInALongParagraph(t *testing.T) {
	a := newTestApp(t, chapterFixture(t, 120), 100, 24, Options{})
	n := len(a.ix.docs[0].passages)
	inView := func(step string) {
		t.Helper()
		pn := a.focused()
		if row := pn.passageRow(a.view, a.sel(), a.cursor[0]); row < 0 {
			t.Fatalf("after %s the current passage %d/%d is out of view", step, a.cursor[0]+1, n)
		}
	}
	for i := 0; i < 60 && a.cursor[0] != n-1; i++ {
		press(a, "pgdown")
		inView("pgdn")
	}
	if a.cursor[0] != n-1 {
		t.Fatalf("pgdn stopped at passage %d/%d", a.cursor[0]+1, n)
	}
	moved := 0
	for i := 0; i < 60 && a.cursor[0] != 0; i++ {
		before := a.cursor[0]
		press(a, "pgup")
		inView("pgup")
		if a.cursor[0] < before {
			moved++
		}
	}
	if a.cursor[0] != 0 {
		t.Fatalf("pgup stopped at passage %d/%d", a.cursor[0]+1, n)
	}
	if moved < 5 {
		t.Errorf("pgup moved the current passage only %d times through %d passages", moved, n)
	}
}

// TestLineOfFindsEveryWord draws a long paragraph narrow, in own words
// and with the missing words put in, and checks that the words lineOf
// puts on each line, by their offsets, are exactly the source's words the
// line shows.
func TestLineOfFindsEveryWord(t *testing.T) {
	cmp := chapterFixture(t, 12)
	putIn := regexp.MustCompile(`\[-.*?-\]`)
	markers := strings.NewReplacer("{+", "", "+}", "", "<!", "", "!>", "", "<~", "", "~>", "")
	for _, inline := range []bool{false, true} {
		a := newTestApp(t, cmp, 70, 30, Options{NoColor: true})
		a.view.inline = inline
		a.view.reset()
		press(a, "j", "j")
		d := cmp.Documents[1]
		para := d.Paragraphs[1]
		pl := a.view.render(1, 1, 34, a.sel(), false)
		if all := ansi.Strip(strings.Join(pl.lines, "\n")); inline != strings.Contains(all, "[-") || !strings.Contains(all, "{+") {
			t.Fatalf("inline %v: the match is not drawn as the test needs:\n%s", inline, all)
		}
		want := make([][]string, len(pl.lines))
		text := d.Text[para.Start:para.End]
		for i := 0; i < len(text); {
			j := strings.IndexByte(text[i:], ' ')
			if j < 0 {
				j = len(text) - i
			}
			line := pl.lineOf(para.Start + i)
			want[line] = append(want[line], text[i:i+j])
			i += j + 1
		}
		for l, line := range pl.lines {
			got := strings.Join(strings.Fields(markers.Replace(putIn.ReplaceAllString(string([]rune(ansi.Strip(line))[gutterWidth:]), ""))), " ")
			if w := strings.Join(want[l], " "); got != w {
				t.Fatalf("inline %v, line %d shows %q, lineOf puts %q on it", inline, l, got, w)
			}
		}
	}
}

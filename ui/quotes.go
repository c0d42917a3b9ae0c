package ui

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/parallax-reader/parallax/model"
)

// quotesHeaderHeight is the lines above the quotes list: a title line and
// a rule.
const quotesHeaderHeight = 2

// quoteRowHeight is the lines one statement takes in the list: who said
// it and how the sources render it, then its words.
const quoteRowHeight = 2

// quotesList is the panel listing each statement, who it is given to and
// how many sources quote it, most widely reported first.
type quotesList struct {
	cmp   *model.Comparison
	all   []int // every statement, in the list's order
	items []int // the statements shown, as indices in Comparison.Statements
	sums  []stmtSummary
	// differing shows only statements the sources render differently
	// (other words, another speaker, quoted in one, reported in another).
	differing bool
	listView
	w, h int
}

// newQuotesList lists the statements of cmp, most sources first, then in
// the stage's order.
func newQuotesList(cmp *model.Comparison) quotesList {
	q := quotesList{cmp: cmp}
	for i := range cmp.Statements {
		q.items = append(q.items, i)
		q.sums = append(q.sums, summarize(cmp, &cmp.Statements[i]))
	}
	sort.SliceStable(q.items, func(a, b int) bool {
		return len(q.sums[q.items[a]].sources) > len(q.sums[q.items[b]].sources)
	})
	q.all = q.items
	return q
}

// differs reports whether the sources render statement si differently.
func (q *quotesList) differs(si int) bool {
	s := &q.sums[si]
	return s.differs > 0 || s.speakerDiffers || s.paraphrased > 0
}

// setDiffering shows only the statements rendered differently, or all,
// keeping the selected statement selected when it is still shown.
func (q *quotesList) setDiffering(on bool) {
	keep := q.selected()
	q.differing = on
	q.items = q.all
	if on {
		q.items = nil
		for _, si := range q.all {
			if q.differs(si) {
				q.items = append(q.items, si)
			}
		}
	}
	q.sel = max(slices.Index(q.items, keep), 0)
	q.scrollToSel()
}

// setSize sets the panel's size in cells.
func (q *quotesList) setSize(w, h int) {
	q.w, q.h = w, h
	q.scrollToSel()
}

// rows is how many statements the panel shows at once.
func (q *quotesList) rows() int { return max((q.h-quotesHeaderHeight)/quoteRowHeight, 1) }

// selected is the selected statement, or -1 when there is none.
func (q *quotesList) selected() int {
	if q.sel < 0 || q.sel >= len(q.items) {
		return -1
	}
	return q.items[q.sel]
}

// selectStmt selects statement si.
func (q *quotesList) selectStmt(si int) {
	if i := slices.Index(q.items, si); i >= 0 {
		q.sel = i
		q.scrollToSel()
	}
}

// move moves the selection by n rows.
func (q *quotesList) move(n int) { q.moveBy(n, len(q.items), q.rows()) }

// scrollToSel keeps the selection in view.
func (q *quotesList) scrollToSel() { q.keepInView(len(q.items), q.rows()) }

// render draws the panel: exactly h lines of w cells.
func (q *quotesList) render(st *Styles) []string {
	count := fmt.Sprintf("Quotes %d", len(q.items))
	if q.differing {
		count = fmt.Sprintf("Quotes %d/%d rendered differently", len(q.items), len(q.all))
	}
	opt := func(on bool, s string) string {
		if on {
			return st.FilterActive.Render(s)
		}
		return st.Filter.Render(s)
	}
	title := st.Bold.Render(count) + st.Dim.Render(" · ") + opt(!q.differing, "a all") + " " + opt(q.differing, "d differences only") +
		st.Dim.Render(" · who is quoted saying what, and how each source renders it · enter shows them side by side")
	out := []string{fitWidth(cellTruncate(" "+title, q.w, "…"), q.w), st.Rule.Render(strings.Repeat("─", q.w))}
	switch {
	case len(q.all) == 0:
		out = append(out, fitWidth(st.Dim.Render(cellTruncate(" No quotations or reported speech were found in these sources.", q.w, "…")), q.w))
	case len(q.items) == 0:
		out = append(out, fitWidth(st.Dim.Render(cellTruncate(" Every source renders each statement alike (a shows all).", q.w, "…")), q.w))
	}
	for i := q.top; i < len(q.items) && len(out)+quoteRowHeight <= q.h; i++ {
		out = append(out, q.row(st, i)...)
	}
	for len(out) < q.h {
		out = append(out, strings.Repeat(" ", q.w))
	}
	return out[:q.h]
}

// describe says how the sources render statement si: "quoted by 3 of 5
// [1 2 4] · wording differs in 2 · speaker differs · paraphrased in 1".
func (q *quotesList) describe(st *Styles, si int) string {
	s := &q.sums[si]
	nd := len(q.cmp.Documents)
	var docs []string
	for _, d := range s.sources {
		docs = append(docs, itoa(d+1))
	}
	verb := "quoted"
	if s.direct == 0 {
		verb = "reported (paraphrase)"
	}
	parts := []string{fmt.Sprintf("%s by %d of %d", verb, len(s.sources), nd) + st.Dim.Render(" ["+strings.Join(docs, " ")+"]")}
	if s.differs > 0 {
		parts = append(parts, st.ClaimDisc.Render(fmt.Sprintf("wording differs in %d", s.differs)))
	}
	if s.speakerDiffers {
		parts = append(parts, st.ClaimDisc.Render("speaker differs"))
	}
	if s.paraphrased > 0 {
		parts = append(parts, st.ClaimDisc.Render(fmt.Sprintf("paraphrased in %d", s.paraphrased)))
	}
	return strings.Join(parts, st.Dim.Render(" · "))
}

// row draws item i: the speaker and how the sources render it, then the
// statement's words.
func (q *quotesList) row(st *Styles, i int) []string {
	si := q.items[i]
	s := &q.sums[si]
	prefix := " "
	if i == q.sel {
		prefix = "›"
	}
	head := prefix + " " + st.ClaimCoverage.Render(s.speaker) + st.Dim.Render(" · ") + q.describe(st, si)
	words := oneLine(s.text)
	if s.direct1 {
		words = "“" + words + "”"
	}
	lines := []string{
		fitWidth(cellTruncate(head, q.w, "…"), q.w),
		fitWidth(cellTruncate("   "+words, q.w, "…"), q.w),
	}
	if i == q.sel {
		for j, l := range lines {
			lines[j] = st.ClaimSelected.Render(ansi.Strip(l))
		}
	}
	return lines
}

// quotesHelp is the help for the quotes list.
func (k KeyMap) quotesHelp() helpKeys {
	k.Down.SetHelp("↓/j", "next statement")
	k.Up.SetHelp("↑/k", "previous statement")
	k.Top.SetHelp("g/home", "first statement")
	k.Bottom.SetHelp("G/end", "last statement")
	k.Choose.SetHelp("enter", "show each source's rendering")
	k.FilterDisc.SetHelp("d", "rendered differently only")
	k.FilterAll.SetHelp("a", "all statements")
	k.Back.SetHelp("esc", "close the list")
	return helpKeys{
		short: []key.Binding{
			pair(k.Down, k.Up, "j/k", "statement"),
			short(k.Choose, "show"),
			short(k.FilterDisc, "differences"),
			short(k.FilterAll, "all"),
			short(k.Back, "close"),
		},
		full: [][]key.Binding{
			{k.Down, k.Up, k.PageDown, k.PageUp, k.Top, k.Bottom},
			{k.Choose, k.FilterDisc, k.FilterAll, k.Quotes},
			{k.Help, k.Back, k.Quit},
		},
	}
}

// openQuotes opens the quotes list at the statement shown, if any.
func (a *App) openQuotes() {
	a.quotesOpen = true
	a.relayout()
	if a.quote != nil {
		a.quotes.selectStmt(a.quote.stmt)
	}
}

// closeQuotes closes the quotes list.
func (a *App) closeQuotes() {
	a.quotesOpen = false
	a.relayout()
}

// quotesKey handles a key in the quotes list.
func (a *App) quotesKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &a.keys
	q := &a.quotes
	switch {
	case key.Matches(msg, k.Quit):
		return a.quit()
	case key.Matches(msg, k.Back, k.Quotes):
		a.closeQuotes()
	case key.Matches(msg, k.Choose):
		a.closeQuotes()
		if si := q.selected(); si >= 0 {
			a.goToQuote(si, true)
		}
	case key.Matches(msg, k.Down):
		a.quotesMove(1)
	case key.Matches(msg, k.Up):
		a.quotesMove(-1)
	case key.Matches(msg, k.PageDown):
		a.quotesMove(q.rows() - 1)
	case key.Matches(msg, k.PageUp):
		a.quotesMove(-(q.rows() - 1))
	case key.Matches(msg, k.Top):
		a.quotesMove(-len(q.items))
	case key.Matches(msg, k.Bottom):
		a.quotesMove(len(q.items))
	case key.Matches(msg, k.FilterDisc, k.FilterAll):
		q.setDiffering(key.Matches(msg, k.FilterDisc))
		a.quotesMove(0)
	}
	return nil
}

// quotesMove moves the selection and shows the statement in the panes.
func (a *App) quotesMove(n int) {
	a.quotes.move(n)
	if si := a.quotes.selected(); si >= 0 {
		a.goToQuote(si, false)
	}
}

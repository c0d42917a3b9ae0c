package ui

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

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

// stmtSummary is what the quotes list says about a statement.
type stmtSummary struct {
	speaker string // the statement's speaker, or "unattributed"
	sources []int  // the documents that render it, in order
	direct  int    // how many of them quote it directly
	// differs is how many sources quote it in other words than the
	// commonest wording (0 when the quote stage finds no difference).
	differs int
	// paraphrased is how many sources only report it, when others quote
	// it directly.
	paraphrased    int
	speakerDiffers bool
	text           string // its words, as the first direct quotation has them
	direct1        bool   // text is a direct quotation
}

// wordingKey is a quotation's words for comparing wordings: folded (case,
// accents, quotation marks), letters and digits only.
func wordingKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range foldQuery(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

// summarize sums up statement st of cmp for the list.
func summarize(cmp *model.Comparison, st *model.Statement) stmtSummary {
	s := stmtSummary{speaker: oneLine(st.Speaker), speakerDiffers: st.SpeakerDiffers}
	if s.speaker == "" {
		s.speaker = "unattributed"
	}
	wording := map[int]string{} // a source's first direct quotation, as a wording key
	for _, q := range st.Quotes {
		if q.Doc < 0 || q.Doc >= len(cmp.Documents) {
			continue
		}
		d := cmp.Documents[q.Doc]
		parts := quoteParts(q)
		valid := len(parts) > 0
		for _, p := range parts {
			valid = valid && validSpan(p, len(d.Text))
		}
		if !valid {
			continue
		}
		if !slices.Contains(s.sources, q.Doc) {
			s.sources = append(s.sources, q.Doc)
		}
		if q.Kind != model.QuoteDirect {
			if s.text == "" {
				s.text = quoteWords(d, parts)
			}
			continue
		}
		if _, ok := wording[q.Doc]; !ok {
			wording[q.Doc] = wordingKey(quoteWords(d, parts))
			s.direct++
			if !s.direct1 {
				s.text, s.direct1 = quoteWords(d, parts), true
			}
		}
	}
	sort.Ints(s.sources)
	if st.KindDiffers && s.direct > 0 {
		s.paraphrased = len(s.sources) - s.direct
	}
	if st.WordingDiffers {
		s.differs = max(wordingOutliers(s.sources, wording), 1)
	}
	return s
}

// quoteWords is a quotation's words, its parts joined by " … ".
func quoteWords(d *model.Document, parts []model.Span) string {
	var words []string
	for _, p := range parts {
		words = append(words, d.Text[p.Start:p.End])
	}
	return strings.Join(words, " … ")
}

// wordingOutliers counts the sources whose wording is not the commonest
// one; a fragment of a longer quotation counts as its wording.
func wordingOutliers(sources []int, wording map[int]string) int {
	var groups [][]string // each group's wordings
	member := map[int]int{}
	same := func(a, b string) bool {
		return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
	}
	for _, d := range sources {
		w, ok := wording[d]
		if !ok {
			continue
		}
		g := -1
		for i, ws := range groups {
			if slices.ContainsFunc(ws, func(x string) bool { return same(x, w) }) {
				g = i
				break
			}
		}
		if g < 0 {
			groups = append(groups, nil)
			g = len(groups) - 1
		}
		groups[g] = append(groups[g], w)
		member[d] = g
	}
	best := 0
	for i, ws := range groups {
		if len(ws) > len(groups[best]) {
			best = i
		}
	}
	n := 0
	for _, g := range member {
		if g != best {
			n++
		}
	}
	return n
}

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
	sel       int
	top       int
	w, h      int
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

// move moves the selection by n statements.
func (q *quotesList) move(n int) {
	if len(q.items) == 0 {
		return
	}
	q.sel = min(max(q.sel+n, 0), len(q.items)-1)
	q.scrollToSel()
}

// scrollToSel keeps the selection in view.
func (q *quotesList) scrollToSel() {
	rows := q.rows()
	if q.sel < q.top {
		q.top = q.sel
	}
	if q.sel >= q.top+rows {
		q.top = q.sel - rows + 1
	}
	q.top = max(min(q.top, len(q.items)-rows), 0)
}

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
	out := []string{fitWidth(ansi.Truncate(" "+title, q.w, "…"), q.w), st.Rule.Render(strings.Repeat("─", q.w))}
	switch {
	case len(q.all) == 0:
		out = append(out, fitWidth(st.Dim.Render(ansi.Truncate(" No quotations or reported speech were found in these sources.", q.w, "…")), q.w))
	case len(q.items) == 0:
		out = append(out, fitWidth(st.Dim.Render(ansi.Truncate(" Every source renders each statement alike (a shows all).", q.w, "…")), q.w))
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
		fitWidth(ansi.Truncate(head, q.w, "…"), q.w),
		fitWidth(ansi.Truncate("   "+words, q.w, "…"), q.w),
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

// goToQuote shows statement si in the panes: each source's rendering
// marked, the focused pane's as the current passage, and every rendering
// scrolled to start on the row the focused pane's starts on. With
// arrange, sources that render it replace, in the panes, sources that do
// not. Moving to another passage ends it.
func (a *App) goToQuote(si int, arrange bool) {
	if si < 0 || si >= len(a.ix.cmp.Statements) || len(a.panes) == 0 {
		return
	}
	qs := newQuoteSel(a.ix.cmp, si, a.focused().doc)
	if qs.ref < 0 {
		a.note("this statement's quotations lie outside their sources")
		return
	}
	if arrange {
		var docs []int
		for d := range a.ix.cmp.Documents {
			if len(qs.quotes[d]) > 0 {
				docs = append(docs, d)
			}
		}
		a.arrangeDocs(docs)
	}
	if len(qs.quotes[a.focused().doc]) == 0 {
		moved := false
		for i, p := range a.panes {
			if len(qs.quotes[p.doc]) > 0 {
				a.focus, moved = i, true
				break
			}
		}
		if !moved {
			a.focused().setDoc(qs.ref)
		}
		qs = newQuoteSel(a.ix.cmp, si, a.focused().doc)
	}
	// The current passage becomes the one the quotation starts in, so
	// that j and k go on from there.
	doc := a.focused().doc
	start := qs.quotes[doc][0].parts[0].Start
	for i, p := range a.ix.docs[doc].passages {
		if p.span.Start <= start && start < max(p.span.End, p.span.Start+1) {
			a.setCursor(i)
			break
		}
	}
	a.quote = qs
	// The focused pane's rendering a third of the way down, so that the
	// others have room to come level with it from above and below.
	fp, sel := a.focused(), a.sel()
	if at, _, ok := a.quoteStart(qs, fp, sel); ok {
		fp.top = fp.advance(a.view, sel, at, -fp.bodyHeight()/3)
		fp.clampTop(a.view, sel)
	}
	a.follow()
}

// arrangeDocs puts documents docs into the panes showing documents not
// among them, leaving the focused pane for last.
func (a *App) arrangeDocs(docs []int) {
	var missing []int
	for _, d := range docs {
		if !a.shown(d) {
			missing = append(missing, d)
		}
	}
	order := make([]int, 0, len(a.panes))
	for i := range a.panes {
		if i != a.focus {
			order = append(order, i)
		}
	}
	order = append(order, a.focus)
	for _, i := range order {
		if len(missing) == 0 {
			return
		}
		if !slices.Contains(docs, a.panes[i].doc) {
			a.panes[i].setDoc(missing[0])
			missing = missing[1:]
		}
	}
}

// quoteOf is the statement shown in the panes, compared with the focused
// pane's rendering when it has one (after tab, say), or nil.
func (a *App) quoteOf() *quoteSel {
	if a.quote == nil || len(a.panes) == 0 {
		return nil
	}
	if d := a.panes[a.focus].doc; d != a.quote.ref && len(a.quote.quotes[d]) > 0 {
		a.quote = newQuoteSel(a.ix.cmp, a.quote.stmt, d)
	}
	return a.quote
}

// followQuote scrolls the panes so that each rendering of the statement
// shown starts on the row the focused pane's starts on, as far as the
// text allows; run at the end of follow.
func (a *App) followQuote() {
	qs := a.quoteOf()
	if qs == nil {
		return
	}
	sel := a.sel()
	v := a.view
	start := func(pn *pane) (anchor, int, bool) { return a.quoteStart(qs, pn, sel) }
	row := -1
	fp := a.focused()
	if at, last, ok := start(fp); ok {
		fp.reveal(v, sel, at.para, at.line, last, revealNear)
		if !at.before(fp.top) {
			if d := fp.distance(v, sel, fp.top, at, fp.bodyHeight()); d < fp.bodyHeight() {
				row = d
			}
		}
	}
	for i := range a.panes {
		pn := &a.panes[i]
		if i == a.focus {
			continue
		}
		at, last, ok := start(pn)
		switch {
		case !ok:
		case row >= 0:
			pn.top = pn.advance(v, sel, at, -row)
			pn.clampTop(v, sel)
		default:
			pn.reveal(v, sel, at.para, at.line, last, revealThird)
		}
	}
}

// quoteStart is where the rendering of the statement to bring level
// starts in the pane's document as drawn, and the line of its paragraph
// where it ends; false when the document has none.
func (a *App) quoteStart(qs *quoteSel, pn *pane, sel selection) (anchor, int, bool) {
	para, ok := qs.first(a.ix.cmp, pn.doc)
	if !ok {
		return anchor{}, 0, false
	}
	pl := a.view.get(pn.doc, para, pn.w, sel)
	first, last := max(pl.markFirst, 0), pl.markLast
	if last < first {
		last = len(pl.lines) - 1
	}
	return anchor{para, first}, last, true
}

// endQuote stops showing a statement in the panes.
func (a *App) endQuote() {
	if a.quote != nil {
		a.quote = nil
		a.follow()
	}
}

// quoteWhere is the status line while a statement is shown: which, whose,
// and how the sources render it.
func (a *App) quoteWhere() string {
	st := &a.styles
	qs := a.quote
	i := slices.Index(a.quotes.items, qs.stmt)
	s := &a.quotes.sums[qs.stmt]
	parts := []string{
		st.Status.Render(fmt.Sprintf("statement %d/%d", i+1, len(a.quotes.items))),
		s.speaker,
		a.quotes.describe(st, qs.stmt),
	}
	if s.speakerDiffers {
		parts = append(parts, "given to "+a.speakers(qs.stmt))
	}
	parts = append(parts, st.Dim.Render("esc clears"))
	return strings.Join(parts, st.Dim.Render(" · "))
}

// speakers names who each source gives statement si to: "Zelensky (1,
// 2) ≠ the president (3)".
func (a *App) speakers(si int) string {
	var names []string
	where := map[string][]string{}
	for _, q := range a.ix.cmp.Statements[si].Quotes {
		n := oneLine(q.Speaker)
		if n == "" {
			n = "unattributed"
		}
		if _, ok := where[n]; !ok {
			names = append(names, n)
		}
		if t := itoa(q.Doc + 1); !slices.Contains(where[n], t) {
			where[n] = append(where[n], t)
		}
	}
	for i, n := range names {
		names[i] = n + " (" + strings.Join(where[n], ", ") + ")"
	}
	return strings.Join(names, " ≠ ")
}

// quoteRelation is what a pane's header says while a statement is shown:
// how its source renders it, or that it does not.
func (a *App) quoteRelation(doc int, focused bool) (string, bool) {
	qs := a.quote
	list := qs.quotes[doc]
	if len(list) == 0 {
		return "✗ does not quote it", true
	}
	q := list[0].q
	how := "quotes it"
	if q.Kind != model.QuoteDirect {
		how = "reports it (paraphrase)"
	}
	speaker := oneLine(q.Speaker)
	if speaker == "" {
		speaker = "unattributed"
	}
	how += ", " + speaker
	switch {
	case focused:
		return "▶ " + how, false
	case len(list[0].differs) > 0:
		how += " · other words"
	}
	if len(list) > 1 {
		how += fmt.Sprintf(" · %d renderings", len(list))
	}
	return "✓ " + how, false
}

// quoteCitation is, while a statement is shown, the focused source's
// rendering of it with who said it and where, for the clipboard (only
// neutralised text), and what the status line says about it; false when
// no statement is shown or the focused source does not render it.
func (a *App) quoteCitation() (text, note string, ok bool) {
	if a.quote == nil {
		return "", "", false
	}
	doc := a.focused().doc
	list := a.quote.quotes[doc]
	if len(list) == 0 {
		return "", "", false
	}
	qm := list[0]
	d := a.ix.cmp.Documents[doc]
	words := oneLine(quoteWords(d, qm.parts))
	if qm.q.Kind == model.QuoteDirect {
		words = "“" + words + "”"
	} else {
		words += " (reported speech)"
	}
	speaker := oneLine(qm.q.Speaker)
	if speaker == "" {
		speaker = "unattributed"
	}
	para := 0
	for i, p := range d.Paragraphs {
		if p.Start <= qm.parts[0].Start && qm.parts[0].Start < max(p.End, p.Start+1) {
			para = i
		}
	}
	parts := []string{speaker, "in " + sourceName(d)}
	if t := oneLine(d.Title); t != "" && t != sourceName(d) {
		parts = append(parts, "“"+t+"”")
	}
	parts = append(parts, "paragraph "+itoa(para+1))
	if where := sourceWhere(d); where != "" {
		parts = append(parts, where)
	}
	text = words + "\n— " + strings.Join(parts, ", ") + "\n"
	note = "copied " + speaker + "'s words as " + sourceName(d) + " renders them (¶" + itoa(para+1) +
		") with their citation to the clipboard (OSC 52: the terminal must allow it)"
	return text, note, true
}

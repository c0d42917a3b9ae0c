package ui

// maxCachedParas bounds the paragraph renderings kept; past it the cache
// starts afresh (a screenful is re-rendered on the next draw).
const maxCachedParas = 8192

// cacheKey names one rendering of a paragraph: its width, and the part of
// the selection that changes how it looks (zero values when none does).
type cacheKey struct {
	doc, para, width int
	claim            int     // the selected claim, when it touches the paragraph
	from             passLoc // the current passage, likewise
	query            string  // the search, when it matches in the paragraph
	hit              int     // the search match moved to, when in the paragraph
	quote, qref      int     // the statement shown and its reference source, likewise
}

// key returns the cache key of paragraph p of document doc drawn at width
// with selection sel.
func (v *paraView) key(doc, p, width int, sel selection) cacheKey {
	k := cacheKey{doc: doc, para: p, width: width, claim: -1, hit: -1, quote: -1, qref: -1}
	switch span := v.ix.cmp.Documents[doc].Paragraphs[p].Span; {
	case sel.quote != nil:
		// A statement shown takes the place of the claim's marks.
		if sel.quote.touches(doc, span) {
			k.quote, k.qref = sel.quote.stmt, sel.quote.ref
		}
	case sel.has && sel.claim >= 0 && v.touches(doc, p, sel.claim):
		k.claim, k.from = sel.claim, sel.cur
	}
	if s := sel.search; s != nil {
		if lo, hi := s.hitsIn(doc, v.ix.cmp.Documents[doc].Paragraphs[p].Span); hi > lo {
			k.query = s.query
			if s.cur >= lo && s.cur < hi {
				k.hit = s.cur
			}
		}
	}
	return k
}

// touches reports whether the claim has a passage, or a discrepancy
// value, in paragraph p of document doc.
func (v *paraView) touches(doc, p, claim int) bool {
	for _, ref := range v.ix.passagesIn(doc, p) {
		if ref.claim == claim {
			return true
		}
	}
	span := v.ix.cmp.Documents[doc].Paragraphs[p].Span
	for _, disc := range v.ix.cmp.Claims[claim].Discrepancies {
		for _, val := range disc.Values {
			if val.Doc == doc && val.Start < span.End && val.End > span.Start {
				return true
			}
		}
	}
	return false
}

// get returns paragraph p of document doc drawn at width with selection
// sel, from the cache when it can.
func (v *paraView) get(doc, p, width int, sel selection) paraLines {
	k := v.key(doc, p, width, sel)
	if pl, ok := v.cache[k]; ok {
		return pl
	}
	pl := v.render(doc, p, width, sel, k.claim >= 0 || k.hit >= 0 || k.quote >= 0)
	if len(v.cache) >= maxCachedParas {
		v.reset()
	}
	v.cache[k] = pl
	return pl
}

// reset forgets every rendering, after a change of styles or folding.
func (v *paraView) reset() {
	v.cache = make(map[cacheKey]paraLines)
	v.gen++
}

// headerKey names one drawing of a pane's header frame (its title, its
// source line and its rule): the view's generation (styles), the document,
// the width and the focus. The relation line under the title changes with
// nearly every key press and is keyed by its own words.
type headerKey struct {
	gen, doc, w int
	focused     bool
}

// relationKey names one drawing of a pane's relation line.
type relationKey struct {
	gen, w   int
	relation string
	missing  bool
}

// header returns the pane's header lines, each part drawn again only when
// what it shows, the width or the styles have changed.
func (pn *pane) header(v *paraView, h paneHeader) []string {
	fk := headerKey{gen: v.gen, doc: pn.doc, w: pn.w, focused: h.focused}
	if pn.hdrLines == nil || pn.hdrKey != fk {
		pn.hdrKey, pn.hdrLines = fk, pn.drawHeader(v, h)
		pn.relKey = relationKey{gen: v.gen, w: pn.w, relation: h.relation, missing: h.missing}
		return pn.hdrLines
	}
	if rk := (relationKey{gen: v.gen, w: pn.w, relation: h.relation, missing: h.missing}); rk != pn.relKey {
		pn.relKey = rk
		lines := append([]string(nil), pn.hdrLines...)
		lines[headerRelationLine] = pn.relationLine(v, h)
		pn.hdrLines = lines
	}
	return pn.hdrLines
}

// helpLineKey is everything the bottom line's keys depend on: the width,
// the mode and what makes a key do nothing at the moment.
type helpLineKey struct {
	width   int
	prompt  promptKind
	claims  bool
	quotes  bool
	search  bool // a search is in force: n and N move through it
	history bool // there are earlier searches to recall
	hidden  bool // some sources have no pane
	panes   int
	docs    int
}

// helpLine is the short help for what has the focus, drawn again only
// when its key changes.
func (a *App) helpLine() string {
	k := a.helpLineState(a.width)
	if a.helpLineKey == nil || *a.helpLineKey != k {
		a.helpLineKey, a.helpLineText = &k, fitWidth(a.footer(a.width), a.width)
	}
	return a.helpLineText
}

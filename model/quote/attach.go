package quote

import (
	"context"
	"runtime"
	"sort"
	"sync"

	"github.com/parallax-reader/parallax/model"
)

// Pending is the quotations of a set of documents being found in the
// background, to be matched into statements once the alignment is done.
type Pending struct {
	docs  []*model.Document
	done  chan struct{}
	units []unit
	err   error
}

// Start finds the quotations of the documents in the background (they
// need only be segmented, so this can run while align works); Attach
// then matches them. The documents must not change meanwhile.
func Start(ctx context.Context, docs []*model.Document) *Pending {
	p := &Pending{docs: docs, done: make(chan struct{})}
	go func() {
		defer close(p.done)
		p.units, p.err = findUnits(ctx, docs)
	}()
	return p
}

// Attach waits for the quotations and fills cmp.Statements, matching
// them with the help of cmp.Claims. It returns ctx.Err() when ctx is
// cancelled, leaving cmp.Statements as it was.
func (p *Pending) Attach(ctx context.Context, cmp *model.Comparison) error {
	select {
	case <-p.done:
	case <-ctx.Done():
		return ctx.Err()
	}
	if p.err != nil {
		return p.err
	}
	st, err := statementsOf(ctx, p.units, cmp.Claims)
	if err != nil {
		return err
	}
	cmp.Statements = st
	return nil
}

// Attach finds the quotations of cmp.Documents and fills cmp.Statements
// (Start and Pending.Attach in one).
func Attach(ctx context.Context, cmp *model.Comparison) error {
	return Start(ctx, cmp.Documents).Attach(ctx, cmp)
}

// Statements finds the quotations of every document and matches them
// across documents. claims (align's, or nil) help: two renderings whose
// sentences align reports as one fact need fewer words in common.
// Statements come in reading order (by the first source that renders
// them, then by where it does), with IDs from 0 in that order; each
// statement's quotations are in document order.
func Statements(ctx context.Context, docs []*model.Document, claims []model.Claim) ([]model.Statement, error) {
	units, err := findUnits(ctx, docs)
	if err != nil {
		return nil, err
	}
	return statementsOf(ctx, units, claims)
}

// MaxDocument is the longest document, in bytes of text, whose
// quotations are looked for. A news article is tens of kilobytes; a book
// (the two Bible translations in ../shared/bench are 4 MB each) holds
// thousands of quotations, a list no reader wants, and finding them would
// add about 40% to the time parallax takes to compare two books. A longer
// document is left out of the statements.
const MaxDocument = 1 << 20

// findUnits finds each document's quotations, several documents at a
// time, and reads their stems; documents longer than MaxDocument are left
// out.
func findUnits(ctx context.Context, docs []*model.Document) ([]unit, error) {
	return findUnitsUpTo(ctx, docs, MaxDocument)
}

// findUnitsUpTo is findUnits with another limit (0: none).
func findUnitsUpTo(ctx context.Context, docs []*model.Document, limit int) ([]unit, error) {
	perDoc := make([][]unit, len(docs))
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(docs)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sm, sc := stemmer{}, &scratch{}
			for i := range work {
				if limit > 0 && len(docs[i].Text) > limit {
					continue
				}
				for _, q := range Find(docs[i], i) {
					perDoc[i] = append(perDoc[i], makeUnit(docs[i], q, sm, sc))
				}
			}
		}()
	}
	for i := range docs {
		if ctx.Err() != nil {
			break
		}
		work <- i
	}
	close(work)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var units []unit
	for _, us := range perDoc {
		units = append(units, us...)
	}
	return units, nil
}

// statementsOf matches the renderings into statements.
func statementsOf(ctx context.Context, units []unit, claims []model.Claim) ([]model.Statement, error) {
	in := interner{}
	for i := range units {
		units[i].number(in)
	}
	placeInClaims(units, claims)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	groups := group(units, len(in))
	out := make([]model.Statement, 0, len(groups))
	for _, g := range groups {
		out = append(out, statement(units, g))
	}
	sort.SliceStable(out, func(a, b int) bool {
		qa, qb := out[a].Quotes[0], out[b].Quotes[0]
		if qa.Doc != qb.Doc {
			return qa.Doc < qb.Doc
		}
		return qa.Start < qb.Start
	})
	for i := range out {
		out[i].ID = i
	}
	return out, ctx.Err()
}

// placeInClaims records, for each rendering, the claims whose passages
// overlap it, of those that align one passage of each of several sources
// (a claim that holds several passages of one source joins looser
// matches, and is no evidence here).
func placeInClaims(units []unit, claims []model.Claim) {
	byDoc := map[int][]int{} // doc -> unit indices, by start
	for i, u := range units {
		byDoc[u.q.Doc] = append(byDoc[u.q.Doc], i)
	}
	for _, idx := range byDoc {
		sort.Slice(idx, func(a, b int) bool { return units[idx[a]].q.Start < units[idx[b]].q.Start })
	}
	for _, c := range claims {
		if !c.Shared() || len(c.Passages) != len(c.Sources) {
			continue
		}
		for _, p := range c.Passages {
			idx := byDoc[p.Doc]
			// the renderings that start before the passage ends and end
			// after it starts
			k := sort.Search(len(idx), func(k int) bool { return units[idx[k]].q.End > p.Start })
			for ; k < len(idx) && units[idx[k]].q.Start < p.End; k++ {
				u := &units[idx[k]]
				if n := len(u.claims); n == 0 || u.claims[n-1] != c.ID {
					u.claims = append(u.claims, c.ID)
				}
			}
		}
	}
	for i := range units {
		sort.Ints(units[i].claims)
	}
}

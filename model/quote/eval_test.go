package quote

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/align"
)

// goldQuote is one hand-annotated quotation (see testdata/README.md).
type goldQuote struct {
	Text      string `json:"text"`
	From      string `json:"from"`
	To        string `json:"to"`
	After     string `json:"after"`
	Kind      string `json:"kind"`
	Speaker   string `json:"speaker"`
	Statement string `json:"statement"`

	doc  int
	span model.Span
}

// flexible matches s with any run of white space where s has one.
func flexible(s string) *regexp.Regexp {
	f := strings.Fields(s)
	for i := range f {
		f[i] = regexp.QuoteMeta(f[i])
	}
	return regexp.MustCompile(strings.Join(f, `\s+`))
}

// locate finds a gold quotation's span in the document's text.
func (g *goldQuote) locate(text string) error {
	from := 0
	if g.After != "" {
		loc := flexible(g.After).FindStringIndex(text)
		if loc == nil {
			return fmt.Errorf("%q not found", g.After)
		}
		from = loc[1]
	}
	if g.Text != "" {
		loc := flexible(g.Text).FindStringIndex(text[from:])
		if loc == nil {
			return fmt.Errorf("%q not found", g.Text)
		}
		g.span = model.Span{Start: from + loc[0], End: from + loc[1]}
		return nil
	}
	a := flexible(g.From).FindStringIndex(text[from:])
	if a == nil {
		return fmt.Errorf("%q not found", g.From)
	}
	start := from + a[0]
	b := flexible(g.To).FindStringIndex(text[start:])
	if b == nil {
		return fmt.Errorf("%q not found after %q", g.To, g.From)
	}
	g.span = model.Span{Start: start, End: start + b[1]}
	return nil
}

// loadGold reads an annotation file for the documents named.
func loadGold(t *testing.T, file string, names []string, docs []*model.Document) []goldQuote {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	var byName map[string][]goldQuote
	if err := json.Unmarshal(raw, &byName); err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	if len(byName) != len(names) {
		t.Fatalf("%s annotates %d documents; the set has %d", file, len(byName), len(names))
	}
	var out []goldQuote
	for i, n := range names {
		gs, ok := byName[n]
		if !ok {
			t.Fatalf("%s has no entry for %s", file, n)
		}
		for _, g := range gs {
			g.doc = i
			if err := g.locate(docs[i].Text); err != nil {
				t.Fatalf("%s, %s: %v", file, n, err)
			}
			out = append(out, g)
		}
	}
	return out
}

// scores are the figures of one set.
type scores struct {
	spanP, spanR         float64
	speakerP, speakerR   float64
	matchP, matchR       float64
	nGold, nFound, nPair int
}

func (s scores) String() string {
	return fmt.Sprintf("spans P %.3f R %.3f · speakers P %.3f R %.3f · cross-source matches P %.3f R %.3f (%d annotated quotations, %d found, %d annotated pairs)",
		s.spanP, s.spanR, s.speakerP, s.speakerR, s.matchP, s.matchR, s.nGold, s.nFound, s.nPair)
}

// overlaps reports whether two spans share at least half of the longer.
func overlaps(a, b model.Span) bool {
	o := min(a.End, b.End) - max(a.Start, b.Start)
	return o > 0 && 2*o >= max(a.Len(), b.Len())
}

// speakerWords is a speaker's words, folded, without determiners.
func speakerWords(s string) []string {
	var out []string
	for _, w := range strings.Fields(s) {
		w = foldKey(strings.Trim(w, ",."))
		if determiners[w] || w == "" {
			continue
		}
		out = append(out, w)
	}
	return out
}

// speakerAgrees: both unattributed, or every word of the shorter name is
// in the longer (Zelensky / Volodymyr Zelensky; the weather station / the
// weather station on Kelda Head; not Russian soldiers / one of his fellow
// soldiers).
func speakerAgrees(gold, got string) bool {
	g, f := speakerWords(gold), speakerWords(got)
	if len(g) == 0 || len(f) == 0 {
		return len(g) == len(f)
	}
	if len(f) > len(g) {
		g, f = f, g
	}
	in := map[string]bool{}
	for _, w := range g {
		in[w] = true
	}
	for _, w := range f {
		if !in[w] {
			return false
		}
	}
	return true
}

// evaluate compares the statements found with the annotation.
func evaluate(gold []goldQuote, sts []model.Statement) scores {
	var found []model.Quote
	var owner []int
	for si, s := range sts {
		for _, q := range s.Quotes {
			found = append(found, q)
			owner = append(owner, si)
		}
	}
	// one to one, each gold quotation to the first unmatched found one
	// that overlaps it enough
	match := make([]int, len(found)) // found -> gold, or -1
	for i := range match {
		match[i] = -1
	}
	goldHit := make([]int, len(gold))
	for gi := range gold {
		goldHit[gi] = -1
		for fi, q := range found {
			if match[fi] < 0 && q.Doc == gold[gi].doc && overlaps(q.Span, gold[gi].span) {
				match[fi], goldHit[gi] = gi, fi
				break
			}
		}
	}
	var s scores
	s.nGold, s.nFound = len(gold), len(found)
	hits := 0
	spkFound, spkGold, spkRight, spkRightNamed := 0, 0, 0, 0
	for gi, fi := range goldHit {
		if fi < 0 {
			continue
		}
		hits++
		got := found[fi].Speaker
		ok := speakerAgrees(gold[gi].Speaker, got)
		if got != "" {
			spkFound++
			if ok {
				spkRight++
			}
		}
		if gold[gi].Speaker != "" {
			spkGold++
			if ok && got != "" {
				spkRightNamed++
			}
		}
	}
	s.spanP = ratio(hits, len(found))
	s.spanR = ratio(hits, len(gold))
	s.speakerP = ratio(spkRight, spkFound)
	s.speakerR = ratio(spkRightNamed, spkGold)
	// cross-source pairs
	goldPairs := map[[2]int]bool{}
	for a := range gold {
		for b := a + 1; b < len(gold); b++ {
			if gold[a].Statement != "" && gold[a].Statement == gold[b].Statement && gold[a].doc != gold[b].doc {
				goldPairs[[2]int{a, b}] = true
			}
		}
	}
	s.nPair = len(goldPairs)
	foundPairs, right := 0, 0
	for a := range found {
		for b := a + 1; b < len(found); b++ {
			if owner[a] != owner[b] || found[a].Doc == found[b].Doc {
				continue
			}
			foundPairs++
			ga, gb := match[a], match[b]
			if ga >= 0 && gb >= 0 && goldPairs[[2]int{min(ga, gb), max(ga, gb)}] {
				right++
			}
		}
	}
	s.matchP = ratio(right, foundPairs)
	s.matchR = ratio(right, len(goldPairs))
	return s
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// floors are the figures reached (rounded down): a change that makes any
// of them worse fails the test.
var floors = map[string]scores{
	"seeds":  {spanP: 1.00, spanR: 0.98, speakerP: 0.98, speakerR: 0.98, matchP: 0.90, matchR: 0.33},
	"sample": {spanP: 1.00, spanR: 1.00, speakerP: 1.00, speakerR: 1.00, matchP: 1.00, matchR: 0.66},
}

func checkFloors(t *testing.T, set string, s scores) {
	t.Helper()
	f := floors[set]
	for _, c := range []struct {
		name      string
		got, want float64
	}{
		{"span precision", s.spanP, f.spanP}, {"span recall", s.spanR, f.spanR},
		{"speaker precision", s.speakerP, f.speakerP}, {"speaker recall", s.speakerR, f.speakerR},
		{"match precision", s.matchP, f.matchP}, {"match recall", s.matchR, f.matchR},
	} {
		if c.got < c.want {
			t.Errorf("%s: %s %.3f, below the floor %.3f", set, c.name, c.got, c.want)
		}
	}
}

func runSet(t *testing.T, set, file string, names []string, docs []*model.Document) scores {
	gold := loadGold(t, file, names, docs)
	// as parallax runs it: after the alignment, whose claims it uses
	cmp, err := align.Compare(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := Attach(context.Background(), cmp); err != nil {
		t.Fatal(err)
	}
	sts := cmp.Statements
	s := evaluate(gold, sts)
	t.Logf("%s: %v", set, s)
	if os.Getenv("QUOTE_DIFF") != "" {
		logDiff(t, names, docs, gold, sts)
	}
	checkFloors(t, set, s)
	return s
}

// TestAnnotatedSeeds measures the stage on the five reference articles.
func TestAnnotatedSeeds(t *testing.T) {
	names, docs := seedDocs(t)
	runSet(t, "seeds", "seeds.json", names, docs)
}

// TestAnnotatedSample measures the stage on the sample stories.
func TestAnnotatedSample(t *testing.T) {
	names, docs := sampleDocs(t)
	runSet(t, "sample", "sample.json", names, docs)
}

// logDiff prints what was missed and what was found wrongly (QUOTE_DIFF=1).
func logDiff(t *testing.T, names []string, docs []*model.Document, gold []goldQuote, sts []model.Statement) {
	for gi, g := range gold {
		hit := false
		for _, s := range sts {
			for _, q := range s.Quotes {
				if q.Doc == g.doc && overlaps(q.Span, g.span) {
					hit = true
					if !speakerAgrees(g.Speaker, q.Speaker) {
						t.Logf("SPEAKER %s: %q gold %q got %q", names[g.doc], clip(docs[g.doc].Slice(g.span)), g.Speaker, q.Speaker)
					}
				}
			}
		}
		if !hit {
			t.Logf("MISSED %s #%d %s: %q (%s)", names[g.doc], gi, g.Kind, clip(docs[g.doc].Slice(g.span)), g.Speaker)
		}
	}
	for si, s := range sts {
		for _, q := range s.Quotes {
			hit := false
			for _, g := range gold {
				if q.Doc == g.doc && overlaps(q.Span, g.span) {
					hit = true
				}
			}
			if !hit {
				t.Logf("EXTRA %s %s: %q (%s)", names[q.Doc], q.Kind, clip(docs[q.Doc].Slice(q.Span)), q.Speaker)
			}
		}
		if len(s.Sources) > 1 || len(s.Quotes) > 1 {
			var b strings.Builder
			for _, q := range s.Quotes {
				fmt.Fprintf(&b, "\n      [%d] %q", q.Doc, clip(docs[q.Doc].Slice(q.Span)))
			}
			t.Logf("STATEMENT %d (%s) wording=%v speaker=%v kind=%v%s", si, s.Speaker, s.WordingDiffers, s.SpeakerDiffers, s.KindDiffers, b.String())
		}
	}
}

func clip(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > 70 {
		return string(r[:70]) + "…"
	}
	return s
}

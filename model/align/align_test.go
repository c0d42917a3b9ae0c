package align

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

// TestAlignStoryMatches checks, on a story of our own writing told three
// ways, that paraphrases of one fact end up in one claim and different
// facts do not.
func TestAlignStoryMatches(t *testing.T) {
	docs := testStory(t, "bridge")
	claims, err := Claims(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	type at struct {
		doc  int
		text string
	}
	claimOf := func(a at) int { return claimOf(docs, claims, a.doc, a.text) }
	for _, s := range [][2]at{
		{{0, "injuring four people"}, {1, "Four people were hurt"}},
		{{0, "taken to hospital with broken bones"}, {1, "suffered fractures"}},
		{{0, "Engineers had warned"}, {1, "serious corrosion"}},
		{{0, "independent inquiry would examine"}, {1, "independent investigation"}},
		{{0, "independent inquiry would examine"}, {2, "An independent inquiry will look"}},
	} {
		if a, b := claimOf(s[0]), claimOf(s[1]); a < 0 || a != b {
			t.Errorf("%q and %q are in claims %d and %d, want one claim", s[0].text, s[1].text, a, b)
		}
	}
	for _, s := range [][2]at{
		{{0, "taken to hospital"}, {0, "Engineers had warned"}},
		{{1, "Local businesses"}, {2, "Rail services"}},
		{{0, "taken to hospital"}, {1, "serious corrosion"}},
	} {
		if a, b := claimOf(s[0]), claimOf(s[1]); a < 0 || b < 0 || a == b {
			t.Errorf("%q and %q are in claims %d and %d, want two claims", s[0].text, s[1].text, a, b)
		}
	}
}

// checkPartition fails unless every content sentence lies in exactly
// one claim, passages are sorted and sources match passages.
func checkPartition(t *testing.T, docs []*model.Document, claims []model.Claim) {
	t.Helper()
	seen := map[[2]int]int{}
	for i, c := range claims {
		if c.ID != i {
			t.Fatalf("claim %d has id %d", i, c.ID)
		}
		var srcs []int
		for k, p := range c.Passages {
			if k > 0 {
				q := c.Passages[k-1]
				if q.Doc > p.Doc || (q.Doc == p.Doc && q.End > p.Start) {
					t.Fatalf("claim %d: passages out of order: %+v then %+v", i, q, p)
				}
			}
			if len(srcs) == 0 || srcs[len(srcs)-1] != p.Doc {
				srcs = append(srcs, p.Doc)
			}
			para := &docs[p.Doc].Paragraphs[p.Para]
			if !para.Content() || p.Start < para.Start || p.End > para.End {
				t.Fatalf("claim %d: passage %+v outside content paragraph %d", i, p, p.Para)
			}
			for _, s := range para.Sentences {
				if s.Start >= p.Start && s.End <= p.End {
					seen[[2]int{p.Doc, s.Start}]++
				}
			}
		}
		if !reflect.DeepEqual(srcs, c.Sources) {
			t.Fatalf("claim %d: sources %v, passages say %v", i, c.Sources, srcs)
		}
		if c.Score < 0 || c.Score > 1 {
			t.Fatalf("claim %d: score %v outside [0, 1]", i, c.Score)
		}
	}
	for di, d := range docs {
		for pi := range d.Paragraphs {
			p := &d.Paragraphs[pi]
			for _, s := range p.Sentences {
				n := seen[[2]int{di, s.Start}]
				if p.Content() && n != 1 {
					t.Fatalf("doc %d sentence at %d is in %d claims, want 1", di, s.Start, n)
				}
				if !p.Content() && n != 0 {
					t.Fatalf("doc %d: a sentence of a non-content paragraph is in a claim", di)
				}
			}
		}
	}
}

// canon describes claims by document path and byte range, so that
// results for the same documents in another order can be compared.
func canon(docs []*model.Document, claims []model.Claim) []string {
	var out []string
	for _, c := range claims {
		var ps []string
		for _, p := range c.Passages {
			ps = append(ps, fmt.Sprintf("%s:%d-%d", docs[p.Doc].Path, p.Start, p.End))
		}
		sort.Strings(ps)
		out = append(out, strings.Join(ps, " "))
	}
	sort.Strings(out)
	return out
}

// TestAlignSymmetricDeterministic is the property that alignment does not
// depend on the order of the sources, beyond numbering, and that the same
// input gives the same output.
func TestAlignSymmetricDeterministic(t *testing.T) {
	for _, story := range []string{"bridge", "storm", "wire", "heldout/fire", "heldout/theft", "heldout/rescue"} {
		var docs []*model.Document
		if name, ok := strings.CutPrefix(story, "heldout/"); ok {
			docs = heldoutStory(t, name)
		} else {
			docs = testStory(t, story)
		}
		base, err := Claims(context.Background(), docs, nil)
		if err != nil {
			t.Fatal(err)
		}
		checkPartition(t, docs, base)
		again, _ := Claims(context.Background(), docs, nil)
		if !reflect.DeepEqual(base, again) {
			t.Fatalf("%s: two runs differ", story)
		}
		want := canon(docs, base)
		// Every rotation and the reversal of the sources.
		for r := 1; r <= len(docs); r++ {
			perm := append(append([]*model.Document(nil), docs[r%len(docs):]...), docs[:r%len(docs)]...)
			if r == len(docs) {
				for i, j := 0, len(perm)-1; i < j; i, j = i+1, j-1 {
					perm[i], perm[j] = perm[j], perm[i]
				}
			}
			got, err := Claims(context.Background(), perm, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkPartition(t, perm, got)
			if g := canon(perm, got); !reflect.DeepEqual(g, want) {
				t.Errorf("%s, order %d: claims differ:\n got %q\nwant %q", story, r, g, want)
			}
		}
	}
}

// TestAlignSeedsProperties runs the same checks on the five reference
// articles, when ../shared is present.
func TestAlignSeedsProperties(t *testing.T) {
	docs := loadShared(t, "seeds/000_fcfb5bbd5f60cadc.txt", "seeds/001_b6ab99e193aa2fd2.txt",
		"seeds/002_23e4e048f042158a.txt", "seeds/003_ea56af7ab81edfdd.txt", "seeds/004_16f483c57f592d0a.txt")
	base, err := Claims(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkPartition(t, docs, base)
	rev := append([]*model.Document(nil), docs...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	got, err := Claims(context.Background(), rev, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(canon(rev, got), canon(docs, base)) {
		t.Error("reversing the sources changes the claims")
	}
}

func TestAlignCancelled(t *testing.T) {
	docs := testStory(t, "bridge")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Claims(ctx, docs, nil); err != context.Canceled {
		t.Fatalf("Align on a cancelled context: err = %v", err)
	}
}

func TestAlignEmptyAndSingle(t *testing.T) {
	empty := testDoc("empty", "")
	claims, err := Claims(context.Background(), []*model.Document{empty}, nil)
	if err != nil || len(claims) != 0 {
		t.Fatalf("empty document: %d claims, err %v", len(claims), err)
	}
	one := testDoc("one", "A ferry ran aground off Inchmorrow.\n\nNobody was hurt.\n")
	claims, err = Claims(context.Background(), []*model.Document{one, empty}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkPartition(t, []*model.Document{one, empty}, claims)
	for _, c := range claims {
		if c.Shared() {
			t.Errorf("claim %d is shared with only one source having text", c.ID)
		}
	}
}

func TestAlignProgress(t *testing.T) {
	docs := testStory(t, "bridge")
	calls := 0
	_, err := Claims(context.Background(), docs, func(stage string, done, total int) {
		if stage != "aligning" || done < 0 || done > total {
			t.Errorf("progress(%q, %d, %d)", stage, done, total)
		}
		calls++
	})
	if err != nil || calls == 0 {
		t.Fatalf("progress called %d times, err %v", calls, err)
	}
}

// TestAlignHeadlineWithLede: a short headline is matched with the
// other source's long lede that reports its fact among other details.
func TestAlignHeadlineWithLede(t *testing.T) {
	a := testDoc("a", "Gale shuts Fenwick ferry for two days\n\nThe harbour master said the new breakwater held firm.\n\nA choir from Dunmere sang at the opening of the new concert hall.\n")
	b := testDoc("b", "Council votes on the coastal path\n\nThe ferry between Fenwick and the island of Orrin will not sail for two days after a gale drove waves of six metres against the harbour mouth on Monday night, its operator said, and passengers were told to check again on Thursday.\n\nBus fares on the coast road rise by ten pence next month.\n")
	docs := []*model.Document{a, b}
	claims, err := Claims(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	h, l := claimOf(docs, claims, 0, "Gale shuts"), claimOf(docs, claims, 1, "The ferry between")
	if h < 0 || h != l {
		t.Fatalf("headline in claim %d, lede in claim %d", h, l)
	}
}

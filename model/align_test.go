package model

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"testing"
)

// TestAlignStoryMatches checks, on a story of our own writing told three
// ways, that paraphrases of one fact end up in one claim and different
// facts do not.
func TestAlignStoryMatches(t *testing.T) {
	docs := alignTestStory(t, "bridge")
	claims, err := Align(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	type at struct {
		doc  int
		text string
	}
	claimOf := func(a at) int { return alignClaimOf(docs, claims, a.doc, a.text) }
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

// alignCheckPartition fails unless every content sentence lies in exactly
// one claim, passages are sorted and sources match passages.
func alignCheckPartition(t *testing.T, docs []*Document, claims []Claim) {
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

// alignCanon describes claims by document path and byte range, so that
// results for the same documents in another order can be compared.
func alignCanon(docs []*Document, claims []Claim) []string {
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
		var docs []*Document
		if name, ok := strings.CutPrefix(story, "heldout/"); ok {
			docs = alignHeldoutStory(t, name)
		} else {
			docs = alignTestStory(t, story)
		}
		base, err := Align(context.Background(), docs, nil)
		if err != nil {
			t.Fatal(err)
		}
		alignCheckPartition(t, docs, base)
		again, _ := Align(context.Background(), docs, nil)
		if !reflect.DeepEqual(base, again) {
			t.Fatalf("%s: two runs differ", story)
		}
		want := alignCanon(docs, base)
		// Every rotation and the reversal of the sources.
		for r := 1; r <= len(docs); r++ {
			perm := append(append([]*Document(nil), docs[r%len(docs):]...), docs[:r%len(docs)]...)
			if r == len(docs) {
				for i, j := 0, len(perm)-1; i < j; i, j = i+1, j-1 {
					perm[i], perm[j] = perm[j], perm[i]
				}
			}
			got, err := Align(context.Background(), perm, nil)
			if err != nil {
				t.Fatal(err)
			}
			alignCheckPartition(t, perm, got)
			if g := alignCanon(perm, got); !reflect.DeepEqual(g, want) {
				t.Errorf("%s, order %d: claims differ:\n got %q\nwant %q", story, r, g, want)
			}
		}
	}
}

// TestAlignSeedsProperties runs the same checks on the five reference
// articles, when ../shared is present.
func TestAlignSeedsProperties(t *testing.T) {
	docs := alignLoadShared(t, "seeds/000_fcfb5bbd5f60cadc.txt", "seeds/001_b6ab99e193aa2fd2.txt",
		"seeds/002_23e4e048f042158a.txt", "seeds/003_ea56af7ab81edfdd.txt", "seeds/004_16f483c57f592d0a.txt")
	base, err := Align(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	alignCheckPartition(t, docs, base)
	rev := append([]*Document(nil), docs...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	got, err := Align(context.Background(), rev, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(alignCanon(rev, got), alignCanon(docs, base)) {
		t.Error("reversing the sources changes the claims")
	}
}

func TestAlignCancelled(t *testing.T) {
	docs := alignTestStory(t, "bridge")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Align(ctx, docs, nil); err != context.Canceled {
		t.Fatalf("Align on a cancelled context: err = %v", err)
	}
}

func TestAlignEmptyAndSingle(t *testing.T) {
	empty := alignTestDoc("empty", "")
	claims, err := Align(context.Background(), []*Document{empty}, nil)
	if err != nil || len(claims) != 0 {
		t.Fatalf("empty document: %d claims, err %v", len(claims), err)
	}
	one := alignTestDoc("one", "A ferry ran aground off Inchmorrow.\n\nNobody was hurt.\n")
	claims, err = Align(context.Background(), []*Document{one, empty}, nil)
	if err != nil {
		t.Fatal(err)
	}
	alignCheckPartition(t, []*Document{one, empty}, claims)
	for _, c := range claims {
		if c.Shared() {
			t.Errorf("claim %d is shared with only one source having text", c.ID)
		}
	}
}

func TestAlignProgress(t *testing.T) {
	docs := alignTestStory(t, "bridge")
	calls := 0
	_, err := Align(context.Background(), docs, func(stage string, done, total int) {
		if stage != "aligning" || done < 0 || done > total {
			t.Errorf("progress(%q, %d, %d)", stage, done, total)
		}
		calls++
	})
	if err != nil || calls == 0 {
		t.Fatalf("progress called %d times, err %v", calls, err)
	}
}

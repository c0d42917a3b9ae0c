package align

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

func TestAlignLIS(t *testing.T) {
	anchors := [][2]int{{0, 5}, {1, 1}, {2, 2}, {3, 9}, {4, 3}, {5, 4}, {6, 0}}
	want := [][2]int{{1, 1}, {2, 2}, {4, 3}, {5, 4}}
	if got := lis(anchors); !reflect.DeepEqual(got, want) {
		t.Fatalf("alignLIS = %v, want %v", got, want)
	}
	if lis(nil) != nil {
		t.Error("alignLIS(nil) is not nil")
	}
}

// testBook writes n numbered sentences, each with words of its own,
// as one text; split sends sentence k in two halves, for k in split.
func testBook(n int, split map[int]bool, variant string) string {
	var b strings.Builder
	for k := 0; k < n; k++ {
		w := fmt.Sprintf("w%da w%db w%dc", k, k, k)
		x := fmt.Sprintf("x%da x%db x%dc", k, k, k)
		if split[k] {
			fmt.Fprintf(&b, "The %s came. Then %s %s went. ", w, x, variant)
		} else {
			fmt.Fprintf(&b, "The %s came and %s %s went. ", w, x, variant)
		}
		if k%20 == 19 {
			b.WriteString("\n\n")
		}
	}
	return b.String()
}

// TestAlignOrderedBook aligns two long texts in the same order, one of
// which splits some sentences in two: every sentence must find its
// partner, the split ones as one-to-two matches.
func TestAlignOrderedBook(t *testing.T) {
	split := map[int]bool{3: true, 150: true, 151: true, 399: true}
	a := testDoc("a", testBook(longMin+100, nil, "slowly"))
	b := testDoc("b", testBook(longMin+100, split, "quietly"))
	if _, ok, err := ordered(context.Background(), buildCorpus([]*model.Document{a, b}), []*model.Document{a, b}, func(string, int, int) {}); !ok || err != nil {
		t.Fatalf("the two texts are not taken as being in one order (err %v)", err)
	}
	claims, err := Claims(context.Background(), []*model.Document{a, b}, nil)
	if err != nil {
		t.Fatal(err)
	}
	checkPartition(t, []*model.Document{a, b}, claims)
	for _, c := range claims {
		if !c.Shared() {
			p := c.Passages[0]
			t.Fatalf("unmatched: doc %d %q", p.Doc, []*model.Document{a, b}[p.Doc].Slice(p.Span))
		}
		ta, tb := a.Slice(c.Passages[0].Span), b.Text[c.Passages[len(c.Passages)-1].Start:c.Passages[len(c.Passages)-1].End]
		wa := strings.Fields(ta)[1]
		if !strings.Contains(tb, wa) {
			t.Fatalf("%q matched with %q", ta, tb)
		}
	}
	if want := longMin + 100; len(claims) != want {
		t.Errorf("%d claims, want %d", len(claims), want)
	}
	swapped, err := Claims(context.Background(), []*model.Document{b, a}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(canon([]*model.Document{b, a}, swapped), canon([]*model.Document{a, b}, claims)) {
		t.Error("swapping the two texts changes the claims")
	}
}

// TestAlignGapDP checks the programme on its own: a two-to-one match and a
// sentence with no partner.
// TestAlignNotOrdered: long texts whose sentences are shuffled are not
// aligned by order.
func TestAlignNotOrdered(t *testing.T) {
	n := longMin + 100
	text := testBook(n, nil, "slowly")
	sents := strings.SplitAfter(strings.ReplaceAll(text, "\n\n", ""), ". ")
	var shuffled strings.Builder
	for k := range sents {
		shuffled.WriteString(sents[(k*7919)%len(sents)])
	}
	a := testDoc("a", text)
	b := testDoc("b", shuffled.String())
	if _, ok, _ := ordered(context.Background(), buildCorpus([]*model.Document{a, b}), []*model.Document{a, b}, func(string, int, int) {}); ok {
		t.Fatal("shuffled texts taken as being in one order")
	}
}

func TestAlignGapDP(t *testing.T) {
	a := testDoc("a", "Gulls nested on Skerray cliffs. Seals bred below them in coves. Fog closed the ferry route.\n")
	b := testDoc("b", "Gulls nested on Skerray cliffs and seals bred below them in coves. A new pier opened. Fog closed the ferry route.\n")
	c := buildCorpus([]*model.Document{a, b})
	edges := gapDP(c, 0, 3, 3, 6, &gapBuf{})
	got := map[[4]int32]bool{}
	for _, e := range edges {
		got[[4]int32{e.A0, e.A1, e.B0, e.B1}] = true
	}
	want := map[[4]int32]bool{{0, 2, 3, 4}: true, {2, 3, 5, 6}: true}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("matches %v, want %v", got, want)
	}
}

// TestAlignGapDPParagraphs: a match never takes in sentences of two
// paragraphs on one side (two chapters, two verses), even where the other
// side says both in one sentence.
func TestAlignGapDPParagraphs(t *testing.T) {
	a := testDoc("a", "Gulls nested on Skerray cliffs.\n\nSeals bred below them in coves. Fog closed the ferry route.\n")
	b := testDoc("b", "Gulls nested on Skerray cliffs and seals bred below them in coves. A new pier opened. Fog closed the ferry route.\n")
	c := buildCorpus([]*model.Document{a, b})
	for _, e := range absorb(c, gapDP(c, 0, 3, 3, 6, &gapBuf{}), [2]int{0, 3}, [2]int{3, 6}) {
		if c.Sents[e.A0].Para != c.Sents[e.A1-1].Para || c.Sents[e.B0].Para != c.Sents[e.B1-1].Para {
			t.Errorf("match %d-%d ~ %d-%d runs over a paragraph break", e.A0, e.A1, e.B0, e.B1)
		}
	}
}

package quote

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

func testStatements(t *testing.T, texts ...string) ([]*model.Document, []model.Statement) {
	t.Helper()
	docs := make([]*model.Document, len(texts))
	for i, s := range texts {
		docs[i] = docOf(t, s)
	}
	sts, err := Statements(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	return docs, sts
}

func TestStatementsMatchAcrossSources(t *testing.T) {
	docs, sts := testStatements(t,
		"Bridge news.\n\nTom Reid said: “The bridge over the Tamar will reopen in May, and the tolls will go.”\n",
		"Bridge news.\n\n“The bridge over the Tamar will reopen in May,” said Tom Reid.\n",
		"Bridge news.\n\nTom Reid said the Tamar bridge would reopen in May.\n",
		"Bridge news.\n\n“The bridge over the Tamar will reopen in May,” said Jo Park.\n",
		"Fish news.\n\n“Fish prices rose sharply at the market,” said Ann Lee.\n",
	)
	if len(sts) != 2 {
		for _, s := range sts {
			for _, q := range s.Quotes {
				t.Logf("statement %d: [%d] %q", s.ID, q.Doc, docs[q.Doc].Slice(q.Span))
			}
		}
		t.Fatalf("%d statements, want 2", len(sts))
	}
	s := sts[0]
	if s.ID != 0 || sts[1].ID != 1 {
		t.Errorf("IDs %d, %d; want 0, 1", s.ID, sts[1].ID)
	}
	if len(s.Quotes) != 4 || len(s.Sources) != 4 {
		t.Fatalf("statement 0 has %d quotations from %d sources, want 4 and 4", len(s.Quotes), len(s.Sources))
	}
	if s.Speaker != "Tom Reid" {
		t.Errorf("speaker %q, want Tom Reid (two of three)", s.Speaker)
	}
	if s.WordingDiffers {
		t.Error("wording differs, but the short quotations are fragments of the long one")
	}
	if !s.SpeakerDiffers {
		t.Error("speaker does not differ, but one source gives the words to Jo Park")
	}
	if !s.KindDiffers {
		t.Error("kind does not differ, but one source only reports the statement")
	}
	if f := sts[1]; f.WordingDiffers || f.SpeakerDiffers || f.KindDiffers || len(f.Sources) != 1 {
		t.Errorf("the unmatched statement has flags or sources: %+v", f)
	}
}

func TestStatementsOtherTranslation(t *testing.T) {
	_, sts := testStatements(t,
		"War news.\n\nPresident Anna Berg said: “The Korean nation should not lose its people in the battles in Europe.”\n",
		"War news.\n\n“The people of North Korea should not be losing their lives in battles in Europe,” said President Anna Berg.\n",
	)
	if len(sts) != 1 {
		t.Fatalf("%d statements, want 1", len(sts))
	}
	if s := sts[0]; !s.WordingDiffers || s.SpeakerDiffers || s.KindDiffers {
		t.Errorf("flags wording %v speaker %v kind %v; want true, false, false", s.WordingDiffers, s.SpeakerDiffers, s.KindDiffers)
	}
}

func TestSameSpeaker(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"zelensky", "zelenskyy", true}, {"tollefsen", "tollefson", true}, {"reid", "reed", false},
		{"putin", "rutte", false}, {"berg", "berg", true},
	} {
		if got := sameSpeaker(c.a, c.b); got != c.want {
			t.Errorf("sameSpeaker(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

func TestAttachCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	cmp := &model.Comparison{Documents: []*model.Document{docOf(t, "A.\n\n“B c d,” said Tom Reid.\n")}}
	if err := Attach(ctx, cmp); err == nil || cmp.Statements != nil {
		t.Errorf("Attach on a cancelled context: err %v, %d statements", err, len(cmp.Statements))
	}
}

// TestMaxDocument: a document longer than MaxDocument is left out, the
// others are read.
func TestMaxDocument(t *testing.T) {
	short := docOf(t, "Bridge news.\n\n“The bridge will reopen in May,” said Tom Reid.\n")
	long := docOf(t, "Bridge news.\n\n“The bridge will reopen in May,” said Tom Reid.\n\n"+strings.Repeat("The river ran on. ", MaxDocument/18+1)+"\n")
	sts, err := Statements(context.Background(), []*model.Document{short, long}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(sts) != 1 || len(sts[0].Quotes) != 1 || sts[0].Quotes[0].Doc != 0 {
		t.Errorf("statements %+v; want one, from the short document only", sts)
	}
}

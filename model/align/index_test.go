package align

import (
	"testing"

	"github.com/parallax-reader/parallax/model"
)

func TestAlignIndexSearch(t *testing.T) {
	a := testDoc("a", "Divers found the wreck of the Kestrel near Skerray.\n\nThe harbour reopened on Monday.\n")
	b := testDoc("b", "The harbour was closed all weekend.\n\nThe Kestrel wreck lies off Skerray, divers said.\n")
	c := testDoc("c", "Divers from Skerray trained all week.\n")
	corpus := buildCorpus([]*model.Document{a, b, c})
	docOf := make([]int32, len(corpus.Sents))
	for i, s := range corpus.Sents {
		docOf[i] = int32(s.Doc)
	}
	s := newAlignSearcher(corpus, buildIndex(corpus, 100), docOf)
	got := s.search(0, 5, nil, nil)
	if len(got) == 0 || got[0].Sent != 3 {
		t.Fatalf("best candidate for the wreck sentence: %+v, want sentence 3", got)
	}
	for _, cd := range got {
		if docOf[cd.Sent] == 0 {
			t.Errorf("candidate %d is in the query's own document", cd.Sent)
		}
	}
	within := [2]int{4, 5}
	for _, cd := range s.search(0, 5, &within, nil) {
		if cd.Sent != 4 {
			t.Errorf("candidate %d outside [4, 5)", cd.Sent)
		}
	}
	// A term too common for the index proposes nothing.
	small := buildIndex(corpus, 1)
	if len(small.Postings) != 0 {
		t.Errorf("maxDF 1 kept %d postings", len(small.Postings))
	}
}

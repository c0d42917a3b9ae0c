package align

import (
	"context"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

// discrepanciesOf aligns the texts and returns the discrepancies of
// every claim: its kind ("variant" for spellings of one name) and the
// values as written.
func discrepanciesOf(t *testing.T, texts ...string) [][]string {
	t.Helper()
	// Other news around each text, so that the words the texts share
	// weigh something.
	others := [][2]string{
		{"The library in Carrow will close for repairs in the spring.", "A choir from Dunmere sang at the opening of the new concert hall."},
		{"Bus fares on the coast road rise by ten pence next month.", "The school in Ellery has planted an orchard behind its playground."},
	}
	var docs []*model.Document
	for i, s := range texts {
		o := others[i%len(others)]
		docs = append(docs, testDoc(string(rune('a'+i)), o[0]+"\n\n"+s+"\n"+o[1]+"\n"))
	}
	claims, err := Claims(context.Background(), docs, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	shared := false
	for _, c := range claims {
		shared = shared || c.Shared()
		for _, d := range c.Discrepancies {
			var vals []string
			for _, v := range d.Values {
				vals = append(vals, v.Text)
			}
			kind := string(d.Kind)
			if d.Variant {
				kind = "variant"
			}
			out = append(out, append([]string{kind}, vals...))
		}
	}
	if !shared {
		t.Fatal("the texts were not matched at all")
	}
	return out
}

// TestDiscrepancyDatelineIsNoValue: the day of the month in a dateline
// is not a count of anything, though a count follows it.
func TestDiscrepancyDatelineIsNoValue(t *testing.T) {
	got := discrepanciesOf(t,
		"FENWICK, Mar 3 (Coast Wire) - Nine walkers were rescued from Hallow Moor on Saturday after a night in deep snow.\n",
		"Eleven walkers were rescued from Hallow Moor on Saturday after they spent a night in deep snow.\n",
	)
	if len(got) != 1 || strings.Join(got[0], " ") != "number Nine Eleven" {
		t.Fatalf("discrepancies %q, want only Nine vs Eleven (walkers)", got)
	}
}

// TestDiscrepancyDayOfMonthIsADate: "14 March" and "March 14" are one
// date, and the 14 counts nothing.
func TestDiscrepancyDayOfMonthIsADate(t *testing.T) {
	got := discrepanciesOf(t,
		"The new lifeboat station at Fenwick harbour opened on 14 March with 30 volunteers.\n",
		"The new lifeboat station at Fenwick harbour opened on March 14 with 30 volunteers.\n",
	)
	if len(got) != 0 {
		t.Fatalf("discrepancies %q, want none", got)
	}
}

// TestDiscrepancySouthIsNotState: two names whose consonants agree by
// chance are not spellings of one name.
func TestDiscrepancySouthIsNotState(t *testing.T) {
	if spellingVariants("south", "state") {
		t.Error(`"South" and "State" taken for spellings of one name`)
	}
	if !spellingVariants("kiev", "kyiv") {
		t.Error(`"Kiev" and "Kyiv" no longer taken for spellings of one name`)
	}
	got := discrepanciesOf(t,
		"Councillors from South Fenwick voted to close the coastal path after the landslip near Orrin Head.\n",
		"Councillors from State Fenwick voted to close the coastal path after the landslip near Orrin Head.\n",
	)
	for _, d := range got {
		if d[0] == "variant" {
			t.Errorf("%q taken for spellings of one name", d[1:])
		}
	}
}

// TestDiscrepancyDatesOfTwoEvents: the day one event happened is not
// compared with the day of another, even inside one claim; the same
// event on two days is.
func TestDiscrepancyDatesOfTwoEvents(t *testing.T) {
	got := discrepanciesOf(t,
		"The trawler Morwen Star lost power off Orrin Head on Tuesday, and her crew of six were lifted off by helicopter.\n",
		"The trawler Morwen Star, which lost power off Orrin Head, was towed into Fenwick on Thursday with her crew of six.\n",
	)
	for _, d := range got {
		if d[0] == "date" {
			t.Errorf("dates of two events compared: %q", d)
		}
	}
	got = discrepanciesOf(t,
		"The trawler Morwen Star lost power off Orrin Head on Tuesday, and her crew of six were lifted off by helicopter.\n",
		"The trawler Morwen Star lost power off Orrin Head on Wednesday, and a helicopter lifted off her crew of six.\n",
	)
	found := false
	for _, d := range got {
		found = found || strings.Join(d, " ") == "date Tuesday Wednesday"
	}
	if !found {
		t.Errorf("discrepancies %q, want Tuesday vs Wednesday", got)
	}
}

// TestOpensSentence: a word capitalised because it opens a sentence is
// told from one capitalised inside it.
func TestOpensSentence(t *testing.T) {
	text := `Fog lay on the bay. "Rescuers came," said Orla Finch (of Carrow).`
	for w, want := range map[string]bool{"Fog": true, "Rescuers": true, "Orla": false, "Finch": false, "Carrow": false} {
		if got := opensSentence(text, 0, strings.Index(text, w)); got != want {
			t.Errorf("%s opens a sentence: %v, want %v", w, got, want)
		}
	}
}

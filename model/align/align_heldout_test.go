package align

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

// heldoutStory reads the sources of a held-out story (the .txt files
// of testdata/heldout/NAME, in name order: a_*, b_*, ...).
func heldoutStory(t *testing.T, name string) []*model.Document {
	t.Helper()
	return readStory(t, filepath.Join("testdata", "heldout", name, "*.txt"))
}

// at names a passage: a document and a piece of its text.
type at struct {
	doc  int
	text string
}

// TestAlignHeldout runs the aligner on the held-out stories (fictional,
// written for the project and annotated in their gold.json before the
// aligner was tried on them; scripts/eval-heldout.sh scores them) and
// checks facts that are plainly one, and plainly not.
func TestAlignHeldout(t *testing.T) {
	for _, c := range []struct {
		story      string
		same, diff [][2]at
		unique     []at // reported by one source only
	}{
		{
			story: "fire",
			same: [][2]at{
				{{0, "Two workers were taken to hospital"}, {1, "Two employees were treated in hospital"}},
				{{0, "Two workers were taken to hospital"}, {2, "Two people were taken to hospital"}},
				{{0, "told to keep their windows"}, {2, "urged to keep their windows closed"}},
			},
			diff: [][2]at{
				{{0, "Two workers were taken to hospital"}, {1, "completely engulfed"}},
				{{1, "Two employees were treated"}, {1, "Quay Road and two"}},
				{{2, "Two people were taken"}, {2, "Local councillor Owen Bright"}},
			},
			unique: []at{{1, "destroyed a boatyard in 2019"}, {2, "damp down hot spots"}},
		},
		{
			story: "theft",
			same: [][2]at{
				{{0, "she was \"heartbroken\""}, {1, "We are heartbroken"}},
				{{0, "she was \"heartbroken\""}, {3, "she was devastated"}},
				{{0, "saw a dark van"}, {1, "A dark-coloured van was seen"}},
				{{0, "has been stolen from the Linden Gallery"}, {1, "stole a valuable painting from the Linden Gallery"}},
			},
			diff: [][2]at{
				{{0, "she was \"heartbroken\""}, {0, "saw a dark van"}},
				{{1, "We are heartbroken"}, {1, "A dark-coloured van"}},
			},
			unique: []at{{1, "In 2015 two men were arrested"}, {2, "Varga, who died in 1890"}},
		},
		{
			story: "rescue",
			same: [][2]at{
				{{0, "suffering from hypothermia"}, {1, "treated for hypothermia"}},
				{{0, "suffering from hypothermia"}, {2, "taken to hospital with hypothermia"}},
				{{0, "reached the hikers at around 2am"}, {1, "located shortly after 2am"}},
				{{0, "Four walkers have been rescued"}, {1, "Four young hikers"}},
			},
			diff: [][2]at{
				{{0, "suffering from hypothermia"}, {0, "reached the hikers"}},
				{{1, "treated for hypothermia"}, {1, "located shortly after 2am"}},
			},
			unique: []at{{2, "relies on donations"}},
		},
	} {
		t.Run(c.story, func(t *testing.T) {
			docs := heldoutStory(t, c.story)
			claims, err := Claims(context.Background(), docs, nil)
			if err != nil {
				t.Fatal(err)
			}
			checkPartition(t, docs, claims)
			claimOf := func(a at) int {
				i := claimOf(docs, claims, a.doc, a.text)
				if i < 0 {
					t.Fatalf("%q (doc %d) is in no claim", a.text, a.doc)
				}
				return i
			}
			for _, s := range c.same {
				if a, b := claimOf(s[0]), claimOf(s[1]); a != b {
					t.Errorf("%q and %q are in claims %d and %d, want one claim", s[0].text, s[1].text, a, b)
				}
			}
			for _, s := range c.diff {
				if a, b := claimOf(s[0]), claimOf(s[1]); a == b {
					t.Errorf("%q and %q are both in claim %d, want two claims", s[0].text, s[1].text, a)
				}
			}
			for _, u := range c.unique {
				if cl := claims[claimOf(u)]; cl.Shared() {
					t.Errorf("%q is in a claim of %d sources, want a claim of its own", u.text, len(cl.Sources))
				}
			}
		})
	}
}

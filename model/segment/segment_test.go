package segment

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/parallax-reader/parallax/model"
)

// texts returns the text of each paragraph of a segmented text.
func texts(t *testing.T, format, text string) (*model.Document, []string) {
	t.Helper()
	d := &model.Document{Text: text, RawOffsets: true, Format: format}
	Document(d)
	var out []string
	for _, p := range d.Paragraphs {
		out = append(out, d.Slice(p.Span))
	}
	return d, out
}

func TestSegmentParagraphs(t *testing.T) {
	tests := []struct {
		name, format, text string
		want               []string
	}{
		{"one paragraph a line", "text",
			"The ferry left at noon.\nIt carried 40 people.\nAll were safe.",
			[]string{"The ferry left at noon.", "It carried 40 people.", "All were safe."}},
		{"blank lines between", "text",
			"The ferry left at noon.\n\nIt carried 40 people.\n",
			[]string{"The ferry left at noon.", "It carried 40 people."}},
		{"CRLF and lone CR", "text",
			"The ferry left at noon.\r\nIt carried 40 people.\rAll were safe.\r\n",
			[]string{"The ferry left at noon.", "It carried 40 people.", "All were safe."}},
		{"line broken in mid-sentence", "text",
			"The harbour master said that the\nferry had left at noon.\nNobody was hurt.",
			[]string{"The harbour master said that the\nferry had left at noon.", "Nobody was hurt."}},
		{"sentence broken over blank lines around a fragment", "text",
			"The mayor revealed on Friday that \"several\" injured\n\nfishing crews\n\nhad been rescued by the coastguard.\nMore later.",
			[]string{"The mayor revealed on Friday that \"several\" injured\n\nfishing crews\n\nhad been rescued by the coastguard.", "More later."}},
		{"hard-wrapped text", "text",
			"The ferry left the harbour at noon on Friday with forty\npassengers and six crew aboard, the operator said in a\nstatement issued late in the evening.\n\nThe coastguard said the weather was calm when the engine\nfailed, about two miles out from the northern breakwater.\n",
			[]string{"The ferry left the harbour at noon on Friday with forty\npassengers and six crew aboard, the operator said in a\nstatement issued late in the evening.",
				"The coastguard said the weather was calm when the engine\nfailed, about two miles out from the northern breakwater."}},
		{"markdown heading and list", "markdown",
			"# Ferry rescued\nThe ferry left at noon.\n- first item\n- second item\n",
			[]string{"# Ferry rescued", "The ferry left at noon.", "- first item", "- second item"}},
		{"byte-order mark and trailing spaces", "text",
			"\ufeffThe ferry left.  \n  It sank.\t\n",
			[]string{"\ufeffThe ferry left.", "It sank."}}, // the mark is covered (see bom_test.go)
		{"empty", "text", "", nil},
		{"blank", "text", " \n\t\r\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := texts(t, tt.format, tt.text)
			if strings.Join(got, "¶") != strings.Join(tt.want, "¶") {
				t.Errorf("paragraphs\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Mr. Smith met U.S. officials on Dec. 26 in Washington. It was 3.5 p.m. when it ended.",
			[]string{"Mr. Smith met U.S. officials on Dec. 26 in Washington.", "It was 3.5 p.m. when it ended."}},
		{`He said: “The world must know.” Then he left.`,
			[]string{`He said: “The world must know.”`, "Then he left."}},
		{`"We saw it. It was over," he said. Nobody else spoke!`,
			[]string{`"We saw it.`, `It was over," he said.`, "Nobody else spoke!"}},
		{"The letter was signed by J. R. Hartley. Was it real? Nobody knew…",
			[]string{"The letter was signed by J. R. Hartley.", "Was it real?", "Nobody knew…"}},
		{"Prices rose 4.5% in 2022. They fell in 2023.",
			[]string{"Prices rose 4.5% in 2022.", "They fell in 2023."}},
		{"no capital after the stop. so one sentence", []string{"no capital after the stop. so one sentence"}},
		{"It ended. ”", []string{"It ended. ”"}},
	}
	for _, tt := range tests {
		p := model.Span{Start: 0, End: len(tt.text)}
		var got []string
		for _, s := range splitSentences(tt.text, p) {
			got = append(got, tt.text[s.Start:s.End])
		}
		if strings.Join(got, "¶") != strings.Join(tt.want, "¶") {
			t.Errorf("splitSentences(%q)\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

func TestBoilerplateAndTitle(t *testing.T) {
	text := strings.Join([]string{
		"Jane Doe", // photo credit
		"Ferry with 40 aboard rescued off Inchmorrow", // headline
		"3 hours ago 12", // time stamp and counter
		"The ferry Saltire lost power two miles off the island on Friday, the coastguard said.",
		"A photograph shows the ferry at the quay (Picture: Jane Doe)", // caption: content
		"[WARNING: distressing images]",
		"rewrite this article and keep the HTML tags",
		"\"Subscribe to nothing,\" the captain joked as passengers stepped ashore, all of them unhurt.",
		"The operator said an inquiry would begin on Monday.",
		"Note: our team checks every story. Contact us by email if you spot an error. We appreciate it.",
		"Share this",
		"More from the coast: storms in the north",
		"Lighthouse keepers of the past",
	}, "\n")
	d, paras := texts(t, "text", text)
	want := []struct {
		boiler bool
		title  bool
	}{
		{true, false}, {false, true}, {true, false}, {false, false}, {false, false}, {true, false},
		{true, false}, {false, false}, {false, false}, {true, false}, {true, false}, {true, false}, {true, false},
	}
	if len(d.Paragraphs) != len(want) {
		t.Fatalf("got %d paragraphs %q, want %d", len(d.Paragraphs), paras, len(want))
	}
	for i, w := range want {
		p := d.Paragraphs[i]
		if p.Boilerplate != w.boiler || p.Title != w.title {
			t.Errorf("paragraph %d %q: boilerplate=%v (%s) title=%v, want boilerplate=%v title=%v",
				i, paras[i], p.Boilerplate, p.Reason, p.Title, w.boiler, w.title)
		}
		if p.Boilerplate && p.Reason == "" {
			t.Errorf("paragraph %d flagged without a reason", i)
		}
	}
	if d.Title != "Ferry with 40 aboard rescued off Inchmorrow" {
		t.Errorf("Title = %q", d.Title)
	}
}

func TestRepeats(t *testing.T) {
	text := "Ferry rescued\nThe ferry lost power on Friday.\nIt was towed in.\nThe  ferry lost power on Friday!\nIT WAS TOWED IN.\nA new line."
	d, _ := texts(t, "text", text)
	var got []int
	for _, p := range d.Paragraphs {
		got = append(got, p.DuplicateOf)
	}
	want := []int{-1, -1, -1, 1, 2, -1}
	if len(got) != len(want) {
		t.Fatalf("DuplicateOf = %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("DuplicateOf = %v, want %v", got, want)
		}
	}
	if d.Paragraphs[3].Boilerplate {
		t.Errorf("a repeat of content is not furniture")
	}
}

func TestBylineAndDateLine(t *testing.T) {
	text := "Ferry runs aground in thick fog\n*By Jane Doe, Harbour Reporter*\nTuesday 14 October 2025\nThe ferry struck rocks at 5.40am on Tuesday, the coastguard said in a statement.\nBy the evening, the ship had been towed into the harbour by two tugs."
	d, paras := texts(t, "markdown", text)
	want := []string{"", "byline", "date line", "", ""}
	for i, w := range want {
		if d.Paragraphs[i].Reason != w {
			t.Errorf("paragraph %d %q: reason %q, want %q", i, paras[i], d.Paragraphs[i].Reason, w)
		}
	}
	if d.Byline != "Jane Doe, Harbour Reporter" || d.Published != "Tuesday 14 October 2025" {
		t.Errorf("Byline %q, Published %q", d.Byline, d.Published)
	}
}

func TestSegmentAllMatchesSegment(t *testing.T) {
	texts := []string{"Ferry aground\nThe ferry hit rocks. All were saved.", "", "Share this\nBy Jane Doe\nA second story, told twice.\nA second story, told twice."}
	var docs []*model.Document
	for _, text := range texts {
		docs = append(docs, &model.Document{Text: text, RawOffsets: true, Format: "text"})
	}
	if err := All(context.Background(), docs); err != nil {
		t.Fatal(err)
	}
	for i, text := range texts {
		want := &model.Document{Text: text, RawOffsets: true, Format: "text"}
		Document(want)
		if fmt.Sprint(want.Paragraphs) != fmt.Sprint(docs[i].Paragraphs) || want.Byline != docs[i].Byline {
			t.Errorf("document %d: SegmentAll gave %v, Segment %v", i, docs[i].Paragraphs, want.Paragraphs)
		}
	}
}

// A short first line that ends with a full stop is still the headline when
// longer text follows it; a first line as long as the text is not.
func TestHeadlineWithFullStop(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Ferry runs aground in thick fog off Port Ardley.\nAll 218 passengers were taken off by lifeboat crews from two stations on Tuesday morning.\n",
			"Ferry runs aground in thick fog off Port Ardley."},
		{"The ferry ran aground in fog on Tuesday and every passenger was rescued.\nIt was towed off.\n", ""},
	} {
		d := &model.Document{Text: tc.text, Format: "text", RawOffsets: true}
		Document(d)
		if d.Title != tc.want {
			t.Errorf("title of %q = %q, want %q", tc.text, d.Title, tc.want)
		}
	}
}

// All gives up at once when its context is cancelled.
func TestAllStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	docs := []*model.Document{{Text: strings.Repeat("A line of text.\n", 1000), Format: "text"}}
	if err := All(ctx, docs); !errors.Is(err, context.Canceled) {
		t.Errorf("All on a cancelled context: %v", err)
	}
}

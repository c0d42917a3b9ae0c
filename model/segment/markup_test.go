package segment

import (
	"testing"

	"github.com/parallax-reader/parallax/model"
)

func TestMarkup(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# Fog blamed as ferry grounds", "Fog blamed as ferry grounds"},
		{"*By Rhiannon Price, Ardley Evening Post*", "By Rhiannon Price, Ardley Evening Post"},
		{"**Read more:** [Winter timetable](https://example.org/a) now", "Read more: Winter timetable(https://example.org/a) now"},
		{"> A quoted line with _stress_ on it", "A quoted line with stress on it"},
		{"- a bullet stays", "- a bullet stays"},
		{"* a star bullet stays", "* a star bullet stays"},
		{"snake_case_name and 5 * 3 stay", "snake_case_name and 5 * 3 stay"},
		{"no markup at all.", "no markup at all."},
	}
	for _, tt := range tests {
		d := &model.Document{Text: tt.in, Markup: Markup(tt.in)}
		got := d.Plain(model.Span{Start: 0, End: len(tt.in)}, true)
		if got != tt.want {
			t.Errorf("without the markup of %q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// Without addresses: what the Markdown report quotes.
func TestMarkupWithoutAddresses(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# Fog blamed as ferry grounds", "Fog blamed as ferry grounds"},
		{"## Title ##", "Title"},
		{"*By Rhiannon Price, 14 October*", "By Rhiannon Price, 14 October"},
		{"**Read more:** [Winter timetable](https://x.example/a)", "Read more: Winter timetable"},
		{"![A lifeboat at the quay](boat.jpg \"caption\")", "A lifeboat at the quay"},
		{"> quoted line\n> and its second line", "quoted line\nand its second line"},
		{"> > a quote in a quote", "a quote in a quote"},
		{"5 * 3 stays, and so does a lone *", "5 * 3 stays, and so does a lone *"},
		{"snake_case_name stays", "snake_case_name stays"},
		{"_whole thing_", "whole thing"},
		{"    indented code keeps *stars*", "    indented code keeps *stars*"},
	}
	for _, tt := range tests {
		d := &model.Document{Text: tt.in, Markup: Markup(tt.in)}
		if got := d.Plain(model.Span{Start: 0, End: len(tt.in)}, false); got != tt.want {
			t.Errorf("without the markup of %q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

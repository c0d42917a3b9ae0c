package segment

import "testing"

func TestMarkupSpans(t *testing.T) {
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
		got, prev := "", 0
		for _, sp := range MarkupSpans(tt.in) {
			got += tt.in[prev:sp.Start]
			prev = sp.End
		}
		got += tt.in[prev:]
		if got != tt.want {
			t.Errorf("without the markup of %q:\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

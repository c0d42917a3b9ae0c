package model

import "testing"

func TestLabel(t *testing.T) {
	for _, tc := range []struct {
		d    Document
		want string
	}{
		{Document{Outlet: "BBC", Path: "story.html"}, "BBC"},
		{Document{Path: "-"}, "standard input"},
		{Document{Path: "dir/harbour.txt"}, "harbour.txt"},
		{Document{Path: "../x/97566c0a4be1d2f3e4a5b6c7d8e9f0_1.txt"}, "97566c0a4be…d8e9f0_1.txt"},
		{Document{Path: "../x/97566c0a4be1d2f3e4a5b6c7d8e9f0_2.txt"}, "97566c0a4be…d8e9f0_2.txt"},
	} {
		if got := tc.d.Label(); got != tc.want {
			t.Errorf("Label(%+v) = %q, want %q", tc.d, got, tc.want)
		}
	}
	if got := ShortenMiddle("ééééééééééééééééééééééééééééé", 5); got != "éé…éé" {
		t.Errorf("ShortenMiddle counts characters, not bytes: %q", got)
	}
}

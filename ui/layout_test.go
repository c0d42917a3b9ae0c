package ui

import (
	"reflect"
	"testing"
)

func TestPaneCount(t *testing.T) {
	tests := []struct{ width, docs, want int }{
		{160, 5, 5},
		{160, 2, 2},
		{155, 5, 5},
		{154, 5, 5},
		{153, 5, 4},
		{70, 5, 2},
		{61, 5, 2},
		{60, 5, 1},
		{40, 5, 1},
		{20, 5, 1},
		{200, 0, 1},
		{400, 9, 9},
	}
	for _, tt := range tests {
		if got := PaneCount(tt.width, tt.docs); got != tt.want {
			t.Errorf("PaneCount(%d, %d) = %d, want %d", tt.width, tt.docs, got, tt.want)
		}
	}
}

func TestComputeLayout(t *testing.T) {
	tests := []struct {
		name           string
		w, h, panes    int
		hidden, claims bool
		want           Layout
	}{
		{name: "too narrow", w: 39, h: 40, panes: 1, want: Layout{TooSmall: true}},
		{name: "too short", w: 100, h: 9, panes: 2, want: Layout{TooSmall: true}},
		{name: "tiny", w: 20, h: 6, panes: 1, want: Layout{TooSmall: true}},
		{
			name: "two panes", w: 70, h: 18, panes: 2,
			want: Layout{
				Panes:  []Rect{{0, 0, 35, 16}, {36, 0, 34, 16}},
				Main:   Rect{0, 0, 70, 16},
				Status: Rect{0, 16, 70, 1},
				Help:   Rect{0, 17, 70, 1},
			},
		},
		{
			name: "hidden sources line", w: 70, h: 18, panes: 2, hidden: true,
			want: Layout{
				Sources: Rect{0, 0, 70, 1},
				Panes:   []Rect{{0, 1, 35, 15}, {36, 1, 34, 15}},
				Main:    Rect{0, 1, 70, 15},
				Status:  Rect{0, 16, 70, 1},
				Help:    Rect{0, 17, 70, 1},
			},
		},
		{
			name: "claims take over a short screen", w: 70, h: 18, panes: 2, claims: true,
			want: Layout{
				Main:   Rect{0, 0, 70, 16},
				Claims: Rect{0, 0, 70, 16},
				Status: Rect{0, 16, 70, 1},
				Help:   Rect{0, 17, 70, 1},
			},
		},
		{
			name: "claims share a tall screen", w: 160, h: 45, panes: 5, claims: true,
			want: Layout{
				Panes: []Rect{
					{0, 0, 32, 26}, {33, 0, 31, 26}, {65, 0, 31, 26},
					{97, 0, 31, 26}, {129, 0, 31, 26},
				},
				Main:   Rect{0, 0, 160, 43},
				Claims: Rect{0, 26, 160, 17},
				Status: Rect{0, 43, 160, 1},
				Help:   Rect{0, 44, 160, 1},
			},
		},
		{
			name: "minimum", w: 40, h: 10, panes: 1,
			want: Layout{
				Panes:  []Rect{{0, 0, 40, 8}},
				Main:   Rect{0, 0, 40, 8},
				Status: Rect{0, 8, 40, 1},
				Help:   Rect{0, 9, 40, 1},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ComputeLayout(tt.w, tt.h, tt.panes, tt.hidden, tt.claims)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("ComputeLayout(%d, %d, %d, %v, %v)\n got %+v\nwant %+v",
					tt.w, tt.h, tt.panes, tt.hidden, tt.claims, got, tt.want)
			}
		})
	}
}

func TestLayoutPanesFillWidth(t *testing.T) {
	for w := MinWidth; w <= 300; w++ {
		for docs := 1; docs <= 7; docs++ {
			n := PaneCount(w, docs)
			l := ComputeLayout(w, 30, n, false, false)
			total := len(l.Panes) - 1
			for _, p := range l.Panes {
				if p.W < PaneMinWidth && n > 1 {
					t.Fatalf("width %d, %d docs: pane %d wide", w, docs, p.W)
				}
				total += p.W
			}
			if total != w {
				t.Fatalf("width %d, %d docs: panes cover %d columns", w, docs, total)
			}
			last := l.Panes[len(l.Panes)-1]
			if last.X+last.W != w {
				t.Fatalf("width %d: last pane ends at %d", w, last.X+last.W)
			}
		}
	}
}

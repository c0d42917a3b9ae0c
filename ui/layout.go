package ui

// Rect is a rectangle of terminal cells.
type Rect struct {
	X, Y, W, H int
}

// Empty reports whether the rectangle has no cells.
func (r Rect) Empty() bool { return r.W <= 0 || r.H <= 0 }

// Sizes below which the reading room does not draw.
const (
	// MinWidth and MinHeight are the smallest usable terminal.
	MinWidth  = 40
	MinHeight = 10
	// PaneMinWidth is the narrowest a pane may be.
	PaneMinWidth = 30
	// paneHeaderHeight is the lines a pane's header takes (title, source,
	// counts, rule).
	paneHeaderHeight = 4
	// claimsSplitHeight is the terminal height from which the claims list
	// shares the screen with the panes instead of taking it over.
	claimsSplitHeight = 24
)

// Layout is where each part of the screen goes.
type Layout struct {
	// TooSmall is set when the terminal is below MinWidth×MinHeight; no
	// other field is then meaningful.
	TooSmall bool
	// Sources is the line listing sources not shown in any pane (empty
	// when every source has a pane).
	Sources Rect
	// Panes are the side-by-side panes, left to right, separated by one
	// column each.
	Panes []Rect
	// Main is the area the panes (and the claims list) share; the full
	// help is drawn over it.
	Main Rect
	// Claims is the claims list when it is open, else empty.
	Claims Rect
	// Status and Help are the bottom two lines.
	Status Rect
	Help   Rect
}

// PaneCount is how many panes fit side by side in width for docs sources:
// at least one, at most one per source.
func PaneCount(width, docs int) int {
	n := (width + 1) / (PaneMinWidth + 1)
	if n > docs {
		n = docs
	}
	if n < 1 {
		n = 1
	}
	return n
}

// ComputeLayout places the parts of the screen for a width×height terminal
// with panes panes. hidden says whether some sources have no pane (a line
// then lists them); claims whether the claims list is open.
func ComputeLayout(width, height, panes int, hidden, claims bool) Layout {
	if width < MinWidth || height < MinHeight {
		return Layout{TooSmall: true}
	}
	if panes < 1 {
		panes = 1
	}
	var l Layout
	y := 0
	if hidden {
		l.Sources = Rect{0, 0, width, 1}
		y = 1
	}
	l.Status = Rect{0, height - 2, width, 1}
	l.Help = Rect{0, height - 1, width, 1}
	l.Main = Rect{0, y, width, height - 2 - y}

	paneArea := l.Main
	if claims {
		if l.Main.H >= claimsSplitHeight-2 {
			ch := l.Main.H * 2 / 5
			paneArea.H = l.Main.H - ch
			l.Claims = Rect{0, paneArea.Y + paneArea.H, width, ch}
		} else {
			l.Claims = l.Main
			return l
		}
	}
	l.Panes = splitColumns(paneArea, panes)
	return l
}

// splitColumns cuts r into n columns separated by one blank column; the
// leftmost columns take the cells that do not divide evenly.
func splitColumns(r Rect, n int) []Rect {
	avail := r.W - (n - 1)
	base, extra := avail/n, avail%n
	out := make([]Rect, n)
	x := r.X
	for i := range out {
		w := base
		if i < extra {
			w++
		}
		out[i] = Rect{x, r.Y, w, r.H}
		x += w + 1
	}
	return out
}

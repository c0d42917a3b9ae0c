package ui

// listView is the selection and scroll position of a list panel (the
// claims list, the quotes list).
type listView struct {
	sel int // the selected item
	top int // the first item in view
}

// moveBy moves the selection by n of count items, rows of them in view.
func (l *listView) moveBy(n, count, rows int) {
	if count == 0 {
		return
	}
	l.sel = min(max(l.sel+n, 0), count-1)
	l.keepInView(count, rows)
}

// keepInView scrolls so that the selection is among the rows in view.
func (l *listView) keepInView(count, rows int) {
	if l.sel < l.top {
		l.top = l.sel
	}
	if l.sel >= l.top+rows {
		l.top = l.sel - rows + 1
	}
	l.top = max(min(l.top, count-rows), 0)
}

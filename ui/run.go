package ui

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
)

// Run shows the reading room until the reader quits. It loads with
// opts.Load while showing progress; q and ctrl+c, during loading too, end
// it with a nil error. The terminal is restored on the way out, also after
// a panic (which is then returned as an error). A failed load is returned
// as it is.
func Run(ctx context.Context, opts Options) error {
	app := newApp(ctx, opts)
	popts := []tea.ProgramOption{tea.WithContext(ctx)}
	if opts.NoColor {
		// No colour, but underline, strikethrough and reverse still show.
		popts = append(popts, tea.WithColorProfile(colorprofile.Ascii))
	}
	_, err := tea.NewProgram(app, popts...).Run()
	app.cancel()
	if app.err != nil {
		return app.err
	}
	if errors.Is(err, tea.ErrInterrupted) {
		return nil
	}
	return err
}

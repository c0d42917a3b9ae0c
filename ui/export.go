package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/parallax-reader/parallax/model/report"
)

// defaultExportFile is offered by e when Options.ExportPath is empty.
const defaultExportFile = "parallax-report.md"

// exportedMsg says how writing the report went.
type exportedMsg struct {
	path string
	err  error
}

// defaultExportPath is the file name e offers.
func (a *App) defaultExportPath() string {
	if a.opts.ExportPath != "" {
		return a.opts.ExportPath
	}
	return defaultExportFile
}

// expandHome turns a leading "~" or "~/" of a path typed in the export
// prompt into the home folder, as a shell would.
func expandHome(path string) string {
	if path != "~" && !strings.HasPrefix(path, "~/") {
		return path
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return path
	}
	return filepath.Join(home, path[1:])
}

// exportCmd writes the Markdown report to path, outside Update.
func (a *App) exportCmd(path string, force bool) tea.Cmd {
	path = expandHome(path)
	cmp := a.ix.cmp
	a.note("writing " + path + "…")
	return func() tea.Msg {
		return exportedMsg{path, report.ExportMarkdownFile(path, cmp, force)}
	}
}

// exported reports where the report went, or asks whether to overwrite.
func (a *App) exported(msg exportedMsg) {
	switch {
	case errors.Is(msg.err, fs.ErrExist):
		a.exportPath = msg.path
		a.prompt = promptOverwrite
	case msg.err != nil:
		a.fail("export failed: " + oneLine(msg.err.Error()))
	default:
		where := msg.path
		if abs, err := filepath.Abs(msg.path); err == nil {
			where = abs
		}
		a.note("wrote the report to " + oneLine(where))
	}
}

package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/pprof"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/align"
	"github.com/parallax-reader/parallax/model/quote"
	"github.com/parallax-reader/parallax/model/report"
	"github.com/parallax-reader/parallax/model/segment"
	"github.com/parallax-reader/parallax/model/source"
	"github.com/parallax-reader/parallax/sample"
)

// config is what the command line asked for.
type config struct {
	sources   []string
	json      bool
	export    string
	force     bool
	timestamp bool
	timeout   time.Duration
	// names are the --name NAME=SOURCE options, as given.
	names []string
	// cpuProfile, when set, is where a CPU profile of the run is written.
	cpuProfile string
	// restoreMemory puts back the memory limit a report run set (see
	// setMemoryBudget); nil when none was set.
	restoreMemory func()

	stdin          io.Reader
	stdout, stderr io.Writer
}

// run reads every source first, so that a source that cannot be used stops
// parallax before anything is written or drawn; then it writes the report
// asked for, or opens the reader.
func (c *config) run(ctx context.Context) error {
	if c.json && c.export != "" {
		return usageError{errors.New("--json and --export cannot be used together")}
	}
	if c.cpuProfile != "" {
		f, err := os.Create(c.cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	names, err := c.parseNames()
	if err != nil {
		return err
	}
	defer func() {
		if c.restoreMemory != nil {
			c.restoreMemory()
		}
	}()
	docs, err := c.readSources(ctx)
	if err != nil {
		return err
	}
	for i, d := range docs {
		if i < len(c.sources) {
			if n, ok := names[c.sources[i]]; ok {
				d.Outlet = n
			}
		}
	}
	for _, d := range docs {
		for _, w := range d.Warnings {
			fmt.Fprintln(c.stderr, "parallax: warning: "+model.SafeText(oneLine(w)))
		}
	}
	switch {
	case c.export != "":
		return c.writeExport(ctx, docs)
	case c.json || !isTerminal(c.stdout):
		return c.writeJSON(ctx, docs)
	}
	return c.openReader(ctx, docs)
}

// batch reports whether parallax writes a report (--export, --json, or
// standard output not a terminal) rather than opening the reader.
func (c *config) batch() bool { return c.export != "" || c.json || !isTerminal(c.stdout) }

// errInterrupted is what an interrupt (ctrl+c, SIGTERM) ends parallax
// with, at any stage: exit status 130, nothing half-written.
var errInterrupted = errors.New("interrupted")

// readSources reads and segments the sources, or the built-in sample when
// none is given.
func (c *config) readSources(ctx context.Context) ([]*model.Document, error) {
	var docs []*model.Document
	if len(c.sources) == 0 {
		for _, f := range sample.Files() {
			d, err := source.FromBytes(f.Name, f.Data)
			if err != nil {
				return nil, err
			}
			docs = append(docs, d)
		}
	} else {
		stdinUsed := false
		for _, src := range c.sources {
			if src == "-" {
				if stdinUsed {
					return nil, usageError{errors.New("- (standard input) can be given only once")}
				}
				stdinUsed = true
			}
			d, err := source.Read(ctx, src, source.Options{Stdin: c.stdin, Timeout: c.timeout})
			if err != nil {
				if ctx.Err() != nil {
					return nil, errInterrupted
				}
				return nil, err
			}
			docs = append(docs, d)
		}
	}
	if c.batch() {
		c.restoreMemory = setMemoryBudget(docs)
	}
	if err := segment.All(ctx, docs); err != nil {
		return nil, errInterrupted
	}
	return docs, nil
}

// compare aligns the documents, showing progress on standard error when it
// is a terminal. An interrupt (ctrl+c) cancels ctx and stops it cleanly.
func (c *config) compare(ctx context.Context, docs []*model.Document) (*model.Comparison, error) {
	var progress model.Progress
	if isTerminal(c.stderr) {
		p := newStderrProgress(c.stderr)
		defer p.clear()
		progress = p.report
	}
	quotes := quote.Start(ctx, docs) // found while align works
	cmp, err := align.Compare(ctx, docs, progress)
	if err == nil {
		err = quotes.Attach(ctx, cmp)
	}
	if err != nil && ctx.Err() != nil {
		return nil, errInterrupted
	}
	return cmp, err
}

// writeJSON prints the JSON report. It is spooled first (see spool) so
// that a failure never leaves half a report on standard output.
func (c *config) writeJSON(ctx context.Context, docs []*model.Document) error {
	cmp, err := c.compare(ctx, docs)
	if err != nil {
		return err
	}
	buf := spool{ctx: ctx}
	defer buf.close()
	if err := report.WriteJSON(&buf, cmp); err != nil {
		if ctx.Err() != nil {
			return errInterrupted
		}
		return err
	}
	if ctx.Err() != nil {
		return errInterrupted // nothing written: no half report
	}
	return buf.copyTo(c.stdout)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(f.Fd())
}

// parseNames checks the --name options against the sources given and
// returns the name of each source named.
func (c *config) parseNames() (map[string]string, error) {
	names := map[string]string{}
	for _, opt := range c.names {
		name, src, ok := strings.Cut(opt, "=")
		name = strings.Join(strings.Fields(name), " ")
		if !ok || name == "" || src == "" {
			return nil, usageError{fmt.Errorf("--name wants NAME=SOURCE, as in -n BBC=story.html; got %q", model.SafeText(opt))}
		}
		if !slices.Contains(c.sources, src) {
			return nil, usageError{fmt.Errorf("--name %s: %s is not one of the sources given", model.SafeText(name), model.SafeText(src))}
		}
		names[src] = name
	}
	return names, nil
}

// Command parallax compares several outlets' reports of one story: it
// finds the passages that report the same fact, however worded and in
// whatever order, and shows them side by side, or writes the comparison as
// JSON or Markdown.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"syscall"

	"charm.land/fang/v2"
	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/source"
	"github.com/spf13/cobra"
)

// version is stamped at build time with
// -ldflags "-X main.version=v1.2.3"; otherwise fang falls back to the
// module version in the build information.
var version = ""

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit status.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cfg := &config{stdin: stdin, stdout: stdout, stderr: stderr}
	root := newRootCommand(cfg)
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	opts := []fang.Option{
		fang.WithErrorHandler(func(w io.Writer, _ fang.Styles, err error) {
			fmt.Fprintln(w, "parallax: "+model.SafeText(oneLine(err.Error())))
		}),
		fang.WithNotifySignal(os.Interrupt, syscall.SIGTERM),
	}
	if v, commit := buildVersion(); v != "" {
		opts = append(opts, fang.WithVersion(v), fang.WithCommit(commit))
	}
	if err := fang.Execute(ctx, root, opts...); err != nil {
		var ue usageError
		if errors.As(err, &ue) || isCobraUsageError(err) {
			return 2
		}
		if errors.Is(err, errInterrupted) {
			return 130
		}
		return 1
	}
	return 0
}

// buildVersion is the version stamped with -ldflags, else the module
// version that `go install` records, else "devel" with the commit the
// binary was built from when the build recorded one. An empty version lets
// fang say it is unknown.
func buildVersion() (v, commit string) {
	info, ok := debug.ReadBuildInfo()
	if ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" {
				commit = s.Value
			}
		}
	}
	switch {
	case version != "":
		return version, commit
	case ok && info.Main.Version != "" && info.Main.Version != "(devel)":
		return info.Main.Version, commit
	case commit != "":
		return "devel", commit
	}
	return "", ""
}

// usageError marks a mistake in how parallax was called (exit status 2).
type usageError struct{ error }

func (e usageError) Unwrap() error { return e.error }

// isCobraUsageError recognises the argument errors cobra reports itself.
func isCobraUsageError(err error) bool {
	s := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// oneLine folds a message onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func newRootCommand(cfg *config) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "parallax [flags] [SOURCE...]",
		Short: "Compare how several outlets report the same story",
		Long: `parallax reads several reports of one story and shows them side by side: the passages that report the same fact (however worded, in whatever order), word-level differences between them, which sources report each claim, what only one source says, and numbers, names and dates that disagree.

A SOURCE is a file (plain text, Markdown or HTML), - for standard input, or an http(s):// URL. With no SOURCE, parallax opens its built-in sample.

When standard output is not a terminal, or with --json, parallax prints the JSON report instead of opening the reader; --export writes Markdown.`,
		Example: `  parallax                                  # the built-in sample
  parallax a.txt b.html https://example.org/story -
  parallax --json a.txt b.txt > report.json
  parallax --export report.md a.txt b.txt c.txt`,
		Args:          cobra.ArbitraryArgs,
		SilenceUsage:  true,
		SilenceErrors: true,
		RunE: func(cmd *cobra.Command, args []string) error {
			cfg.sources = args
			return cfg.run(cmd.Context())
		},
	}
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	f := cmd.Flags()
	f.BoolVar(&cfg.json, "json", false, "print the JSON report on standard output")
	f.StringVarP(&cfg.export, "export", "o", "", "write the comparison as Markdown to FILE (- for standard output)")
	f.BoolVarP(&cfg.force, "force", "f", false, "let --export overwrite an existing file")
	f.BoolVar(&cfg.timestamp, "timestamp", false, "put the current time in the Markdown export")
	f.StringArrayVarP(&cfg.names, "name", "n", nil, "call a source NAME: NAME=SOURCE, as in -n BBC=story.html (repeatable)")
	f.DurationVar(&cfg.timeout, "timeout", source.DefaultTimeout, "give up on a URL after this long")
	f.StringVar(&cfg.cpuProfile, "cpuprofile", "", "write a CPU profile to FILE (for development)")
	_ = f.MarkHidden("cpuprofile")
	return cmd
}

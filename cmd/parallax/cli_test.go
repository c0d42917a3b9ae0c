package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// cliBuild builds the parallax binary into a temporary directory.
func cliBuild(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "parallax")
	out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("building parallax: %v\n%s", err, out)
	}
	return bin
}

// cliResult is what one run of the binary did.
type cliResult struct {
	code           int
	stdout, stderr []byte
}

// cliRun runs the binary with args in dir, with stdin as standard input.
func cliRun(t *testing.T, bin, dir, stdin string, args ...string) cliResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Stdin = strings.NewReader(stdin)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var exit *exec.ExitError
	switch {
	case errors.As(err, &exit):
		return cliResult{exit.ExitCode(), out.Bytes(), errb.Bytes()}
	case err != nil:
		t.Fatalf("running parallax %v: %v", args, err)
	}
	return cliResult{0, out.Bytes(), errb.Bytes()}
}

// cliReport is the part of the JSON report these tests read.
type cliReport struct {
	Documents []struct {
		Path       string   `json:"path"`
		URL        string   `json:"url"`
		Title      string   `json:"title"`
		Format     string   `json:"format"`
		Encoding   string   `json:"encoding"`
		Text       *string  `json:"text"`
		Warnings   []string `json:"warnings"`
		Paragraphs []struct {
			Start int `json:"start"`
			End   int `json:"end"`
		} `json:"paragraphs"`
	} `json:"documents"`
	Claims []struct {
		Sources []int `json:"sources"`
	} `json:"claims"`
}

// cliCheckNothingLost fails t unless every non-blank byte of every
// document (its text, or the raw bytes of its file) lies in a paragraph.
func cliCheckNothingLost(t *testing.T, dir string, rep *cliReport) {
	t.Helper()
	for di, d := range rep.Documents {
		var base string
		if d.Text != nil {
			base = *d.Text
		} else {
			raw, err := os.ReadFile(filepath.Join(dir, d.Path))
			if err != nil {
				t.Fatalf("document %d has no text and its file cannot be read: %v", di, err)
			}
			base = string(raw)
		}
		covered := make([]bool, len(base))
		prevEnd := 0
		for _, p := range d.Paragraphs {
			if p.Start < prevEnd || p.End < p.Start || p.End > len(base) {
				t.Fatalf("document %d: paragraph [%d,%d) out of order or bounds (len %d)", di, p.Start, p.End, len(base))
			}
			for i := p.Start; i < p.End; i++ {
				covered[i] = true
			}
			prevEnd = p.End
		}
		for i, r := range base {
			if !covered[i] && !strings.ContainsRune(" \t\n\r\v\f", r) {
				t.Fatalf("document %d (%s): byte %d (%q) is in no paragraph", di, d.Path, i, base[i:min(len(base), i+20)])
			}
		}
	}
}

// cliCheckTerminalSafe fails t when the output holds raw control
// characters other than newlines, or bidi overrides.
func cliCheckTerminalSafe(t *testing.T, what string, b []byte) {
	t.Helper()
	if !utf8.Valid(b) {
		t.Fatalf("%s is not valid UTF-8", what)
	}
	for i, r := range string(b) {
		if (r < 0x20 && r != '\n') || (r >= 0x7f && r <= 0x9f) || r == 0x202e || r == 0x2066 {
			t.Fatalf("%s holds raw %U at byte %d", what, r, i)
		}
	}
}

// cliUTF16 encodes s as UTF-16 with a byte-order mark (s is BMP-only).
func cliUTF16(s string, bigEndian bool) []byte {
	b := []byte{0xFF, 0xFE}
	if bigEndian {
		b = []byte{0xFE, 0xFF}
	}
	for _, r := range s {
		if bigEndian {
			b = append(b, byte(r>>8), byte(r))
		} else {
			b = append(b, byte(r), byte(r>>8))
		}
	}
	return b
}

// cliArticle is a short article of our own writing.
const cliArticle = `Harbour bridge reopens after eight months

The Old Mill bridge reopened on Tuesday, the council said. Engineers replaced 42 cables.

The repairs cost 3.1 million euros, about 400,000 more than planned.

"We are proud of the crews," the mayor said.
`

// cliServer serves the web pages of the URL cases on 127.0.0.1.
func cliServer(t *testing.T) *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/story.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!doctype html><html><head><title>Bridge reopens | Example News</title>
<meta property="og:title" content="Bridge reopens"></head><body><nav>Home | World</nav>
<article><h1>Bridge reopens</h1><p>The Old Mill bridge reopened on Tuesday, the council said in a statement on its website.</p>
<p>Engineers replaced 42 cables during eight months of work that closed the crossing to all traffic.</p>
<p>The repairs cost 3.1 million euros, about 400,000 more than the council had planned to spend.</p></article>
<footer>© Example News</footer></body></html>`)
	})
	mux.HandleFunc("/gone", http.NotFound)
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/photo.png", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", fmt.Sprint(100<<20))
		w.WriteHeader(http.StatusOK)
		w.Write([]byte("start "))
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	})
	mux.HandleFunc("/endless", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		chunk := []byte(strings.Repeat("words ", 10000))
		for {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// cliCase is one run of parallax --json and what it must do.
type cliCase struct {
	name  string
	args  []string // {url} is replaced by the test server's address
	stdin string
	code  int
	// stderr is the whole expected standard error, one line each; {url}
	// is replaced as in args.
	stderr []string
	docs   int                              // documents in the report when code is 0
	check  func(t *testing.T, r *cliReport) // more checks on the report
}

func TestCLIHostileInput(t *testing.T) {
	bin := cliBuild(t)
	dir := t.TempDir()
	srv := cliServer(t)
	files := map[string][]byte{
		"a.txt":       []byte(cliArticle),
		"binary.bin":  []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01"),
		"empty.txt":   nil,
		"blank.txt":   []byte("  \n\t\n\r\n   \n"),
		"latin.txt":   []byte("Caf\xe9 owner Jos\xe9 Mu\xf1oz said the \x93new\x94 menu costs \x8010.\n\nIt opens on Friday.\n"),
		"stray.txt":   []byte("The Zürich mayor said \xff the bridge will reopen.\n"),
		"le.txt":      cliUTF16(cliArticle, false),
		"be.txt":      cliUTF16(cliArticle, true),
		"mixed.txt":   []byte("First line ends CRLF.\r\nSecond ends CR.\rThird ends LF.\n\r\n\r\nAfter a blank CRLF line.\r\rAfter a blank CR line.\n"),
		"long.txt":    []byte(strings.Repeat("The council met again and nothing was decided. ", 10<<20/48)),
		"hostile.txt": []byte("Officials \x1b]52;c;cGFyYWxsYXg=\x07said \x1b[2J\x1b[31mtwelve\x1b[0m people \x1b]8;;http://evil.test\x1b\\died\x1b]8;;\x1b\\.\b\b\r\n\nThe \u202eevil\u202c mayor \u009b2J spoke.\n"),
		"bomonly.txt": []byte("\uFEFF"),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "folder"), 0o755); err != nil {
		t.Fatal(err)
	}
	big, err := os.Create(filepath.Join(dir, "big.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(200 << 20); err != nil { // sparse: nothing is written
		t.Fatal(err)
	}
	big.Close()
	var fifty []string
	for i := range 50 {
		name := fmt.Sprintf("s%02d.txt", i)
		text := fmt.Sprintf("Report number %d of the story.\n\nThe Old Mill bridge reopened on Tuesday, the council said.\n", i)
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		fifty = append(fifty, name)
	}

	cases := []cliCase{
		{name: "missing path", args: []string{"nope.txt"}, code: 1,
			stderr: []string{"parallax: nope.txt: no such file"}},
		{name: "directory", args: []string{"folder/"}, code: 1,
			stderr: []string{"parallax: folder/: is a directory, not a file"}},
		{name: "binary", args: []string{"binary.bin"}, code: 1,
			stderr: []string{"parallax: binary.bin: looks binary (NUL bytes), not text"}},
		{name: "200 MB file", args: []string{"big.txt"}, code: 1,
			stderr: []string{"parallax: big.txt: 200 MB is over the 64 MB limit per source"}},
		{name: "several sources, one fails", args: []string{"a.txt", "missing.txt", "le.txt"}, code: 1,
			stderr: []string{"parallax: missing.txt: no such file"}},
		{name: "empty", args: []string{"empty.txt"}, docs: 1,
			stderr: []string{"parallax: warning: empty.txt: empty, nothing to compare"},
			check:  cliNoParagraphs},
		{name: "whitespace only", args: []string{"blank.txt"}, docs: 1,
			stderr: []string{"parallax: warning: blank.txt: only blank space, nothing to compare"},
			check:  cliNoParagraphs},
		{name: "byte-order mark only: kept, like any non-blank byte", args: []string{"bomonly.txt"}, docs: 1},
		{name: "invalid UTF-8: stray bytes", args: []string{"stray.txt"}, docs: 1,
			stderr: []string{"parallax: warning: stray.txt: UTF-8 with 1 stray byte, read as Windows-1252"},
			check: func(t *testing.T, r *cliReport) {
				d := r.Documents[0]
				if d.Encoding != "utf-8+windows-1252" || d.Text == nil || *d.Text != "The Zürich mayor said ÿ the bridge will reopen.\n" {
					t.Errorf("encoding %q text %v", d.Encoding, d.Text)
				}
			}},
		{name: "Windows-1252", args: []string{"latin.txt"}, docs: 1,
			stderr: []string{"parallax: warning: latin.txt: not valid UTF-8, read as Windows-1252"},
			check: func(t *testing.T, r *cliReport) {
				d := r.Documents[0]
				if d.Encoding != "windows-1252" || d.Text == nil || !strings.Contains(*d.Text, "Café owner José Muñoz said the “new” menu costs €10.") {
					t.Errorf("encoding %q text %v", d.Encoding, d.Text)
				}
			}},
		{name: "UTF-16 LE and BE with BOM", args: []string{"le.txt", "be.txt"}, docs: 2,
			check: func(t *testing.T, r *cliReport) {
				for i, enc := range []string{"utf-16le", "utf-16be"} {
					d := r.Documents[i]
					if d.Encoding != enc || d.Text == nil || *d.Text != cliArticle {
						t.Errorf("document %d: encoding %q, want %q; text %v", i, d.Encoding, enc, d.Text)
					}
				}
			}},
		{name: "mixed line ends", args: []string{"mixed.txt"}, docs: 1,
			check: func(t *testing.T, r *cliReport) {
				if d := r.Documents[0]; d.Text != nil || d.Encoding != "utf-8" || len(d.Paragraphs) < 2 {
					t.Errorf("want raw UTF-8 offsets and several paragraphs: %+v", d)
				}
			}},
		{name: "a single 10 MB line", args: []string{"long.txt"}, docs: 1},
		{name: "escape sequences, controls and bidi in text", args: []string{"hostile.txt"}, docs: 1},
		{name: "one source only", args: []string{"a.txt"}, docs: 1,
			check: func(t *testing.T, r *cliReport) {
				if len(r.Claims) == 0 {
					t.Errorf("no claims from one source")
				}
				for _, c := range r.Claims {
					if len(c.Sources) != 1 || c.Sources[0] != 0 {
						t.Errorf("claim with sources %v from one source", c.Sources)
					}
				}
			}},
		{name: "the same file twice", args: []string{"a.txt", "a.txt"}, docs: 2,
			check: func(t *testing.T, r *cliReport) {
				if len(r.Documents[0].Paragraphs) != len(r.Documents[1].Paragraphs) {
					t.Errorf("the same file gave different paragraphs")
				}
				shared := 0
				for _, c := range r.Claims {
					if len(c.Sources) == 2 {
						shared++
					}
				}
				if shared == 0 {
					t.Errorf("nothing shared between two copies of one file")
				}
			}},
		{name: "fifty sources", args: fifty, docs: 50},
		{name: "standard input", args: []string{"-"}, stdin: cliArticle, docs: 1},
		{name: "HTML page on 127.0.0.1", args: []string{"{url}/story.html"}, docs: 1,
			check: func(t *testing.T, r *cliReport) {
				d := r.Documents[0]
				if d.Format != "html" || d.Title != "Bridge reopens" || d.Text == nil ||
					!strings.Contains(*d.Text, "Engineers replaced 42 cables") || strings.Contains(*d.Text, "<p>") {
					t.Errorf("format %q title %q text %v", d.Format, d.Title, d.Text)
				}
			}},
		{name: "URL 404", args: []string{"a.txt", "{url}/gone"}, code: 1,
			stderr: []string{"parallax: {url}/gone: HTTP 404 Not Found"}},
		{name: "URL times out", args: []string{"--timeout", "500ms", "{url}/slow"}, code: 1,
			stderr: []string{"parallax: {url}/slow: timed out after 500ms"}},
		{name: "URL redirects forever", args: []string{"{url}/loop"}, code: 1,
			stderr: []string{"parallax: {url}/loop: too many redirects (more than 10)"}},
		{name: "URL is not text", args: []string{"{url}/photo.png"}, code: 1,
			stderr: []string{"parallax: {url}/photo.png: content type image/png is not text or HTML"}},
		{name: "URL says it is over the cap", args: []string{"{url}/huge"}, code: 1,
			stderr: []string{"parallax: {url}/huge: 100 MB is over the 64 MB limit per source"}},
		{name: "URL sends more than the cap", args: []string{"{url}/endless"}, code: 1,
			stderr: []string{"parallax: {url}/endless: more than the 64 MB limit per source"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			args := []string{"--json"}
			for _, a := range tc.args {
				args = append(args, strings.ReplaceAll(a, "{url}", srv.URL))
			}
			res := cliRun(t, bin, dir, tc.stdin, args...)
			var want string
			for _, l := range tc.stderr {
				want += strings.ReplaceAll(l, "{url}", srv.URL) + "\n"
			}
			if got := string(res.stderr); got != want {
				t.Errorf("stderr = %q, want %q", got, want)
			}
			if res.code != tc.code {
				t.Fatalf("exit status %d, want %d", res.code, tc.code)
			}
			if tc.code != 0 {
				if len(res.stdout) != 0 {
					t.Errorf("a failed run printed %d bytes on stdout", len(res.stdout))
				}
				return
			}
			cliCheckTerminalSafe(t, "the report", res.stdout)
			var rep cliReport
			if err := json.Unmarshal(res.stdout, &rep); err != nil {
				t.Fatalf("report is not JSON: %v", err)
			}
			if len(rep.Documents) != tc.docs {
				t.Fatalf("%d documents, want %d", len(rep.Documents), tc.docs)
			}
			if tc.stdin == "" {
				cliCheckNothingLost(t, dir, &rep)
			}
			if tc.check != nil {
				tc.check(t, &rep)
			}
		})
	}
}

// cliNoParagraphs checks that the one document of a report is kept, empty.
func cliNoParagraphs(t *testing.T, r *cliReport) {
	if n := len(r.Documents[0].Paragraphs); n != 0 {
		t.Errorf("%d paragraphs in an empty source", n)
	}
}

func TestCLIUnreadableFile(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("running as root, which can read a file whatever its mode (chmod 000 proves nothing)")
	}
	bin := cliBuild(t)
	dir := t.TempDir()
	p := filepath.Join(dir, "locked.txt")
	if err := os.WriteFile(p, []byte(cliArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, 0); err != nil {
		t.Fatal(err)
	}
	res := cliRun(t, bin, dir, "", "--json", "locked.txt")
	if want := "parallax: locked.txt: permission denied\n"; res.code != 1 || string(res.stderr) != want {
		t.Errorf("exit %d stderr %q, want 1 and %q", res.code, res.stderr, want)
	}
}

// --name gives a source the name a journalist knows it by; a name for a
// source not given, or without NAME=, is a usage error.
func TestNameOption(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(a, []byte("Ferries sailed again on Tuesday after the storm.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"--json", "-n", "Harbour Gazette=" + a, a}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(out.String(), `"name":"Harbour Gazette"`) {
		t.Errorf("the report does not carry the name: %.200s", out.String())
	}
	for _, bad := range [][]string{{"-n", "Gazette=other.txt", a}, {"-n", "Gazette", a}} {
		out.Reset()
		errb.Reset()
		if code := run(context.Background(), append([]string{"--json"}, bad...), strings.NewReader(""), &out, &errb); code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", bad, code, errb.String())
		}
		if out.Len() != 0 || strings.Count(errb.String(), "\n") != 1 {
			t.Errorf("%v: stdout %q, stderr %q", bad, out.String(), errb.String())
		}
	}
}

// Names parallax prints ("wrote …", "already exists") are neutralised like
// article text: an escape sequence in a file name never reaches the terminal.
func TestPrintedNamesAreNeutralised(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(a, []byte("Ferries sailed again on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	target := filepath.Join(dir, "w\x1b]2;X\x07.md")
	for i := range 2 { // wrote, then already exists
		var out, errb bytes.Buffer
		run(context.Background(), []string{"--export", target, a}, strings.NewReader(""), &out, &errb)
		if strings.ContainsAny(errb.String(), "\x1b\x07") {
			t.Errorf("run %d printed a raw control character: %q", i, errb.String())
		}
		if !strings.Contains(errb.String(), "␛]2;X") {
			t.Errorf("run %d does not show the name neutralised: %q", i, errb.String())
		}
	}
}

// An interrupt while standard input is still open (a paste not yet ended,
// a FIFO nobody writes) stops parallax at once: exit 130, one line,
// nothing on standard output.
func TestInterruptWhileReadingStdin(t *testing.T) {
	pr, pw := io.Pipe() // never written: a read blocks until it is closed
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb bytes.Buffer
	code := make(chan int, 1)
	go func() { code <- run(ctx, []string{"--json", "-"}, pr, &out, &errb) }()
	time.Sleep(100 * time.Millisecond)
	cancel()
	select {
	case c := <-code:
		if c != 130 {
			t.Errorf("exit %d, want 130 (%s)", c, errb.String())
		}
	case <-time.After(500 * time.Millisecond):
		t.Fatal("still reading standard input half a second after the interrupt")
	}
	if out.Len() != 0 || errb.String() != "parallax: interrupted\n" {
		t.Errorf("stdout %q, stderr %q", out.String(), errb.String())
	}
}

// A page whose server and whose own <meta> disagree on the charset is
// read, with one warning line on standard error that names the page.
func TestCharsetConflictWarnsOnce(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<html><head><meta charset="windows-1252"><title>Ferries</title></head><body><p>Ferries sailed again on Tuesday.</p></body></html>`)
	}))
	defer srv.Close()
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"--json", srv.URL + "/p"}, strings.NewReader(""), &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	want := "parallax: warning: " + srv.URL + "/p: the server says the page is utf-8 but the page says windows-1252"
	if strings.Count(errb.String(), "\n") != 1 || !strings.HasPrefix(errb.String(), want) {
		t.Errorf("stderr %q, want one line starting %q", errb.String(), want)
	}
}

// A profile that cannot be written fails in one line with its name
// neutralised, like every other name parallax prints.
func TestProfileErrorIsNeutralised(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(a, []byte("Ferries sailed again on Tuesday.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(dir, "missing", "p\x1b]2;X\x07.prof")
	var out, errb bytes.Buffer
	code := run(context.Background(), []string{"--cpuprofile", bad, "--json", a}, strings.NewReader(""), &out, &errb)
	if code == 0 || strings.ContainsAny(errb.String(), "\x1b\x07") || !strings.Contains(errb.String(), "p␛]2;X␇.prof") ||
		strings.Count(errb.String(), "\n") != 1 {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
}

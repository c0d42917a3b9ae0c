package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/parallax-reader/parallax/model"
)

// DefaultMaxBytes is the largest source Read accepts when
// Options.MaxBytes is zero: 64 MiB, a few times the size of a whole
// Bible translation and far beyond any news article.
const DefaultMaxBytes int64 = 64 << 20

// DefaultTimeout bounds a URL fetch when Options.Timeout is zero.
const DefaultTimeout = 20 * time.Second

// Options tunes Read. The zero value is ready to use.
type Options struct {
	// Stdin is read for the source "-"; nil means os.Stdin.
	Stdin io.Reader
	// MaxBytes is the per-source size cap; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Timeout bounds a URL fetch; 0 means DefaultTimeout.
	Timeout time.Duration
	// Client fetches URLs; nil means a client with Timeout and a limit of
	// ten redirects.
	Client *http.Client
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

func (o Options) timeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return DefaultTimeout
}

// Read reads one source: a file path, "-" for standard input, or an
// http(s):// URL. The Document it returns has Path (as given), URL, Format,
// Encoding, Text and RawOffsets set, and Title, Byline and Published when the
// source states them; Paragraphs are left for Segment to fill.
//
// Errors are one line that starts with the source as given and says the
// problem plainly ("x.txt: no such file"). An empty or blank source is not
// an error: its Document carries a warning instead.
func Read(ctx context.Context, arg string, opts Options) (*model.Document, error) {
	var (
		doc *model.Document
		err error
	)
	switch {
	case IsURL(arg):
		doc, err = fetchURL(ctx, arg, opts)
	case arg == "-":
		doc, err = untilCancelled(ctx, func() (*model.Document, error) { return readStdin(opts) })
	default:
		doc, err = untilCancelled(ctx, func() (*model.Document, error) { return readFile(arg, opts) })
	}
	if IsURL(arg) {
		arg = Redact(arg)
	}
	if err != nil {
		return nil, &sourceError{arg: arg, err: err}
	}
	finish(doc, arg)
	return doc, nil
}

// sourceError is why a source cannot be used. Its message starts with the
// source as given, and passes through SafeText, since both the name and
// what a web server says (a status line, a content type) may hold escape
// sequences that must not reach the terminal.
type sourceError struct {
	arg string
	err error
}

func (e *sourceError) Error() string {
	name := e.arg
	if name == "" || strings.TrimSpace(name) != name {
		name = strconv.Quote(name) // a blank name would read as nothing
	}
	return model.SafeText(name + ": " + e.err.Error())
}

func (e *sourceError) Unwrap() error { return e.err }

// finish sets the document's Path to the source as given, prefixes
// its warnings with it, and warns when there is nothing to compare.
func finish(doc *model.Document, arg string) {
	doc.Path = arg
	if doc.Outlet == "" && doc.URL != "" {
		doc.Outlet = hostName(doc.URL)
	}
	if w := blankWarning(doc); w != "" {
		doc.Warnings = append(doc.Warnings, w)
	}
	for i, w := range doc.Warnings {
		doc.Warnings[i] = model.SafeText(arg + ": " + w)
	}
}

// blankWarning says why a document has nothing to compare, or "".
func blankWarning(doc *model.Document) string {
	switch {
	case strings.TrimFunc(doc.Text, isBlank) != "":
		return ""
	case doc.Format == "html":
		return "no text found in the page, nothing to compare"
	case doc.Text == "":
		return "empty, nothing to compare"
	}
	return "only blank space, nothing to compare"
}

// isBlank reports whether r is ASCII white space: the only
// characters segmentation leaves out of paragraphs, so that a document has
// a blank warning exactly when it has no paragraphs. (A line of no-break
// spaces, say, is kept and shown.)
func isBlank(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f'
}

// IsURL reports whether arg names a web address rather than a file.
func IsURL(arg string) bool {
	l := strings.ToLower(arg)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// readStdin reads standard input, up to the size cap.
func readStdin(opts Options) (*model.Document, error) {
	r := opts.Stdin
	if r == nil {
		r = os.Stdin
	}
	data, err := readCapped(r, opts.maxBytes())
	if err != nil {
		return nil, err
	}
	return decodeSource(data, decodeHint{})
}

// readFile reads a file, refusing directories and oversized files
// before reading them.
func readFile(path string, opts Options) (*model.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, openError(err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, openError(err)
	}
	if st.IsDir() {
		return nil, errors.New("is a directory, not a file")
	}
	max := opts.maxBytes()
	if st.Mode().IsRegular() && st.Size() > max {
		return nil, tooBig(st.Size(), max)
	}
	var size int64
	if st.Mode().IsRegular() {
		size = st.Size()
	}
	data, err := readCappedSized(f, max, size)
	if err != nil {
		return nil, err
	}
	return decodeSource(data, decodeHint{ext: strings.ToLower(filepath.Ext(path))})
}

// readCapped reads all of r, failing once it passes max bytes.
func readCapped(r io.Reader, max int64) ([]byte, error) { return readCappedSized(r, max, 0) }

// readCappedSized is readCapped for a reader of about size bytes (a
// file's size; 0 when unknown): the buffer is made that big at once
// rather than doubled up to it, which for a large file leaves twice its
// size in discarded buffers.
func readCappedSized(r io.Reader, max, size int64) ([]byte, error) {
	var buf bytes.Buffer
	if size > 0 && size <= max {
		buf.Grow(int(size) + bytes.MinRead) // room to see the end without growing
	}
	_, err := buf.ReadFrom(io.LimitReader(r, max+1))
	data := buf.Bytes()
	if err != nil {
		return nil, readError(err)
	}
	if int64(len(data)) > max {
		return nil, overCap(max)
	}
	return data, nil
}

// overCap is the error for a source found to be over max bytes while
// reading it, its full size unknown.
func overCap(max int64) error {
	return fmt.Errorf("more than the %s limit per source", byteSize(max))
}

// tooBig is the error for a source whose size is known to be over max.
func tooBig(size, max int64) error {
	return fmt.Errorf("%s is over the %s limit per source", byteSize(size), byteSize(max))
}

// byteSize writes a byte count for people: "210 MB", "64 MB", "900 bytes".
func byteSize(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", (n+(1<<19))>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", (n+(1<<9))>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// openError turns an os error into a plain phrase without repeating
// the path (the caller prefixes it).
func openError(err error) error {
	switch {
	case errors.Is(err, os.ErrNotExist):
		return &phrased{"no such file", err}
	case errors.Is(err, os.ErrPermission):
		return &phrased{"permission denied", err}
	}
	return readError(err)
}

// phrased is an error said in a plain phrase that keeps its cause for
// errors.Is and errors.As.
type phrased struct {
	msg   string
	cause error
}

func (e *phrased) Error() string { return e.msg }

func (e *phrased) Unwrap() error { return e.cause }

// readError strips the "op path:" prefix from a path error.
func readError(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, errors.ErrUnsupported) {
			return &phrased{"cannot be read as a file", err}
		}
		return &phrased{"cannot read it: " + pe.Err.Error(), err}
	}
	return fmt.Errorf("cannot read it: %w", err)
}

// hostName is a web address's host without "www.", the name a reader
// knows a site by when the page does not give one.
func hostName(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// Redact returns a web address without the password it may carry
// ("http://alice:secret@host/" becomes "http://alice@host/"), so that a
// password never reaches the screen, a report or an error message. Other
// strings come back as they are.
func Redact(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		if i := strings.Index(raw, "@"); err != nil && i >= 0 && IsURL(raw) {
			// unparseable, but it may still hold user:password@
			scheme := strings.Index(raw, "://") + 3
			if scheme > 2 && scheme <= i {
				if c := strings.IndexByte(raw[scheme:i], ':'); c >= 0 {
					return raw[:scheme+c] + raw[i:]
				}
			}
		}
		return raw
	}
	if _, has := u.User.Password(); !has {
		return raw
	}
	u.User = url.User(u.User.Username())
	return u.String()
}

// untilCancelled runs read, but gives up waiting for it when ctx is
// cancelled: reading standard input or a FIFO blocks until its writer
// writes or closes, and an interrupt must not wait for that. The read goes
// on in the background; its result is dropped.
func untilCancelled(ctx context.Context, read func() (*model.Document, error)) (*model.Document, error) {
	type result struct {
		doc *model.Document
		err error
	}
	out := make(chan result, 1)
	go func() {
		doc, err := read()
		out <- result{doc, err}
	}()
	select {
	case r := <-out:
		return r.doc, r.err
	case <-ctx.Done():
		return nil, &phrased{"cancelled", ctx.Err()}
	}
}

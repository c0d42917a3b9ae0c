package source

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"path"
	"strings"
	"time"

	"github.com/parallax-reader/parallax/model"
)

// fetchMaxRedirects is how many redirects a fetch follows before giving up.
const fetchMaxRedirects = 10

// errFetchRedirects stops a fetch that is redirected too many times.
var errFetchRedirects = fmt.Errorf("too many redirects (more than %d)", fetchMaxRedirects)

// fetchURL fetches a web page within the timeout and size cap of opts and
// reads the article in it.
func fetchURL(ctx context.Context, rawURL string, opts Options) (*model.Document, error) {
	u, err := url.Parse(rawURL)
	if err != nil || u.Host == "" {
		return nil, errors.New("not a valid web address")
	}
	timeout := opts.timeout()
	fetchCtx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	client := opts.Client
	if client == nil {
		client = &http.Client{CheckRedirect: fetchCheckRedirect}
	}
	req, err := http.NewRequestWithContext(fetchCtx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, errors.New("not a valid web address")
	}
	req.Header.Set("User-Agent", "parallax (+https://github.com/parallax-reader/parallax)")
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	resp, err := client.Do(req)
	if err != nil {
		return nil, fetchError(ctx, fetchCtx, err, timeout)
	}
	defer resp.Body.Close()
	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		return nil, fmt.Errorf("HTTP %s", fetchStatus(resp))
	}
	ctype := resp.Header.Get("Content-Type")
	if media := decodeMediaType(ctype); !fetchIsText(media) {
		return nil, fmt.Errorf("content type %s is not text or HTML", media)
	}
	max := opts.maxBytes()
	if resp.ContentLength > max {
		return nil, tooBig(resp.ContentLength, max)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		return nil, fetchError(ctx, fetchCtx, err, timeout)
	}
	if int64(len(data)) > max {
		return nil, overCap(max)
	}
	final := resp.Request.URL
	doc, err := decodeSource(data, decodeHint{
		ext:         strings.ToLower(path.Ext(final.Path)),
		contentType: ctype,
		url:         Redact(final.String()),
	})
	if err != nil {
		return nil, err
	}
	doc.URL = Redact(final.String())
	if fetchDowngraded(resp.Request) {
		doc.Warnings = append(doc.Warnings, "redirected from https to plain http: the page was not encrypted in transit")
	}
	return doc, nil
}

// fetchCheckRedirect follows up to fetchMaxRedirects redirects.
func fetchCheckRedirect(req *http.Request, via []*http.Request) error {
	if len(via) > fetchMaxRedirects {
		return errFetchRedirects
	}
	return nil
}

// fetchDowngraded reports whether the redirects that led to the final
// request went from https to plain http at some hop. It walks the chain the
// client records (each request's Response is the redirect that made it), so
// it holds for any client, not only the default one.
func fetchDowngraded(final *http.Request) bool {
	for req := final; req != nil && req.Response != nil; req = req.Response.Request {
		prev := req.Response.Request
		if prev != nil && prev.URL.Scheme == "https" && req.URL.Scheme == "http" {
			return true
		}
	}
	return false
}

// fetchIsText reports whether a response of this media type may be read:
// text of any kind, XHTML, or an unlabelled or generic type, whose bytes
// then decide.
func fetchIsText(media string) bool {
	switch {
	case media == "", media == "application/octet-stream",
		media == "application/xhtml+xml", media == "application/xml":
		return true
	}
	return strings.HasPrefix(media, "text/")
}

// fetchStatus writes a response's status as "404 Not Found".
func fetchStatus(resp *http.Response) string {
	if s := strings.TrimSpace(resp.Status); s != "" {
		return s
	}
	return fmt.Sprintf("%d %s", resp.StatusCode, http.StatusText(resp.StatusCode))
}

// fetchError says plainly why a fetch failed, without repeating the URL
// (the caller prefixes it). ctx is the caller's context, to tell a
// cancellation from a timeout; fetchCtx is the fetch's own, whose deadline
// is the timeout, to tell that from a shorter limit inside the client (the
// TLS handshake's).
func fetchError(ctx, fetchCtx context.Context, err error, timeout time.Duration) error {
	var (
		dnsErr    *net.DNSError
		opErr     *net.OpError
		certErr   *tls.CertificateVerificationError
		recordErr tls.RecordHeaderError
		netErr    net.Error
	)
	switch {
	case errors.Is(err, errFetchRedirects):
		return errFetchRedirects
	case ctx.Err() != nil:
		return errors.New("cancelled")
	case errors.Is(err, http.ErrSchemeMismatch), errors.As(err, &recordErr):
		// The TLS greeting got a reply that is not TLS: most often an
		// https:// address on a plain-HTTP port.
		return errors.New("the server answered in plain HTTP, not TLS: try http:// instead of https://")
	case fetchCtx.Err() == nil && errors.As(err, &netErr) && netErr.Timeout() &&
		strings.Contains(err.Error(), "TLS handshake"):
		// The transport's handshake limit, shorter than ours: the server
		// took the connection and never answered the TLS greeting.
		return errors.New("no TLS handshake from the server: is it a plain-HTTP port? try http:// instead of https://")
	case errors.Is(err, context.DeadlineExceeded),
		errors.As(err, &netErr) && netErr.Timeout():
		return fmt.Errorf("timed out after %s", fetchDuration(timeout))
	case errors.As(err, &dnsErr):
		return fmt.Errorf("cannot find the host %s", dnsErr.Name)
	case errors.As(err, &certErr):
		return fmt.Errorf("the site's certificate is not valid: %v", certErr.Err)
	case errors.As(err, &opErr) && opErr.Op == "dial":
		return fmt.Errorf("cannot connect: %v", opErr.Err)
	}
	var uErr *url.Error
	if errors.As(err, &uErr) {
		err = uErr.Err
	}
	return fmt.Errorf("fetch failed: %v", err)
}

// fetchDuration writes a timeout for people: "20s", "1.5s", "250ms".
func fetchDuration(d time.Duration) string {
	if d >= time.Second && d%time.Second == 0 {
		return fmt.Sprintf("%ds", d/time.Second)
	}
	return d.String()
}

// Package source reads what a user gives parallax (a file, standard input
// or an http(s) URL) into a model.Document: it enforces the size and time
// limits, decodes the bytes to UTF-8 (byte-order marks, UTF-16, a
// Windows-1252 fallback) and extracts the article from HTML pages.
// It does not split the text; that is package segment's work.
package source

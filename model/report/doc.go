// Package report writes a comparison out: the JSON report that scripts
// rely on (the project's CONTRACT), the Markdown export meant to be read
// on its own, and the atomic file write both use, which never leaves a
// half-written file and never replaces one without being told to.
package report

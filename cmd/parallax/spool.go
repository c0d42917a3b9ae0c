package main

import (
	"bytes"
	"context"
	"io"
	"os"
)

// spoolMemory is how much of a report is kept in memory before the rest
// goes to a temporary file.
const spoolMemory = 16 << 20

// spool holds a report until it is complete, so that a failure or an
// interrupt never leaves half of it on standard output: in memory while it
// is small, then in an unnamed temporary file, since a book's report can
// be several times the size of the book.
//
// A write fails once ctx is cancelled, so that an interrupt stops even a
// report of hundreds of MB at its next write, with nothing written out.
type spool struct {
	ctx  context.Context
	mem  bytes.Buffer
	file *os.File
}

func (s *spool) Write(p []byte) (int, error) {
	if s.ctx != nil && s.ctx.Err() != nil {
		return 0, s.ctx.Err()
	}
	if s.file == nil && s.mem.Len()+len(p) > spoolMemory {
		f, err := os.CreateTemp("", "parallax-report-*")
		if err != nil {
			return 0, err
		}
		os.Remove(f.Name()) // unnamed: gone when closed, whatever happens
		s.file = f
		if _, err := f.Write(s.mem.Bytes()); err != nil {
			return 0, err
		}
		s.mem = bytes.Buffer{}
	}
	if s.file != nil {
		return s.file.Write(p)
	}
	return s.mem.Write(p)
}

// copyTo writes everything held to w.
func (s *spool) copyTo(w io.Writer) error {
	if s.file == nil {
		_, err := w.Write(s.mem.Bytes())
		return err
	}
	if _, err := s.file.Seek(0, io.SeekStart); err != nil {
		return err
	}
	_, err := io.Copy(w, s.file)
	return err
}

// close drops what is held.
func (s *spool) close() {
	if s.file != nil {
		s.file.Close()
	}
}

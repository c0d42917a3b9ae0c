package main

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"strings"
	"testing"
)

// A spool gives back exactly what was written, whether it stayed in memory
// or went on to a temporary file, which leaves no name behind.
func TestSpoolKeepsEverything(t *testing.T) {
	for _, size := range []int{0, 10, spoolMemory, spoolMemory + 1, 3*spoolMemory + 7} {
		var s spool
		var want bytes.Buffer
		chunk := strings.Repeat("0123456789abcdef", 4096)
		for want.Len() < size {
			p := chunk[:min(len(chunk), size-want.Len())]
			if _, err := s.Write([]byte(p)); err != nil {
				t.Fatal(err)
			}
			want.WriteString(p)
		}
		if onDisk := s.file != nil; onDisk != (size > spoolMemory) {
			t.Errorf("%d bytes: on disk %v", size, onDisk)
		}
		if s.file != nil {
			if _, err := os.Stat(s.file.Name()); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("the temporary file keeps its name %s: %v", s.file.Name(), err)
			}
		}
		var got bytes.Buffer
		if err := s.copyTo(&got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%d bytes: got back %d bytes, not the same", size, got.Len())
		}
		s.close()
	}
}

// Once its context is cancelled a spool takes no more: an interrupt stops
// a long report at its next write.
func TestSpoolStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	s := spool{ctx: ctx}
	defer s.close()
	if _, err := s.Write([]byte("{")); err != nil {
		t.Fatal(err)
	}
	cancel()
	if n, err := s.Write([]byte("more")); n != 0 || !errors.Is(err, context.Canceled) {
		t.Errorf("after the cancel: wrote %d, error %v", n, err)
	}
}

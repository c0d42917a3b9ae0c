package model

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// ExportMarkdownFile writes the comparison's Markdown report (see
// WriteMarkdown, with no time stamp) to the file path. It refuses to
// replace an existing file unless force is true, with an error that
// matches errors.Is(err, fs.ErrExist). The report is written to a
// temporary file in the same directory and then renamed into place, so a
// failed export leaves neither a partial file nor a stray temporary one.
// The path "-" is not special here: to write standard output, call
// WriteMarkdown.
func ExportMarkdownFile(path string, c *Comparison, force bool) error {
	return ExportMarkdownFileWith(path, c, force, MarkdownOptions{})
}

// ExportMarkdownFileWith is ExportMarkdownFile with options (a time stamp,
// say).
func ExportMarkdownFileWith(path string, c *Comparison, force bool, opts MarkdownOptions) error {
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, c, opts); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return exportWriteFile(path, buf.Bytes(), force)
}

// exportExistsError says that the file to export to already exists.
type exportExistsError struct{ path string }

func (e *exportExistsError) Error() string {
	return e.path + ": already exists, not overwritten"
}

func (e *exportExistsError) Is(target error) bool { return target == fs.ErrExist }

// exportWriteFile puts data in the file path atomically: readers see the
// old file or the whole new one, never a part. Without force an existing
// path is left alone.
func exportWriteFile(path string, data []byte, force bool) error {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("%s: is a directory", path)
	}
	if _, err := os.Lstat(path); err == nil && !force {
		return &exportExistsError{path}
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("%s: %w", path, exportCause(err))
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("%s: %w", path, exportCause(err))
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("%s: %w", path, exportCause(err))
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("%s: %w", path, exportCause(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, exportCause(err))
	}
	if force {
		err = os.Rename(tmp.Name(), path)
	} else {
		err = exportNoClobber(tmp.Name(), path)
	}
	if err != nil {
		return err
	}
	done = true
	exportSyncDir(dir)
	return nil
}

// exportNoClobber moves the finished temporary file to path unless path
// exists by now. A hard link fails when its target exists, which closes
// the gap between the check above and the rename; where links are not
// supported it falls back to checking, then renaming.
func exportNoClobber(tmp, path string) error {
	err := os.Link(tmp, path)
	if err == nil {
		os.Remove(tmp)
		return nil
	}
	if errors.Is(err, fs.ErrExist) {
		return &exportExistsError{path}
	}
	if _, serr := os.Lstat(path); serr == nil {
		return &exportExistsError{path}
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("%s: %w", path, exportCause(err))
	}
	return nil
}

// exportSyncDir flushes the directory entry of a renamed file, where the
// system allows it; a failure here does not undo the export.
func exportSyncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}

// exportCause strips the operation and path from an *os.PathError, which
// the caller names itself: "permission denied", not "open /x/.r.md.123.tmp:
// permission denied".
func exportCause(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

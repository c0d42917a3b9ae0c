package report

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/parallax-reader/parallax/model"
)

// ExportMarkdownFile writes the comparison's Markdown report (see
// WriteMarkdown, with no time stamp) to the file path. It refuses to
// replace an existing file unless force is true, with an error that
// matches errors.Is(err, fs.ErrExist). The report is written to a
// temporary file in the same directory and then renamed into place, so a
// failed export leaves neither a partial file nor a stray temporary one.
// The path "-" is not special here: to write standard output, call
// WriteMarkdown.
func ExportMarkdownFile(path string, c *model.Comparison, force bool) error {
	return ExportMarkdownFileWith(path, c, force, MarkdownOptions{})
}

// ExportMarkdownFileWith is ExportMarkdownFile with options (a time stamp,
// say).
func ExportMarkdownFileWith(path string, c *model.Comparison, force bool, opts MarkdownOptions) error {
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, c, opts); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return writeFile(path, buf.Bytes(), force)
}

// existsError says that the file to export to already exists.
type existsError struct{ path string }

func (e *existsError) Error() string {
	return e.path + ": already exists, not overwritten"
}

func (e *existsError) Is(target error) bool { return target == fs.ErrExist }

// writeFile puts data in the file path atomically: readers see the
// old file or the whole new one, never a part. Without force an existing
// path is left alone.
func writeFile(path string, data []byte, force bool) error {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return fmt.Errorf("%s: is a directory", path)
	}
	mode := fs.FileMode(0o644)
	if _, err := os.Lstat(path); err == nil {
		if !force {
			return &existsError{path}
		}
		target, info, err := replaceable(path)
		if err != nil {
			return err
		}
		path, mode = target, info.Mode().Perm()
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("%s: %w", path, cause(err))
	}
	done := false
	defer func() {
		if !done {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("%s: %w", path, cause(err))
	}
	if err := tmp.Chmod(mode); err != nil {
		return fmt.Errorf("%s: %w", path, cause(err))
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("%s: %w", path, cause(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: %w", path, cause(err))
	}
	if force {
		if err = os.Rename(tmp.Name(), path); err != nil {
			err = fmt.Errorf("%s: %w", path, cause(err))
		}
	} else {
		err = noClobber(tmp.Name(), path)
	}
	if err != nil {
		return err
	}
	done = true
	syncDir(dir)
	return nil
}

// replaceable checks that --force may replace the existing path: a
// regular file, or a symbolic link to one (then the file it points to is
// replaced, and the link stays). A device, a FIFO, a socket or a link to
// one is refused: replacing /dev/null or a pipe with a file is never what
// an export meant. It returns the file to replace and its information.
func replaceable(path string) (string, fs.FileInfo, error) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", nil, fmt.Errorf("%s: a link to nothing that can be replaced: %w", path, cause(err))
	}
	info, err := os.Stat(target)
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", path, cause(err))
	}
	if !info.Mode().IsRegular() {
		return "", nil, fmt.Errorf("%s: not a regular file; --force replaces regular files only", path)
	}
	return target, info, nil
}

// noClobber moves the finished temporary file to path unless path
// exists by now. A hard link fails when its target exists, which closes
// the gap between the check above and the rename; where links are not
// supported it falls back to checking, then renaming.
func noClobber(tmp, path string) error {
	err := os.Link(tmp, path)
	if err == nil {
		os.Remove(tmp)
		return nil
	}
	if errors.Is(err, fs.ErrExist) {
		return &existsError{path}
	}
	if _, serr := os.Lstat(path); serr == nil {
		return &existsError{path}
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("%s: %w", path, cause(err))
	}
	return nil
}

// syncDir flushes the directory entry of a renamed file, where the
// system allows it; a failure here does not undo the export.
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}

// cause strips the operation and path from an *os.PathError, which
// the caller names itself: "permission denied", not "open /x/.r.md.123.tmp:
// permission denied".
func cause(err error) error {
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

package source

import (
	"path/filepath"
	"strings"

	"github.com/parallax-reader/parallax/model"
)

// FromBytes makes a Document of data that is already in memory (an
// embedded sample article, say), decoding it as Read would a file
// called name.
func FromBytes(name string, data []byte) (*model.Document, error) {
	doc, err := decodeSource(data, decodeHint{ext: strings.ToLower(filepath.Ext(name))})
	if err != nil {
		return nil, &sourceError{arg: name, err: err}
	}
	finish(doc, name)
	return doc, nil
}

package model

import (
	"path/filepath"
	"strings"
)

// ReadBytes makes a Document of data that is already in memory (an
// embedded sample article, say), decoding it as ReadSource would a file
// called name.
func ReadBytes(name string, data []byte) (*Document, error) {
	doc, err := decodeSource(data, decodeHint{ext: strings.ToLower(filepath.Ext(name))})
	if err != nil {
		return nil, &sourceError{arg: name, err: err}
	}
	sourceFinish(doc, name)
	return doc, nil
}

package model

import (
	"fmt"
	"path/filepath"
	"strings"
)

// ReadBytes makes a Document of data that is already in memory (an
// embedded sample article, say), decoding it as ReadSource would a file
// called name.
func ReadBytes(name string, data []byte) (*Document, error) {
	doc, err := decodeSource(data, decodeHint{ext: strings.ToLower(filepath.Ext(name))})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	doc.Path = name
	if strings.TrimSpace(doc.Text) == "" {
		doc.Warnings = append(doc.Warnings, name+": empty, nothing to compare")
	}
	return doc, nil
}

package ui

import (
	"testing"

	"github.com/parallax-reader/parallax/model"
	"github.com/parallax-reader/parallax/model/segment"
)

// A Markdown source is shown without its syntax; other sources as they are.
func TestShownTextDropsMarkdownSyntax(t *testing.T) {
	for _, tt := range []struct{ format, text, want string }{
		{"markdown", "# Ferry *aground* in fog", "Ferry aground in fog"},
		{"text", "# Ferry *aground* in fog", "# Ferry *aground* in fog"},
	} {
		d := &model.Document{Format: tt.format, Text: tt.text}
		segment.Document(d)
		para := &d.Paragraphs[0]
		if got := shownText(d, para); got != tt.want {
			t.Errorf("%s: shownText = %q, want %q", tt.format, got, tt.want)
		}
	}
}

// Package htmltext turns HTML into plain text a block a line: the text of
// headings, paragraphs, list items and quotes, without scripts, styles or
// hidden elements. Package source uses it on the article the readability
// extractor found, and on the whole page when it found none.
package htmltext

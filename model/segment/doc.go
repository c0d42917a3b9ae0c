// Package segment splits a document's text into paragraphs and sentences
// whose spans cover every byte of it, rejoins paragraphs broken over
// several lines, and flags page furniture (bylines, promotions, notices)
// and repeated blocks, so that nothing a user gave is lost or silently
// dropped. It also finds the Markdown syntax a reader should not see.
package segment

// Package model is parallax's domain: the plain data every stage shares
// (Document, Paragraph, Sentence, Span, Claim, Passage, Discrepancy,
// Comparison), SafeText, which neutralises source text for a terminal, and
// nothing else. The stages are packages under it, each importing only
// model and the stages before it:
//
//	source    reading files, standard input and URLs; decoding; HTML extraction
//	segment   paragraphs, sentences, page furniture, repeats, Markdown syntax
//	align     features, candidates, similarity, matching, claims, discrepancies
//	worddiff  word-level differences of two passages
//	report    the JSON report, the Markdown export, the atomic write
//
// "Model" here means the domain, not a Bubble Tea model as in Charm's own
// code: nothing under model imports Charm or knows about terminals. The
// user interface lives in package ui, whose root type is App.
package model

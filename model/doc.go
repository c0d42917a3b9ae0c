// Package model is parallax's domain: reading sources, splitting them into
// paragraphs and sentences, flagging page furniture and repeats, aligning the
// passages that report the same fact across sources, grouping them into
// claims, word-level diffs, discrepancies, and the JSON and Markdown reports.
//
// "Model" here means the domain, not a Bubble Tea model as in Charm's own
// code: this package imports nothing from Charm and knows nothing of
// terminals. The user interface lives in package ui, whose root type is App.
//
// The types are plain data (Document, Paragraph, Sentence, Span, Claim,
// Passage) and the operations plain functions over them, with no hidden
// global state, so that every stage can be tested without a terminal.
package model

// Package quote finds who is quoted saying what in each document, and
// matches the same statement across sources.
//
// It is the stage after align: it reads the paragraphs and sentences that
// package segment found, and fills Comparison.Statements. Three steps:
//
//   - direct quotations: the words between quotation marks (straight or
//     curly, nested quotes kept inside the outer one, a quotation left open
//     at the end of a paragraph and reopened at the next, a quotation split
//     by its attribution);
//   - reported speech: a clause given to someone by a verb of saying
//     ("X said (that) …", "…, X said", "according to X, …"), marked as
//     paraphrase;
//   - the speaker of each, from the attribution around it, a pronoun or a
//     title ("he", "the president") taken to the nearest named person when
//     that is unambiguous, "" (unattributed) otherwise.
//
// Statements are then formed by matching quotations across sources on the
// content words they share (stemmed, weighted by how rare they are among
// the quotations), with the speaker as a check.
//
// The word lists here are small closed classes of general English (verbs
// of saying, pronouns, function words, titles of office); none is taken
// from any test article.
package quote

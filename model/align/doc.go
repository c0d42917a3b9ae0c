// Package align finds the passages of several documents that report the
// same fact: it builds word and concept features per sentence, proposes
// candidates from an inverted index, scores pairs, matches them (in order
// for texts told in the same order), groups them into claims and flags
// numbers, names and dates that disagree inside a claim. Compare is its
// entry point.
package align

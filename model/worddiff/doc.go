// Package worddiff computes the word-level differences between two
// passages: which words one outlet kept, dropped or added against
// another. Spaces stay with the word before them, so that applying the
// operations to one passage gives the other exactly.
package worddiff

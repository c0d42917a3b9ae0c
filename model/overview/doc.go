// Package overview is a comparison as a reader meets it, worked out once
// for both the reading room (package ui) and the Markdown report: every
// source's passages in reading order, where each claim's passages are,
// how many sources report each claim, the claims in the order they are
// presented (most widely reported first), and whether the word diff
// between two renderings of a claim is worth showing.
package overview

// Package ui is parallax's reading room: a Bubble Tea program that shows
// several sources side by side, follows the alignment from the current
// passage to its matches in the other sources, shows the word-level
// differences between them, and lists the claims with their coverage and
// the statements the sources quote, with how each renders them.
//
// The root type is App. It owns focus, layout and message routing; the
// panes and the claims and quotes lists are plain structs that render lines of a given
// size. Everything slow (segmentation, alignment, word diffs) happens once,
// at load, in a tea.Cmd; Update and View only move positions and draw
// lines from a cache kept per width and selection.
//
// Package ui imports package model; model never imports ui.
package ui

// Package sample holds the sample articles parallax opens when it is given
// no sources: five short reports, by five fictional outlets, of one
// fictional event (a ferry running aground off the fictional town of Port
// Ardley). They are our own writing, made to show what parallax does: the
// shared facts are reworded from outlet to outlet, one outlet gets the
// number of passengers wrong and another the day, a quote is rendered two
// ways, a name is spelled two ways, some facts appear in one outlet only,
// and there is page furniture (credits, share prompts, a repeated pull
// quote) to flag. One source is a small HTML page, one is Markdown, and the
// plain-text ones use both one-paragraph-per-line and blank-line layouts.
package sample

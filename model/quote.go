package model

// QuoteKind says how a source renders a statement: in the speaker's words,
// inside quotation marks, or in its own words as reported speech.
type QuoteKind string

// Kinds of quotation.
const (
	QuoteDirect     QuoteKind = "direct"
	QuoteParaphrase QuoteKind = "paraphrase"
)

// Quote is one source's rendering of a statement. Span covers the quoted
// words without their marks (for reported speech, the reported clause);
// when the attribution splits the quotation ("Everything is done," he said,
// "to prevent …") Parts holds each piece in order and Span runs from the
// first to the last. Speaker is the name the quotation is given to, or ""
// when it is unattributed. Continues is true when the quotation carries on
// one left open at the end of the previous paragraph (each paragraph of a
// long quotation opens with a mark; only the last closes).
type Quote struct {
	Doc     int       `json:"doc"`
	Para    int       `json:"para"`
	Kind    QuoteKind `json:"kind"`
	Speaker string    `json:"speaker"`
	Span
	Parts     []Span `json:"parts,omitempty"`
	Continues bool   `json:"continues,omitempty"`
}

// Statement is one thing someone said, as each source that reports it
// renders it. WordingDiffers is true when two direct quotations of it use
// other words; SpeakerDiffers when sources give it to different speakers;
// KindDiffers when one source quotes it directly and another only reports
// it.
type Statement struct {
	ID             int     `json:"id"`
	Speaker        string  `json:"speaker"`
	Sources        []int   `json:"sources"`
	Quotes         []Quote `json:"quotes"`
	WordingDiffers bool    `json:"wording_differs"`
	SpeakerDiffers bool    `json:"speaker_differs"`
	KindDiffers    bool    `json:"kind_differs"`
}

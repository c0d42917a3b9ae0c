package model

// Passage is where one source reports a claim: a sentence or a run of
// sentences (or, when the whole paragraph is the match, a paragraph).
type Passage struct {
	Doc  int `json:"doc"`
	Para int `json:"para"`
	Span
}

// DiscrepancyKind says what sort of detail disagrees.
type DiscrepancyKind string

// Kinds of discrepancy.
const (
	DiscrepancyNumber DiscrepancyKind = "number"
	DiscrepancyDate   DiscrepancyKind = "date"
	DiscrepancyName   DiscrepancyKind = "name"
)

// DiscrepancyValue is what one source says.
type DiscrepancyValue struct {
	Doc  int    `json:"doc"`
	Text string `json:"text"`
	Span
}

// Discrepancy is a detail (a number, a day or date, a name or place) that
// differs between the passages of one claim. Variant is true when the values
// are spellings of the same thing ("Kiev" and "Kyiv"), not a disagreement.
type Discrepancy struct {
	Kind    DiscrepancyKind    `json:"kind"`
	Variant bool               `json:"variant"`
	Note    string             `json:"note,omitempty"`
	Values  []DiscrepancyValue `json:"values"`
}

// Claim is one fact and where each source that reports it does so. A claim
// reported by one source only has a single entry in Sources.
type Claim struct {
	ID            int           `json:"id"`
	Sources       []int         `json:"sources"`
	Passages      []Passage     `json:"passages"`
	Score         float64       `json:"score"`
	Discrepancies []Discrepancy `json:"discrepancies"`
}

// Shared reports whether more than one source reports the claim.
func (c *Claim) Shared() bool { return len(c.Sources) > 1 }

// Comparison is the result of comparing a set of documents.
type Comparison struct {
	Documents []*Document
	Claims    []Claim
	// Statements are the quotations and reported speech found in the
	// documents, matched across sources; nil until the quote stage runs.
	Statements []Statement
}

// Progress is told how far a long stage has got: the stage's name
// ("reading", "aligning", "diffing"), and done out of total steps.
type Progress func(stage string, done, total int)

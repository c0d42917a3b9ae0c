package model

import (
	"runtime"
	"sync"
)

// The corpus is tokenised in chunks of consecutive sentences, one worker
// each, every chunk with a vocabulary of its own; the vocabularies are then
// merged in chunk order. Nothing depends on how the sentences were cut:
// a term's surface is the smallest spelling seen and its name flags are
// ORs over every sighting, and renumber gives the terms ids by stem.

// alignChunkSents is about how many sentences make one chunk of the work,
// below which splitting costs more than it saves.
const alignChunkSents = 2048

// alignSentRef is a content sentence waiting to be tokenised.
type alignSentRef struct {
	Doc, Para int
	Span
}

// alignChunk is one worker's share: sentences [Lo, Hi) of the corpus,
// whose Terms hold ids into Terms, the chunk's own vocabulary.
type alignChunk struct {
	Lo, Hi int
	Terms  []alignTerm
}

// alignContentSents lists the content sentences of the documents in
// corpus order, with the range of them each document holds.
func alignContentSents(docs []*Document) ([]alignSentRef, [][2]int) {
	n := 0
	for _, d := range docs {
		for pi := range d.Paragraphs {
			if d.Paragraphs[pi].Content() {
				n += len(d.Paragraphs[pi].Sentences)
			}
		}
	}
	refs := make([]alignSentRef, 0, n)
	ranges := make([][2]int, 0, len(docs))
	for di, d := range docs {
		first := len(refs)
		for pi := range d.Paragraphs {
			p := &d.Paragraphs[pi]
			if !p.Content() {
				continue
			}
			for _, s := range p.Sentences {
				refs = append(refs, alignSentRef{Doc: di, Para: pi, Span: s.Span})
			}
		}
		ranges = append(ranges, [2]int{first, len(refs)})
	}
	return refs, ranges
}

// alignTokenizeChunks fills c.Sents from refs, the chunks in parallel, and
// returns the chunks with their vocabularies.
func alignTokenizeChunks(c *alignCorpus, docs []*Document, refs []alignSentRef) []alignChunk {
	c.Sents = make([]alignSent, len(refs))
	n := max(1, min(runtime.GOMAXPROCS(0), len(refs)/alignChunkSents))
	chunks := make([]alignChunk, n)
	for k := range chunks {
		chunks[k] = alignChunk{Lo: k * len(refs) / n, Hi: (k + 1) * len(refs) / n}
	}
	if n == 1 {
		alignFillChunk(c.Sents, docs, refs, &chunks[0])
		return chunks
	}
	var wg sync.WaitGroup
	for k := range chunks {
		wg.Add(1)
		go func() {
			defer wg.Done()
			alignFillChunk(c.Sents, docs, refs, &chunks[k])
		}()
	}
	wg.Wait()
	return chunks
}

// alignFillChunk tokenises the chunk's sentences into sents. The terms and
// numbers of all its sentences share two backing arrays, each sentence's
// share capped so that an append never spills into the next.
func alignFillChunk(sents []alignSent, docs []*Document, refs []alignSentRef, ch *alignChunk) {
	words := map[string]alignWordEntry{} // word as written -> normal form and term
	ids := map[string]int32{}            // stem -> term id
	var toks []alignToken
	var terms []int32
	var nums []string
	bounds := make([][4]int, 0, ch.Hi-ch.Lo) // terms [0,1) and numbers [2,3) of each sentence
	for i := ch.Lo; i < ch.Hi; i++ {
		r := &refs[i]
		text := docs[r.Doc].Text
		toks = alignTokenizeFold(text[r.Start:r.End], r.Start, toks[:0], alignAsWritten)
		t0, n0 := len(terms), len(nums)
		for k, t := range toks {
			if t.Kind == alignNumber {
				nums = append(nums, t.Norm)
				continue
			}
			e, ok := words[t.Norm]
			if !ok {
				e.norm = alignFoldWord(t.Norm)
				e.id = ch.termOf(ids, e.norm)
				words[t.Norm] = e
			}
			if e.id < 0 {
				continue
			}
			t.Norm = e.norm
			terms = append(terms, e.id)
			ch.sight(e.id, t, k == 0)
		}
		terms = terms[:t0+len(alignUnique(terms[t0:]))]
		nums = nums[:n0+len(alignUnique(nums[n0:]))]
		bounds = append(bounds, [4]int{t0, len(terms), n0, len(nums)})
	}
	for k, b := range bounds {
		r := &refs[ch.Lo+k]
		s := alignSent{Doc: r.Doc, Para: r.Para, Span: r.Span}
		if b[1] > b[0] {
			s.Terms = terms[b[0]:b[1]:b[1]]
		}
		if b[3] > b[2] {
			s.Numbers = nums[b[2]:b[3]:b[3]]
		}
		sents[ch.Lo+k] = s
	}
}

// alignWordEntry is what a chunk knows of a word as written: its normal
// form and its term id, -1 for a stop word.
type alignWordEntry struct {
	norm string
	id   int32
}

// termOf returns the chunk's id of the stem of a normal-form word, -1 for
// a stop word. ids maps the stems seen so far to their ids.
func (ch *alignChunk) termOf(ids map[string]int32, norm string) int32 {
	stem := alignStem(norm)
	if stem == "" {
		return -1
	}
	id, ok := ids[stem]
	if !ok {
		id = int32(len(ch.Terms))
		ids[stem] = id
		ch.Terms = append(ch.Terms, alignTerm{Stem: stem, Surface: norm})
	}
	return id
}

// sight records how a token spells term id; a capital at the start of a
// sentence says nothing about names.
func (ch *alignChunk) sight(id int32, t alignToken, initial bool) {
	at := &ch.Terms[id]
	if t.Norm < at.Surface {
		at.Surface = t.Norm
	}
	switch {
	case !t.Cap:
		at.lowerSeen = true
	case !initial:
		at.capSeen = true
	}
}

// alignMergeChunks gathers the chunks' vocabularies into c.Terms and
// rewrites each chunk's term ids as ids of c.Terms.
func alignMergeChunks(c *alignCorpus, chunks []alignChunk) {
	for k := range chunks {
		ch := &chunks[k]
		remap := make([]int32, len(ch.Terms))
		for i := range ch.Terms {
			lt := &ch.Terms[i]
			id, ok := c.termID[lt.Stem]
			if !ok {
				id = int32(len(c.Terms))
				c.termID[lt.Stem] = id
				c.Terms = append(c.Terms, alignTerm{Stem: lt.Stem, Surface: lt.Surface})
			}
			gt := &c.Terms[id]
			gt.Surface = min(gt.Surface, lt.Surface)
			gt.lowerSeen = gt.lowerSeen || lt.lowerSeen
			gt.capSeen = gt.capSeen || lt.capSeen
			remap[i] = id
		}
		if len(chunks) == 1 {
			return // one chunk: its ids are already the corpus's
		}
		for i := ch.Lo; i < ch.Hi; i++ {
			for j, t := range c.Sents[i].Terms {
				c.Sents[i].Terms[j] = remap[t]
			}
		}
	}
}

// alignAllLong reports whether every document with content is long enough
// to be aligned by order (see alignOrdered), when WordNet is not needed.
func alignAllLong(docSents [][2]int) bool {
	long := 0
	for _, r := range docSents {
		switch n := r[1] - r[0]; {
		case n == 0:
		case n < alignLongMin:
			return false
		default:
			long++
		}
	}
	return long >= 2
}

package align

import (
	"bytes"
	"compress/gzip"
	_ "embed" // the word-knowledge table
	"encoding/binary"
	"errors"
	"io"
	"math"
	"sort"
	"strings"
	"sync"
)

// The table is derived from WordNet 3.0 (see WORDNET_LICENSE) by
// cmd/wordnetgen; rebuild it with `go generate ./model/`.
//
//go:generate go run ../../cmd/wordnetgen -dict /usr/share/wordnet -out wordnet_table.bin
//go:embed wordnet_table.bin
var wordnetTableGz []byte

// wnConcept is one concept a lemma names: a synset of one of its frequent
// senses (level 0) or a hypernym or similar-to head of one (level 1),
// weighted 1..100 by how often the sense is the one meant.
type wnConcept struct {
	id     uint32
	weight uint8
	level  uint8
}

// wordnetTable maps lemmas to their concepts, with the irregular forms.
type wordnetTable struct {
	lemmas     map[string][]wnConcept
	exceptions map[string]string
}

var (
	wordnetOnce   sync.Once
	wordnetLoaded *wordnetTable
)

// wordnet returns the embedded table, decoded on first use. It is read-only
// afterwards and safe for concurrent use.
func wordnet() *wordnetTable {
	wordnetOnce.Do(func() {
		t, err := wordnetDecode(wordnetTableGz)
		if err != nil {
			// The table is built into the binary; a broken one is a build
			// error, so fail loudly.
			panic("model: embedded WordNet table: " + err.Error())
		}
		wordnetLoaded = t
	})
	return wordnetLoaded
}

// wordnetDecode reads the format cmd/wordnetgen writes.
func wordnetDecode(gz []byte) (*wordnetTable, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	data, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	const magic = "PXWN\x01"
	if !bytes.HasPrefix(data, []byte(magic)) {
		return nil, errors.New("bad magic")
	}
	r := wnReader{data: data, pos: len(magic)}
	n := r.uvarint()
	t := &wordnetTable{lemmas: make(map[string][]wnConcept, n)}
	// One backing array for all concept lists.
	all := make([]wnConcept, 0, 4*n)
	for i := 0; i < n && r.err == nil; i++ {
		lemma := r.str()
		k := r.uvarint()
		start := len(all)
		id := 0
		for j := 0; j < k && r.err == nil; j++ {
			id += r.uvarint()
			info := r.byte()
			all = append(all, wnConcept{id: uint32(id), weight: info & 0x7f, level: info >> 7})
		}
		t.lemmas[lemma] = all[start:len(all):len(all)]
	}
	ne := r.uvarint()
	t.exceptions = make(map[string]string, ne)
	for i := 0; i < ne && r.err == nil; i++ {
		form := r.str()
		t.exceptions[form] = r.str()
	}
	if r.err != nil {
		return nil, r.err
	}
	return t, nil
}

// wnReader reads uvarints and strings, remembering the first error.
type wnReader struct {
	data []byte
	pos  int
	err  error
}

func (r *wnReader) uvarint() int {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.data[r.pos:])
	if n <= 0 || v > 1<<31 {
		r.err = errors.New("truncated table")
		return 0
	}
	r.pos += n
	return int(v)
}

func (r *wnReader) byte() byte {
	if r.err != nil || r.pos >= len(r.data) {
		r.err = errors.New("truncated table")
		return 0
	}
	r.pos++
	return r.data[r.pos-1]
}

func (r *wnReader) str() string {
	n := r.uvarint()
	if r.err != nil || r.pos+n > len(r.data) {
		r.err = errors.New("truncated table")
		return ""
	}
	s := string(r.data[r.pos : r.pos+n])
	r.pos += n
	return s
}

// wordnetSuffixes are WordNet's detachment rules (noun, verb and adjective
// together): an inflected ending and what replaces it in the base form.
var wordnetSuffixes = [...][2]string{
	{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"},
	{"shes", "sh"}, {"men", "man"}, {"ies", "y"}, {"es", "e"}, {"es", ""},
	{"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}, {"er", ""},
	{"est", ""}, {"er", "e"}, {"est", "e"},
}

// concepts returns the concepts of a lower-case word in any inflection:
// those of every base form WordNet's rules and exception lists find, merged
// and sorted by id. Nil when WordNet knows none.
func (t *wordnetTable) concepts(word string) []wnConcept {
	var bases [4]string
	nb := 0
	addBase := func(b string) {
		if _, ok := t.lemmas[b]; !ok {
			return
		}
		for _, x := range bases[:nb] {
			if x == b {
				return
			}
		}
		if nb < len(bases) {
			bases[nb] = b
			nb++
		}
	}
	addBase(word)
	if b, ok := t.exceptions[word]; ok {
		addBase(b)
	}
	for _, sf := range wordnetSuffixes {
		if len(word) > len(sf[0])+1 && strings.HasSuffix(word, sf[0]) {
			addBase(word[:len(word)-len(sf[0])] + sf[1])
		}
	}
	switch nb {
	case 0:
		return nil
	case 1:
		return t.lemmas[bases[0]]
	}
	var out []wnConcept
	for _, b := range bases[:nb] {
		out = append(out, t.lemmas[b]...)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].id != out[j].id {
			return out[i].id < out[j].id
		}
		if out[i].level != out[j].level {
			return out[i].level < out[j].level
		}
		return out[i].weight > out[j].weight
	})
	// Keep the first (best) entry of each id.
	k := 0
	for i := range out {
		if i == 0 || out[i].id != out[k-1].id {
			out[k] = out[i]
			k++
		}
	}
	return out[:k]
}

// wordnetRelatedness scores how closely two words' concept lists relate, in
// [0, 1]: the best shared concept, weighted by how frequent the senses are
// and discounted when the link goes through a hypernym (one side) or is
// between siblings (both sides).
func wordnetRelatedness(a, b []wnConcept) float64 {
	best := 0.0
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id < b[j].id:
			i++
		case a[i].id > b[j].id:
			j++
		default:
			w := math.Sqrt(float64(a[i].weight)*float64(b[j].weight)) / 100
			switch a[i].level + b[j].level {
			case 1:
				w *= wordnetHypernymFactor
			case 2:
				w *= wordnetSiblingFactor
			}
			best = max(best, w)
			i++
			j++
		}
	}
	return best
}

// How much a link through a hypernym, or between two words under one
// hypernym, counts against a shared synset.
const (
	wordnetHypernymFactor = 0.8
	wordnetSiblingFactor  = 0.5
)

package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// Tuning of what the table keeps.
const (
	maxSensesPerPOS = 5   // senses of one part of speech kept per lemma
	minSenseWeight  = 0.1 // senses weaker than this, relative to the lemma's best, are dropped
	levelSynset     = 0   // the concept is the sense's own synset
	levelRelated    = 1   // the concept is a hypernym or similar-to head
	magic           = "PXWN\x01"
)

var posFiles = []struct {
	name  string // suffix of index.* and data.*
	digit byte   // the ss_type digit of a sense key
}{{"noun", '1'}, {"verb", '2'}, {"adj", '3'}, {"adv", '4'}}

// concept is one entry of a lemma's list.
type concept struct {
	id     string // "pos:offset" of the synset
	weight float64
	level  int
}

func main() {
	dict := flag.String("dict", "/usr/share/wordnet", "folder holding the WordNet database files")
	out := flag.String("out", "model/align/wordnet_table.bin", "table to write")
	flag.Parse()
	if err := run(*dict, *out); err != nil {
		fmt.Fprintln(os.Stderr, "wordnetgen:", err)
		os.Exit(1)
	}
}

func run(dict, out string) error {
	counts, err := readCounts(filepath.Join(dict, "cntlist.rev"))
	if err != nil {
		return err
	}
	related := map[string][]string{}
	lemmas := map[string][]concept{}
	for _, pf := range posFiles {
		if err := readRelated(filepath.Join(dict, "data."+pf.name), related); err != nil {
			return err
		}
		if err := readIndex(filepath.Join(dict, "index."+pf.name), pf.digit, counts, lemmas); err != nil {
			return err
		}
	}
	expandAndWeigh(lemmas, related)
	keepShared(lemmas)
	exc := map[string]string{}
	for _, pf := range posFiles {
		if err := readExceptions(filepath.Join(dict, pf.name+".exc"), lemmas, exc); err != nil {
			return err
		}
	}
	data := encode(lemmas, exc)
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "wordnetgen: %d lemmas, %d exceptions, %d bytes (%d uncompressed)\n",
		len(lemmas), len(exc), buf.Len(), len(data))
	return nil
}

// readCounts reads cntlist.rev: "lemma%digit:... sense_number tag_count".
// The key is "lemma/digit/sense_number"; adjective satellites (5) count as
// adjectives (3).
func readCounts(path string) (map[string]int, error) {
	counts := map[string]int{}
	err := eachLine(path, func(f []string) {
		if len(f) < 3 {
			return
		}
		lemma, rest, ok := strings.Cut(f[0], "%")
		if !ok || rest == "" {
			return
		}
		digit := rest[0]
		if digit == '5' {
			digit = '3'
		}
		n, err := strconv.Atoi(f[2])
		if err != nil {
			return
		}
		counts[lemma+"/"+string(digit)+"/"+f[1]] += n
	})
	return counts, err
}

// readRelated records, for every synset, its direct hypernyms and, for
// adjective satellites, the head they are similar to.
func readRelated(path string, related map[string][]string) error {
	return eachLine(path, func(f []string) {
		if len(f) < 4 {
			return
		}
		pos := normPOS(f[2])
		id := pos + ":" + f[0]
		nw, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return
		}
		i := 4 + 2*int(nw)
		if i >= len(f) {
			return
		}
		np, err := strconv.Atoi(f[i])
		if err != nil {
			return
		}
		i++
		for k := 0; k < np && i+3 < len(f); k, i = k+1, i+4 {
			sym, off, tpos := f[i], f[i+1], normPOS(f[i+2])
			if sym == "@" || (sym == "&" && pos == "a") {
				related[id] = append(related[id], tpos+":"+off)
			}
		}
	})
}

// readIndex reads index.POS and gives every kept sense its weight.
func readIndex(path string, digit byte, counts map[string]int, lemmas map[string][]concept) error {
	pos := map[byte]string{'1': "n", '2': "v", '3': "a", '4': "r"}[digit]
	return eachLine(path, func(f []string) {
		if len(f) < 4 || !plainWord(f[0]) {
			return
		}
		nsyn, err := strconv.Atoi(f[2])
		if err != nil || nsyn == 0 || len(f) < nsyn {
			return
		}
		offsets := f[len(f)-nsyn:]
		for rank, off := range offsets {
			if rank >= maxSensesPerPOS {
				break
			}
			c := counts[f[0]+"/"+string(digit)+"/"+strconv.Itoa(rank+1)]
			// Raw score: the tag count plus a prior that falls with rank;
			// normalised per lemma in expandAndWeigh.
			lemmas[f[0]] = append(lemmas[f[0]], concept{
				id: pos + ":" + off, weight: float64(c) + 1/float64(rank+1), level: levelSynset})
		}
	})
}

// expandAndWeigh normalises sense scores per lemma, drops weak senses and
// adds each kept sense's related concepts.
func expandAndWeigh(lemmas map[string][]concept, related map[string][]string) {
	for lemma, senses := range lemmas {
		best := 0.0
		for _, s := range senses {
			best = max(best, s.weight)
		}
		byID := map[string]concept{}
		add := func(c concept) {
			old, ok := byID[c.id]
			if !ok || c.level < old.level || (c.level == old.level && c.weight > old.weight) {
				byID[c.id] = c
			}
		}
		for _, s := range senses {
			w := s.weight / best
			if w < minSenseWeight {
				continue
			}
			add(concept{id: s.id, weight: w, level: levelSynset})
			for _, r := range related[s.id] {
				add(concept{id: r, weight: w, level: levelRelated})
			}
		}
		out := make([]concept, 0, len(byID))
		for _, c := range byID {
			out = append(out, c)
		}
		sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
		lemmas[lemma] = out
	}
}

// keepShared drops the concepts that only one lemma names, and the lemmas
// left with none.
func keepShared(lemmas map[string][]concept) {
	users := map[string]int{}
	for _, cs := range lemmas {
		for _, c := range cs {
			users[c.id]++
		}
	}
	for lemma, cs := range lemmas {
		kept := cs[:0]
		for _, c := range cs {
			if users[c.id] > 1 {
				kept = append(kept, c)
			}
		}
		if len(kept) == 0 {
			delete(lemmas, lemma)
		} else {
			lemmas[lemma] = kept
		}
	}
}

// readExceptions reads an irregular-forms list ("went go") and keeps the
// forms whose base is in the table.
func readExceptions(path string, lemmas map[string][]concept, exc map[string]string) error {
	return eachLine(path, func(f []string) {
		if len(f) < 2 || !plainWord(f[0]) {
			return
		}
		for _, base := range f[1:] {
			if _, ok := lemmas[base]; ok && base != f[0] {
				if _, taken := exc[f[0]]; !taken {
					exc[f[0]] = base
				}
				return
			}
		}
	})
}

// encode writes the table: magic, lemmas in sorted order each with its
// concepts (ids numbered densely, delta-coded; one byte of weight and
// level), then the exceptions.
func encode(lemmas map[string][]concept, exc map[string]string) []byte {
	names := make([]string, 0, len(lemmas))
	for l := range lemmas {
		names = append(names, l)
	}
	sort.Strings(names)
	ids := map[string]int{}
	var buf []byte
	buf = append(buf, magic...)
	buf = binary.AppendUvarint(buf, uint64(len(names)))
	for _, l := range names {
		buf = binary.AppendUvarint(buf, uint64(len(l)))
		buf = append(buf, l...)
		type entry struct {
			id   int
			info byte
		}
		var es []entry
		for _, c := range lemmas[l] {
			id, ok := ids[c.id]
			if !ok {
				id = len(ids)
				ids[c.id] = id
			}
			q := byte(c.weight*100 + 0.5)
			es = append(es, entry{id, q | byte(c.level)<<7})
		}
		sort.Slice(es, func(i, j int) bool { return es[i].id < es[j].id })
		buf = binary.AppendUvarint(buf, uint64(len(es)))
		prev := 0
		for _, e := range es {
			buf = binary.AppendUvarint(buf, uint64(e.id-prev))
			buf = append(buf, e.info)
			prev = e.id
		}
	}
	forms := make([]string, 0, len(exc))
	for f := range exc {
		forms = append(forms, f)
	}
	sort.Strings(forms)
	buf = binary.AppendUvarint(buf, uint64(len(forms)))
	for _, f := range forms {
		for _, s := range []string{f, exc[f]} {
			buf = binary.AppendUvarint(buf, uint64(len(s)))
			buf = append(buf, s...)
		}
	}
	return buf
}

// eachLine calls fn with the fields of every line that is not part of the
// licence header (those start with a space).
func eachLine(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' {
			continue
		}
		fn(strings.Fields(line))
	}
	return sc.Err()
}

// normPOS folds adjective satellites (s) into adjectives (a).
func normPOS(p string) string {
	if p == "s" {
		return "a"
	}
	return p
}

// plainWord reports whether a lemma is one lower-case word, possibly
// hyphenated.
func plainWord(s string) bool {
	if len(s) < 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && !(c == '-' && i > 0 && i < len(s)-1) {
			return false
		}
	}
	return true
}

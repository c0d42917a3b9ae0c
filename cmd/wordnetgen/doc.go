// Command wordnetgen builds the compact word-knowledge table that parallax's
// aligner embeds (model/align/wordnet_table.bin) from a WordNet 3.0 database, such
// as the one Debian's wordnet-base package installs in /usr/share/wordnet.
//
// For every single-word lemma it keeps the few most frequent senses (ranked
// and weighted by the sense counts of cntlist.rev), each sense's synset and
// that synset's direct hypernyms and similar-to heads, and drops every concept
// that only one lemma names, since such a concept can never relate two
// different words. It also keeps the irregular-form exception lists for the
// lemmas it kept. The output is deterministic: the same database gives the
// same bytes.
//
// Usage:
//
//	go run ./cmd/wordnetgen -dict /usr/share/wordnet -out model/align/wordnet_table.bin
//
// The table is derived from WordNet 3.0, Copyright 2006 by Princeton
// University; see model/align/WORDNET_LICENSE.
package main

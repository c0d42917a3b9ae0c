package align

// wordnetSignature is a 64-bit summary of a set of concepts: one bit,
// chosen by a hash of its id, for each. Relatedness needs a concept both
// words share, and a shared concept sets the same bit in both signatures,
// so two signatures with no bit in common mean relatedness 0 and the
// lookup can be skipped. (A shared bit does not mean a shared concept: the
// lookup then decides.)
func wordnetSignature(cs []wnConcept) uint64 {
	var sig uint64
	for _, c := range cs {
		h := uint64(c.id) * 0x9E3779B97F4A7C15
		sig |= 1 << (h >> 58)
	}
	return sig
}

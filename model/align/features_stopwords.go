package align

// stopWords are the function words that carry no fact: articles,
// pronouns, auxiliaries, prepositions, conjunctions and a few reporting
// fillers. Negations are kept out of this list on purpose: "not" changes a
// fact.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{
		"a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then",
		"than", "that", "this", "these", "those", "there", "here", "it", "its",
		"it's", "he", "him", "his", "she", "her", "hers", "they", "them", "their",
		"theirs", "we", "us", "our", "ours", "you", "your", "yours", "i", "me",
		"my", "mine", "who", "whom", "whose", "which", "what", "when", "where",
		"why", "how", "is", "are", "was", "were", "be", "been", "being", "am",
		"do", "does", "did", "doing", "done", "have", "has", "had", "having",
		"will", "would", "shall", "should", "can", "could", "may", "might",
		"must", "of", "in", "on", "at", "by", "for", "with", "from", "to",
		"into", "onto", "upon", "about", "as", "over", "under", "after",
		"before", "during", "while", "since", "until", "through", "between",
		"against", "among", "per", "via", "also", "too", "very", "just",
		"only", "even", "such", "some", "any", "each", "every", "all", "both",
		"either", "neither", "other", "others", "another", "same",
		"more", "most", "much", "many", "up", "down", "out", "off",
		"again", "further", "once", "because", "although", "though", "however",
		"moreover", "whether", "within", "without", "s", "mr", "mrs", "ms",
		"one's", "itself", "themselves", "himself", "herself", "ourselves",
		"said", "says", "say", "saying", "told", "according",
	} {
		m[w] = true
	}
	return m
}()

# gen_news.awk - made-up news text with a realistic vocabulary, for the
# benchmark when ../shared/data is not there (see tests/bench.sh):
#
#   awk -v bytes=6000000 -f tests/gen_news.awk >news.txt
#
# Real text is what a summarizer's hash table and stemmer see, and the
# samples repeated are not: their few hundred words stay in the first
# level cache.  So the words here follow Zipf's law (the word of rank r
# is drawn with a weight of 1/r) over VOCAB distinct words (40,000 by
# default): the commonest ranks are English function words, as in news,
# and the rest are made up, syllable by syllable from the rank, so that
# they look like words and stem like them (some end in -s, -ed, -ing).
# Sentences are of news length (8 to 38 words, a capital and a period,
# now and then a comma, a number, a quotation or a possessive),
# paragraphs of one to four sentences, each article a headline without a
# period and a blank line between paragraphs, as ../shared/data has it.
#
# Deterministic: its own random numbers (Park and Miller's generator,
# exact in awk's doubles), never awk's rand(), which differs between
# awks.
BEGIN {
	if (!bytes) bytes = 6000000
	if (!vocab) vocab = 40000
	seed = 20240917
	nf = split("the of to and a in that is for on was with he it as " \
	    "said at by his from be have has but are not an they this who " \
	    "were had been their which will would there more its after " \
	    "also about we one new up than other when them all she her " \
	    "into out over last some could two first years year people", fw, " ")
	ns = split("ba be bi bo bu ca ce co cu da de di do du fa fe fi fo " \
	    "ga ge go gu ha he hi ho ja jo ka ke ki ko la le li lo lu ma me " \
	    "mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si " \
	    "so su ta te ti to tu va ve vi vo wa we wi ya yo za zo st tr pl " \
	    "gr br ch sh th", syl, " ")
	ne = split("s ed ing er ion al ly ment", ending, " ")
	# The cumulative weights of the ranks, for a binary search.
	total = 0
	for (r = 1; r <= vocab; r++) {
		total += 1 / r
		cum[r] = total
	}
	out = 0
	article = 0
	while (out < bytes) {
		article++
		line = capital(sentence_words(4 + rnd(6)))
		emit(line "\n\n")
		np = 6 + rnd(14)
		for (p = 0; p < np; p++) {
			para = ""
			nsent = 1 + rnd(4)
			for (k = 0; k < nsent; k++)
				para = para (k ? " " : "") sentence()
			emit(para "\n\n")
		}
	}
}

function emit(s) {
	printf "%s", s
	out += length(s)
}

# A number from 0 to N - 1.
function rnd(n) {
	seed = (seed * 16807) % 2147483647
	return int(seed / 2147483647 * n)
}

# The word of rank R: a function word, or syllables spelling R.
function word(r,   s, i) {
	if (r <= nf)
		return fw[r]
	if (r in made)
		return made[r]
	i = r
	s = ""
	do {
		s = s syl[i % ns + 1]
		i = int(i / ns)
	} while (i > 0)
	if (r % 5 == 0)
		s = s ending[int(r / 5) % ne + 1]
	made[r] = s
	return s
}

# A word drawn by Zipf's law.
function zipf(   u, lo, hi, mid) {
	u = (rnd(2147483646) + 0.5) / 2147483646 * total
	lo = 1
	hi = vocab
	while (lo < hi) {
		mid = int((lo + hi) / 2)
		if (cum[mid] < u)
			lo = mid + 1
		else
			hi = mid
	}
	return lo
}

function capital(s) {
	return toupper(substr(s, 1, 1)) substr(s, 2)
}

function sentence_words(n,   s, i, r, w) {
	s = ""
	for (i = 0; i < n; i++) {
		r = zipf()
		w = word(r)
		if (r > nf && rnd(8) == 0)
			w = capital(w)          # a name
		else if (rnd(40) == 0)
			w = (rnd(3) ? rnd(100) : rnd(10000) / 10)
		else if (r > nf && rnd(30) == 0)
			w = w "'s"
		s = s (i ? " " : "") w
		if (i > 2 && i < n - 2 && rnd(9) == 0)
			s = s ","
	}
	return s
}

function sentence(   s) {
	s = capital(sentence_words(8 + rnd(31))) "."
	if (rnd(12) == 0)
		s = "\"" s "\""
	return s
}

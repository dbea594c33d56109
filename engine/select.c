/*
 * select.c - selection.  Takes the scored document and the length
 * limits; hands on the chosen sentences, best first or in text order.
 * Body sentences are ranked by score, ties broken by position; they are
 * taken best first while the length limits hold, skipping repeats of a
 * sentence already taken.  In a short summary the terms of a sentence
 * taken (one of the first MAX_RESCORED) count half in those that follow,
 * so a sentence whose terms an earlier pick used is scored again before
 * it is taken (lazy greedy, with bounded work), and the score it is
 * taken with is the one summ_explain gives.  The candidates wait in a
 * heap loaded in batches, best first, so that a short summary of a long
 * text holds a few of them, not all.
 */
#include "select.h"
#include "chars.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Sorts the N chosen indices IDX into text order, with their SCORES (if
 * not NULL) alongside: an insertion sort, as summaries are short. */
static void sort_by_position(size_t *idx, double *scores, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		size_t k = idx[i], j = i;
		double sc = scores ? scores[i] : 0;
		for (; j > 0 && idx[j - 1] > k; j--) {
			idx[j] = idx[j - 1];
			if (scores)
				scores[j] = scores[j - 1];
		}
		idx[j] = k;
		if (scores)
			scores[j] = sc;
	}
}

/* A hash of sentence K's content terms, to recognise repeats: each
 * stem id mixed in by a multiplication (FNV's prime). */
static uint64_t terms_hash(const summ_doc *d, size_t k)
{
	uint64_t h = 0xcbf29ce484222325u;
	size_t pos = terms_begin(d, k);

	while (pos < d->sent[k].term_end)
		h = (h ^ read_term(d->terms, &pos)) * 0x100000001b3u;
	return h;
}

/* Characters in TEXT[0..LEN) once folded (see summ_fold). */
static size_t folded_chars(const char *text, size_t len)
{
	size_t chars;

	fold_text(text, len, NULL, &chars);
	return chars;
}

/* How many sentences LIM allows at most, of NBODY. */
static size_t sentence_budget(const summ_limits *lim, size_t nbody)
{
	size_t max = lim->sentences ? lim->sentences : SIZE_MAX;

	if (lim->percent) {
		size_t p = (nbody * lim->percent + 99) / 100;
		if (p < 1)
			p = 1;
		if (p < max)
			max = p;
	}
	return max;
}

size_t selection_max(const summ_doc *d, const summ_limits *lim)
{
	size_t max = !lim->sentences && !lim->percent && !lim->words &&
	             !lim->chars ? SUMM_DEFAULT_SENTENCES
	                         : sentence_budget(lim, d->nbody);

	return max < d->nbody ? max : d->nbody;
}

size_t summ_select_room(const summ_doc *d, const summ_limits *lim)
{
	size_t max = selection_max(d, lim);

	return max ? max : 1;
}

/* How the summary's length shapes the choice.  A short summary (a tenth
 * of the text, say) must be dense: length counts fully against a sentence
 * and the words of a sentence already taken count half, so the next one
 * says something new.  An abridgement (two fifths of the text or more)
 * keeps the longer, central sentences and lets them overlap.  Between the
 * two the settings move linearly. */
#define SHORT_SHARE 0.3          /* at most this share: a short summary */
#define LONG_SHARE 0.4           /* at least this share: an abridgement */
#define SHORT_EXPONENT 1.0
#define LONG_EXPONENT 0.5
#define SHORT_REPEAT 0.5         /* weight left to a term already taken */
#define LONG_REPEAT 1.0
/* Rescorings the first MAX_RESCORED picks may cost: so many per
 * candidate and per pick, and a floor that keeps every short text exact.
 * Greedy selection made exactly took from a third of a rescoring per
 * candidate to one and a half on news (300 KB and 5 MB, 5% to 20% of the
 * sentences), so the bound is met only by texts of near repeats. */
#define WORK_PER_CANDIDATE 4
#define WORK_PER_PICK 64
#define WORK_FLOOR 65536

selection_shape shape_for(double share, int no_lead)
{
	double x = (share - SHORT_SHARE) / (LONG_SHARE - SHORT_SHARE);
	selection_shape sh;

	sh.no_lead = no_lead;
	x = x < 0 ? 0 : x > 1 ? 1 : x;
	sh.exponent = SHORT_EXPONENT + (LONG_EXPONENT - SHORT_EXPONENT) * x;
	sh.repeat = SHORT_REPEAT + (LONG_REPEAT - SHORT_REPEAT) * x;
	return sh;
}

/* Sentence K's score under shape SH, with its lead bonus LEAD and the
 * weight of each term whose bit is set in USED (a sentence taken has
 * it) multiplied by SH.repeat.  SEEN is scratch (see stem_marks). */
static double rescore(const summ_doc *d, size_t k, double lead,
                      selection_shape sh, const unsigned char *used,
                      stem_marks *seen)
{
	return per_length(terms_weight(d, k, used, sh.repeat, seen) *
	                  (sh.no_lead ? 1.0 : lead), d->sent[k].words,
	                  sh.exponent);
}

/* The candidates of summ_select, best first, in a max-heap loaded in
 * batches.  A short summary, the common case, needs the best few
 * sentences of a text that may have a million, and a heap of all of
 * them would cost as much memory as the text's sentences themselves.
 * The candidates not yet loaded are those after BOUND (in the order of
 * cand_before) by the score they were loaded with; when the heap's top
 * is after BOUND (it may have been rescored down), the next batch, twice
 * as large but no larger than what is left, is loaded.  The top is then
 * always the best candidate left, as it would be in a heap of all of
 * them, so the choice is the same.
 *
 * Until the queue is settled, candidates are loaded with their first
 * scores, upper bounds that summ_select rescores; once the terms used
 * stop changing (after MAX_RESCORED picks), queue_settle loads it afresh
 * with exact scores, and later loads score alike. */
typedef struct {
	candidate *h;
	size_t n, cap;
	size_t batch;                /* the size of the next batch */
	size_t loaded;               /* candidates loaded so far */
	int bounded;                 /* some are not loaded: BOUND holds */
	candidate bound;             /* the last loaded */
	const unsigned char *used;   /* terms whose weight loads discount
	                                (NULL until settled) */
	unsigned char *gone;         /* per sentence, a bit: popped */
} queue;

static int is_gone(const queue *q, size_t k)
{
	return q->gone[k / 8] >> k % 8 & 1;
}

/* Loads the next batch of candidates into Q: those after Q->bound with
 * the best scores, found in one pass over the sentences with a min-heap
 * of the batch's size -- or, for the first batch of a short summary,
 * taken from d->best.  Returns -1 when out of memory. */
static int queue_load(const summ_doc *d, queue *q, selection_shape sh,
                      stem_marks *seen)
{
	size_t left = d->nbody - q->loaded, got = 0, rank = 0;
	size_t batch = q->batch < left ? q->batch : left;
	candidate *g;

	if (grow_large(&q->h, &q->cap, q->n + batch, sizeof *q->h))
		return -1;
	g = q->h + q->n;                       /* the batch, a min-heap */
	if (!q->loaded && q->batch == first_batch(d) && sh.exponent == 1.0 &&
	    !sh.no_lead) {
		memcpy(g, d->best, d->nbest * sizeof *g);
		got = d->nbest;
	} else {
		for (size_t k = 0; k < d->nsent; k++) {
			candidate c;

			if (!is_candidate(d, k))
				continue;
			c.sentence = (uint32_t)k;
			c.rank = (uint32_t)rank++;
			if (is_gone(q, k))
				continue;
			c.score = rescore(d, k, lead_bonus(c.rank), sh, q->used, seen);
			if (q->bounded && !cand_before(&q->bound, &c))
				;                      /* loaded before */
			else if (batch == left && got < batch)  /* all the rest */
				g[got++] = c;
			else if (got < batch || cand_before(&c, &g[0]))
				keep_best(g, &got, batch, &c);
		}
	}
	if (got > 0)
		q->bound = g[0];               /* (unread once all are in) */
	q->bounded = 1;
	q->loaded += got;
	q->n += got;
	q->batch = q->batch <= SIZE_MAX / 4 ? 2 * q->batch : q->batch;
	heapify(q->h, q->n, 1);
	return 0;
}

/* The best candidate left in Q, loading more when needed; NULL when
 * none is left; *OOM set when memory ran out. */
static candidate *queue_top(const summ_doc *d, queue *q, selection_shape sh,
                            stem_marks *seen, int *oom)
{
	while (q->loaded < d->nbody &&
	       (q->n == 0 || cand_before(&q->bound, &q->h[0]))) {
		if (queue_load(d, q, sh, seen)) {
			*oom = 1;
			return NULL;
		}
	}
	return q->n ? &q->h[0] : NULL;
}

/* Takes the best candidate out of Q. */
static void queue_pop(queue *q)
{
	size_t k = q->h[0].sentence;

	q->gone[k / 8] |= (unsigned char)(1u << k % 8);
	q->h[0] = q->h[--q->n];
	sift_down(q->h, q->n, 0, 1);
}

/* Loads Q afresh, with a batch of LEFT candidates or more, scored
 * against the terms USED, which no longer change: rescored one by one,
 * each when it first led, in a random order, most would cost a miss of
 * the cache or two; in one pass in the order of the text, they cost what
 * scoring them did.  Returns -1 when out of memory. */
static int queue_settle(const summ_doc *d, queue *q, selection_shape sh,
                        const unsigned char *used, size_t left,
                        stem_marks *seen)
{
	size_t batch = first_batch(d);

	q->loaded -= q->n;                     /* those popped stay out */
	q->n = 0;
	q->bounded = 0;
	q->used = used;
	q->batch = left > batch / 2 ? 2 * left : batch;
	return queue_load(d, q, sh, seen);
}

double share_of(const summ_doc *d, const summ_limits *lim,
                       size_t max)
{
	double share = d->nbody ? (double)max / (double)d->nbody : 1;

	if (lim->words && d->words)
		share = fmin(share, (double)lim->words / (double)d->words);
	if (lim->chars && d->len)
		share = fmin(share, (double)lim->chars / (double)d->len);
	return share;
}

/* The sentences taken, by the hash of their terms (see terms_hash), in
 * an open-addressed set grown as they come: a limit may allow many more
 * sentences than the text has that are not repeats. */
typedef struct {
	uint64_t *slot;              /* 0 marks an empty slot */
	size_t cap, used;            /* cap is a power of two */
} hash_set;

/* The slot of the term hash H (see taken_hash) in TAKEN: its own if a
 * sentence with those terms was taken, else an empty one. */
static size_t taken_slot(const hash_set *taken, uint64_t h)
{
	size_t j = h & (taken->cap - 1);

	while (taken->slot[j] && taken->slot[j] != h)
		j = (j + 1) & (taken->cap - 1);
	return j;
}

/* Puts H (not 0, not in S) in S, whose room is known to suffice. */
static void set_put(hash_set *s, uint64_t h)
{
	s->slot[taken_slot(s, h)] = h;
	s->used++;
}

/* Doubles the room of S, which is kept at most half full.  Returns -1
 * when out of memory. */
static int set_grow(hash_set *s)
{
	hash_set bigger = { NULL, s->cap ? 2 * s->cap : 64, 0 };

	if (!(bigger.slot = calloc(bigger.cap, sizeof *bigger.slot)))
		return -1;
	for (size_t j = 0; j < s->cap; j++)
		if (s->slot[j])
			set_put(&bigger, s->slot[j]);
	free(s->slot);
	*s = bigger;
	return 0;
}

/* The hash of sentence K's terms as TAKEN holds it (0 marks an empty
 * slot there), or 0 for a sentence without terms, which repeats none. */
static uint64_t taken_hash(const summ_doc *d, size_t k)
{
	return d->sent[k].term_end == terms_begin(d, k) ? 0 : terms_hash(d, k) | 1;
}

/* Whether a sentence with the term hash H (see taken_hash) repeats a
 * sentence in TAKEN. */
static int is_repeat(const hash_set *taken, uint64_t h)
{
	return h && taken->cap && taken->slot[taken_slot(taken, h)];
}

/* Adds a sentence with the term hash H, not a repeat, to TAKEN.
 * Returns -1 when out of memory. */
static int add_taken(hash_set *taken, uint64_t h)
{
	if (!h)
		return 0;
	if (2 * (taken->used + 1) > taken->cap && set_grow(taken))
		return -1;
	set_put(taken, h);
	return 0;
}

int summ_select(const summ_doc *d, const summ_limits *lim, size_t *idx,
                size_t cap, size_t *count)
{
	return summ_select_scored(d, lim, idx, NULL, cap, count);
}

int summ_select_scored(const summ_doc *d, const summ_limits *lim,
                       size_t *idx, double *scores, size_t cap,
                       size_t *count)
{
	size_t max, words = 0, chars = 0, n = 0, work = 0, budget;
	size_t fresh = SIZE_MAX;     /* the sentence rescored last, if since
	                                the last pick */
	queue q = { 0 };
	candidate *top;
	hash_set taken = { NULL, 0, 0 };
	unsigned char *used;         /* per stem, a bit: a sentence taken
	                                has it (its weight is discounted) */
	stem_marks seen = { NULL, 0, 0 };
	selection_shape sh;
	int oom = 0, rc = SUMM_ENOMEM;

	*count = 0;
	if (lim->percent > 100)
		return SUMM_EINVAL;
	max = selection_max(d, lim);
	if (max > cap)
		max = cap;
	sh = shape_for(share_of(d, lim, max), lim->no_lead);
	/* A first batch for the summary and the skips and rescorings that
	 * usually come with it. */
	q.batch = first_batch(d);
	if (max > q.batch / 2)
		q.batch = 2 * max;
	budget = WORK_FLOOR + WORK_PER_CANDIDATE * d->nbody +
	         WORK_PER_PICK * (max < MAX_RESCORED ? max : MAX_RESCORED);
	used = calloc(d->nstems / 8 + 1, 1);
	q.gone = calloc(d->nsent / 8 + 1, 1);
	if (!used || !q.gone || marks_init(&seen, d))
		goto out;
	while (n < max && (top = queue_top(d, &q, sh, &seen, &oom))) {
		size_t k = top->sentence, sc = 0;
		const sentence *s = &d->sent[k];
		uint64_t h = taken_hash(d, k);
		double score;

		/* A repeat of a sentence taken goes before it costs a
		 * rescoring. */
		if (is_repeat(&taken, h)) {
			queue_pop(&q);
			continue;
		}
		/* Lazy greedy: weights only fall as terms are used, so a score
		 * from before the last pick is an upper bound.  The leader is
		 * rescored and taken if it still leads; once the work allowed
		 * is spent, it is taken as rescored, which keeps its score true
		 * but may put it after a sentence that would have scored more.
		 * (After MAX_RESCORED picks every score is exact: see
		 * queue_settle.) */
		if (sh.repeat != 1 && n > 0 && n < MAX_RESCORED && k != fresh) {
			double lead = sh.no_lead ? 1.0 : lead_bonus(top->rank);
			top->score = rescore(d, k, lead, sh, used, &seen);
			if (work < budget) {
				work++;
				fresh = k;
				sift_down(q.h, q.n, 0, 1);
				continue;
			}
		}
		score = top->score;
		fresh = SIZE_MAX;
		queue_pop(&q);
		if (lim->words && words + s->words > lim->words)
			continue;
		if (lim->chars) {
			sc = folded_chars(d->text + sent_offset(d, k), s->length);
			if (chars + sc > lim->chars)
				continue;
		}
		if (add_taken(&taken, h)) {
			oom = 1;
			break;
		}
		if (scores)
			scores[n] = score;
		idx[n++] = k;
		words += s->words;
		chars += sc;
		for (size_t pos = terms_begin(d, k);
		     n <= MAX_RESCORED && pos < d->sent[k].term_end;) {
			uint32_t id = read_term(d->terms, &pos);
			used[id / 8] |= (unsigned char)(1u << id % 8);
		}
		if (n == MAX_RESCORED && n < max && sh.repeat != 1 &&
		    queue_settle(d, &q, sh, used, max - n, &seen)) {
			oom = 1;
			break;
		}
	}
	if (!oom) {
		if (lim->text_order)
			sort_by_position(idx, scores, n);
		*count = n;
		rc = SUMM_OK;
	}
out:
	free_large(q.h, q.cap, sizeof *q.h);
	free(taken.slot);
	free(used);
	free(q.gone);
	free(seen.at);
	return rc;
}


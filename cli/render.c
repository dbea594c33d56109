/*
 * cli/render.c - a document's summary: the engine asked for what the
 * options want of one text (summary_make: parse it, choose its
 * sentences, its key terms, where the sentences shown start), and
 * render_doc, which hands that to the renderer of the output format:
 * cli/plain.c, cli/tsv.c, cli/grep.c, cli/json.c or cli/mark.c (which
 * also writes the text read, -f text).
 *
 * Takes a text and the options; hands on its output, rendered into a
 * buffer.  The record streams (cli/streams.c) use summary_make too.
 */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static int by_position(const void *a, const void *b)
{
	size_t i = ((const ranked *)a)->index, j = ((const ranked *)b)->index;

	return i < j ? -1 : i > j;
}

void summary_free(summary *sm)
{
	free(sm->rank);
	free(sm->kw);
	free(sm->picks);
	free(sm->pos);
	summ_free(sm->doc);
	memset(sm, 0, sizeof *sm);
}

/* Finds where the sentences of SM->RANK start, into SM->POS.  Only the
 * sentences shown are located: the text is read up to the last of them,
 * once.  Returns 0, or -1 when memory ran out. */
static int summary_locate(summary *sm)
{
	size_t n = sm->n ? sm->n : 1, *shown = malloc(n * sizeof *shown);
	int rc;

	if (!shown || !(sm->pos = malloc(n * sizeof *sm->pos))) {
		free(shown);
		return -1;
	}
	for (size_t r = 0; r < sm->n; r++)
		shown[r] = sm->rank[r].index;
	rc = summ_locate(sm->doc, shown, sm->n, sm->pos);
	free(shown);
	return rc == SUMM_OK ? 0 : -1;
}

/* Parses LEN bytes of TEXT (named NAME, or NULL) and chooses its
 * sentences per OPT (with --split: all of them, in order), its NKW best
 * key terms and, if LOCATE, where the sentences shown start.  Returns 0, or -1 when
 * memory ran out; either way the caller calls summary_free. */
int summary_make(summary *sm, const char *text, size_t len,
                 const char *name, const options *opt, size_t nkw,
                 int locate)
{
	summ_options read = opt->read;
	size_t room, *idx;
	double *scores;
	int rc;

	memset(sm, 0, sizeof *sm);
	read.name = name;
	if (summ_parse_with(text, len, &read, &sm->doc) != SUMM_OK)
		return -1;
	if (nkw) {
		if (!(sm->kw = malloc(nkw * sizeof *sm->kw)))
			return -1;
		sm->nkw = summ_keywords(sm->doc, nkw, sm->kw);
	}
	if (opt->split) {
		sm->n = summ_sentence_count(sm->doc);
		return 0;
	}
	/* Arrays for the chosen only: a long text may have millions of
	 * sentences and a summary a few. */
	room = summ_select_room(sm->doc, &opt->limits);
	sm->rank = malloc(room * sizeof *sm->rank);
	idx = malloc(room * sizeof *idx);
	scores = malloc(room * sizeof *scores);
	rc = sm->rank && idx && scores ?
	     summ_select_scored(sm->doc, &opt->limits, idx, scores, room, &sm->n) :
	     SUMM_ENOMEM;
	/* RANK[i] is the place of IDX[i] in the ranking, whatever the order
	 * of output. */
	for (size_t r = 0; rc == SUMM_OK && r < sm->n; r++)
		sm->rank[r] = (ranked){ idx[r], r + 1, scores[r] };
	sm->picks = idx;
	free(scores);
	if (rc != SUMM_OK)
		return -1;
	if (opt->text_order)
		qsort(sm->rank, sm->n, sizeof *sm->rank, by_position);
	return locate ? summary_locate(sm) : 0;
}

/* The index of output sentence R of SM. */
static size_t shown_index(const summary *sm, size_t r)
{
	return sm->rank ? sm->rank[r].index : r;
}

/* Appends sentence R of SM, folded. */
void buf_sentence(buf *b, const summary *sm, const char *text, size_t r)
{
	summ_sentence s = summ_sentence_at(sm->doc, shown_index(sm, r));

	buf_fold(b, text + s.offset, s.length);
}

/* The explanation of output sentence R of SM (see summ_explain): its
 * terms in T (room for EXPLAIN_TERMS), their number returned. */
size_t summary_explain(const summary *sm, const options *opt,
                       size_t r, summ_explanation *ex, summ_term *t)
{
	size_t n = summ_explain(sm->doc, &opt->limits, sm->picks,
	                        sm->rank[r].rank - 1, sm->rank[r].index, ex, t,
	                        EXPLAIN_TERMS);

	return n < EXPLAIN_TERMS ? n : EXPLAIN_TERMS;
}

/* Appends the summary of a whole document (TEXT, LEN, named NAME) per
 * OPT, in its format: --split's sentences, the JSON object, the marked
 * text, the key terms, or the sentences as tsv, grep or plain lines.
 * Returns 0, or -1 when memory ran out. */
int render_doc(buf *b, const char *name, const char *text, size_t len,
               const options *opt)
{
	int json = opt->format == FMT_JSON && !opt->split;
	size_t nkw = opt->split ? 0 : opt->keywords ? opt->keywords : json ? 10 : 0;
	summary sm;
	int locate = json || (!opt->split && !opt->keywords &&
	             (opt->format == FMT_TSV || opt->format == FMT_GREP));
	int rc = summary_make(&sm, text, len, strcmp(name, "-") ? name : NULL,
	                      opt, nkw, locate);
	const char *source = text;
	size_t source_len = len;

	/* The renderers print the text read; mark writes the source back. */
	if (rc == 0)
		text = summ_text(sm.doc, &len);
	if (rc != 0)
		;
	else if (opt->format == FMT_TEXT)
		render_text(b, &sm);
	else if (opt->split)
		render_plain(b, &sm, text, opt);
	else if (json)
		rc = render_json(b, name, text, &sm, opt);
	else if (opt->format == FMT_MARK)
		render_mark(b, source, source_len, &sm, opt);
	else if (opt->keywords && opt->format == FMT_TSV)
		render_tsv_keywords(b, &sm, text);
	else if (opt->keywords)
		render_keywords(b, &sm, text);
	else if (opt->format == FMT_TSV)
		render_tsv(b, &sm, text, opt);
	else if (opt->format == FMT_GREP)
		render_grep(b, strcmp(name, "-") == 0 && opt->label ? opt->label
		            : name, &sm, text, opt);
	else
		render_plain(b, &sm, text, opt);
	summary_free(&sm);
	return rc;
}

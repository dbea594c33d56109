/*
 * quotes.h - the splitter's quotations and brackets: which characters
 * open and close them, where one opened closes, the closers after a
 * stop, whether the sentence goes on after a quotation closes (to the
 * verb of saying, into the attribution), and the apostrophe that is no
 * quotation but a clitic's ('n).
 * Only sentences.c includes it: its functions are static there,
 * so that the splitter's loop has them inline (see stopscan.h).
 */
#ifndef SUMM_QUOTES_H
#define SUMM_QUOTES_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "chars.h"
#include "splitter.h"

/* Whether CP closes a quotation or brackets: ASCII, curly, guillemets,
 * and the CJK corner brackets, parentheses and book titles (」』）】》). */
static int is_closer(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == ')' || cp == ']' ||
	       cp == 0x201D || cp == 0x2019 || cp == 0xBB || cp == 0x300D ||
	       cp == 0x300F || cp == 0xFF09 || cp == 0x3011 || cp == 0x300B ||
	       cp == 0x3009;
}

/* Whether CP opens a quotation or brackets (see quote_close, which
 * pairs them with their closers). */
static int is_opener(uint32_t cp)
{
	return cp == '"' || cp == '\'' || cp == '(' || cp == '[' ||
	       cp == 0x201C || cp == 0x2018 || cp == 0xAB;
}

/* Whether CP is a quotation mark that opens: the openers but brackets,
 * and the low mark that opens German and Polish quotations („Wo?“),
 * which quote_close does not pair. */
static int opens_quotation(uint32_t cp)
{
	return (is_opener(cp) && cp != '(' && cp != '[') || cp == 0x201E;
}

#define MAX_QUOTE 600            /* longer "quotations" are not trusted */

/* Where the quotation or bracket opened by the character at TEXT[I] (of
 * N bytes, code point CP) in the paragraph TEXT[START..END) ends, or 0 if
 * it is not one or does not close within MAX_QUOTE bytes.  *NO_CLOSER
 * has a bit for each kind of opener known to have no closer: each is
 * searched for at most once after a failed search, so the scan stays
 * linear. */
static size_t quote_close(const char *text, size_t start, size_t end,
                          unsigned *no_closer, size_t i, size_t n,
                          uint32_t cp)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t limit = i + MAX_QUOTE < end ? i + MAX_QUOTE : end;
	unsigned bit;
	int depth = 1;

	switch (cp) {
	case '"':    bit = 1; break;
	case 0x201C: bit = 2; break;
	case 0x2018: bit = 4; break;
	case '\'':   bit = 8; break;
	case '(':    bit = 16; break;
	default:     return 0;
	}
	if (*no_closer & bit)
		return 0;
	/* Between two Hebrew letters (U+05D0 to U+05F2, D7 90 to D7 B2 in
	 * UTF-8) it marks an acronym, as Hebrew and Yiddish type the
	 * gershayim: צה"ל, ארה"ב.  (Between Latin ones it is a quote a
	 * space was left out before: of"squabbling".) */
	if (cp == '"' && i >= start + 2 && i + 2 < end && s[i - 2] == 0xD7 &&
	    s[i - 1] >= 0x90 && s[i - 1] <= 0xB2 && s[i + 1] == 0xD7 &&
	    s[i + 2] >= 0x90 && s[i + 2] <= 0xB2)
		return 0;
	if (cp == '\'') {
		/* A straight single quote opens only before a letter and after
		 * a space: not an apostrophe. */
		size_t m;
		if (i + 1 >= end || !(class_at(text, end, i + 1, &m) & C_LETTER) ||
		    (i > start && !(class_at(text, end, prev_char(text, start, i),
		                             &m) & (C_SPACE | C_PUNCT))))
			return 0;
	}
	for (size_t k = i + n; k < limit; k++) {
		/* Quotes close at a byte memchr finds faster than this loop:
		 * '"', or the 0xE2 that starts U+201D and U+2019. */
		if (cp == '"' || cp == 0x201C || cp == 0x2018) {
			const unsigned char *p = memchr(s + k, cp == '"' ? '"' : 0xE2,
			                                limit - k);
			if (!p)
				break;
			k = (size_t)(p - s);
		}
		switch (cp) {
		case '"':
			if (s[k] == '"')
				return k + 1;
			break;
		case 0x201C:
		case 0x2018:
			if (k + 2 < end && s[k] == 0xE2 && s[k + 1] == 0x80 &&
			    s[k + 2] == (cp == 0x201C ? 0x9D : 0x99)) {
				size_t m;
				/* ’ before a letter is an apostrophe: dragon’s. */
				if (cp == 0x201C || k + 3 >= end ||
				    !(class_at(text, end, k + 3, &m) & C_LETTER))
					return k + 3;
			}
			break;
		case '\'':
			if (s[k] == '\'') {
				size_t m;
				int after_letter = k + 1 < end &&
				    (class_at(text, end, k + 1, &m) & C_LETTER);
				int after_space = class_at(text, end, k - 1, &m) == C_SPACE;
				if (after_space && after_letter)
					return 0;   /* a new quotation opens first */
				if (!after_space && !after_letter)
					return k + 1;
			}
			break;
		case '(':
			depth += s[k] == '(';
			depth -= s[k] == ')';
			if (depth == 0)
				return k + 1;
			break;
		}
	}
	if (limit == end)
		*no_closer |= bit;
	return 0;
}

/* Whether a dash at TEXT[I] ("--" or U+2014), before END, is the end of
 * a quotation broken off: the dash is followed by a closing double quote
 * that closes the quotation being scanned, which ends at QUOTE_END. */
static int interrupted_speech(const char *text, size_t end, size_t quote_end,
                              size_t i)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t k;

	if (i + 2 < end && s[i] == '-' && s[i + 1] == '-')
		k = i + 2;
	else if (i + 3 < end && s[i] == 0xE2 && s[i + 1] == 0x80 &&
	         s[i + 2] == 0x94)
		k = i + 3;
	else
		return 0;
	if (s[k] == '"')
		k += 1;
	else if (k + 2 < end && s[k] == 0xE2 && s[k + 1] == 0x80 &&
	         s[k + 2] == 0x9D)
		k += 3;
	else
		return 0;
	return k == quote_end;
}

/* Where the closing quotes and brackets from S[I] on end: with
 * LOW_OPENERS, “ and ‘ close too, as German, Czech and others, which
 * open with „, close with them („Ja.“ Dann ...). */
static inline size_t closers_run_end(const unsigned char *s, size_t i,
                                     size_t end, int low_openers)
{
	uint32_t cp;

	while (i < end) {
		size_t n = u8_decode(s + i, end - i, &cp);
		if (!is_closer(cp) &&
		    !(low_openers && (cp == 0x201C || cp == 0x2018)))
			break;
		i += n;
	}
	return i;
}

/* Where the closing quotes and brackets right after a terminator, from
 * S[I] on, end (“ and ‘ among them, see closers_run_end). */
static size_t closers_end(const unsigned char *s, size_t i, size_t end)
{
	return closers_run_end(s, i, end, 1);
}

/* Where the closing quotes and brackets after a full-width stop, from
 * S[I] on, end: Chinese and Japanese open with “ and ‘, and close with
 * ” and ’ (“你来吗？”她问。“来。”). */
static size_t wide_closers_end(const unsigned char *s, size_t i, size_t end)
{
	return closers_run_end(s, i, end, 0);
}

/* The opener that the closer CP pairs with, or 0 for a bracket or a
 * title's mark. */
static uint32_t opener_of(uint32_t cp)
{
	switch (cp) {
	case '"': case '\'':    return cp;
	case 0xBB:   return 0xAB;          /* » « */
	case 0x201D: return 0x201C;        /* ” “ */
	case 0x2019: return 0x2018;        /* ’ ‘ */
	case 0x300D: return 0x300C;        /* 」「 */
	case 0x300F: return 0x300E;        /* 』『 */
	default:     return 0;
	}
}

/* Whether the closers S[I..E) close a title: 》 or 〉, the marks of a
 * book's or a work's name in Chinese (《谁动了我的奶酪？》曾是...), whose
 * stop is the name's, not the sentence's. */
static int closes_title(const unsigned char *s, size_t i, size_t e)
{
	for (; i + 3 <= e; i++)
		if (s[i] == 0xE3 && s[i + 1] == 0x80 &&
		    (s[i + 2] == 0x8B || s[i + 2] == 0x89))
			return 1;
	return 0;
}

/* Whether S[I..END), right after a quotation's closing bracket, goes
 * on with the quotative particle that makes the quotation part of the
 * sentence: Japanese 「明日来ます。」と言った ("'I'll come tomorrow,' he
 * said").  A sentence never opens with the particle: と before a verb
 * in Han (言った, 述べた, 思う) or before いう, して, の, か (という,
 * として, との, とか), or って before its verb.  Japanese has no case to
 * show where a sentence starts, and the particle is what shows that
 * none does. */
static int quotative_follows(const unsigned char *s, size_t i, size_t end)
{
	uint32_t a, b = 0;
	size_t n;

	if (i >= end)
		return 0;
	n = u8_decode(s + i, end - i, &a);
	if (i + n < end)
		u8_decode(s + i + n, end - i - n, &b);
	if (a == 0x3063)                       /* っ */
		return b == 0x3066;            /* て */
	return a == 0x3068 &&                  /* と */
	       ((b >= 0x4E00 && b <= 0x9FFF) || b == 0x3044 || b == 0x3057 ||
	        b == 0x306E || b == 0x304B);   /* い し の か */
}

/* The guillemets of the sentence TEXT[SENT..T0) (at most MAX_QUOTE bytes
 * of it, back from T0): how many » less how many «. */
static int guillemet_balance(const char *text, size_t sent, size_t t0)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t k = t0 - sent > MAX_QUOTE ? t0 - MAX_QUOTE : sent;
	int open = 0;

	for (; k + 1 < t0; k++)
		if (s[k] == 0xC2 && (s[k + 1] == 0xBB || s[k + 1] == 0xAB))
			open += s[k + 1] == 0xBB ? 1 : -1;
	return open;
}

/* Whether the sentence TEXT[SENT..T0) holds a » that no « has closed:
 * Danish, German and Slovene quote »so«, and a « right after a
 * terminator closes it (»Ja.« Så ...), where in French it opens the
 * next quotation (fin.« Puis »). */
static int guillemet_open(const char *text, size_t sent, size_t t0)
{
	return guillemet_balance(text, sent, t0) > 0;
}

/* Where the closing » after the terminator TEXT[T0..) ends, when French
 * sets it after a space (« Et toi ? » demanda-t-elle): I, where the
 * terminator and its closers end, is a space (or a no-break, narrow
 * no-break or thin one), then », and the sentence TEXT[SENT..T0) holds
 * a « that no » has closed.  Else I. */
static size_t spaced_guillemet_end(const char *text, size_t sent, size_t t0,
                                   size_t i, size_t end)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t j = i;

	if (j < end && s[j] == ' ')
		j++;
	else if (j + 1 < end && s[j] == 0xC2 && s[j + 1] == 0xA0)
		j += 2;
	else if (j + 2 < end && s[j] == 0xE2 && s[j + 1] == 0x80 &&
	         (s[j + 2] == 0xAF || s[j + 2] == 0x89))
		j += 3;
	else
		return i;
	if (j + 1 < end && s[j] == 0xC2 && s[j + 1] == 0xBB &&
	    guillemet_balance(text, sent, t0) < 0)
		return closers_end(s, j + 2, end);
	return i;
}

/* Where the word after the clitic at TEXT[I] starts, or I if none is
 * there: a clitic is a word cut to a letter or two by the apostrophe
 * before them ('n, 's, 't; ' or U+2019), a space or a hyphen after it
 * (Dutch place names: "'s-Hertogenbosch"), and its letters start at
 * *LETTERS.  It has no case of its own: the word after it takes the
 * capital of a sentence's start (Afrikaans "'n Man het gekom", Dutch
 * "'s Avonds"). */
static size_t past_clitic(const char *text, size_t i, size_t end,
                          size_t *letters)
{
	size_t a = i, j;

	if (text[i] == '\'')
		a = i + 1;
	else if (end - i >= 3 && memcmp(text + i, "\xE2\x80\x99", 3) == 0)
		a = i + 3;
	else
		return i;
	for (j = a; j < end && j - a < 3 && text[j] >= 'a' && text[j] <= 'z'; j++)
		;
	if (j == a || j - a > 2 || j + 1 >= end ||
	    (text[j] != ' ' && text[j] != '-'))
		return i;
	*letters = a;
	return j + 1;
}

/* Whether the quotation whose stop is at T0 and whose closer is at T1
 * goes on in its sentence before the word at NEXT: in a language whose
 * verb ends the clause (lang.verb_final), written without case, a
 * quotation opened after a word of its sentence is that word's object
 * or complement, and the verb of saying or the rest of the clause
 * follows (Amharic "ከንቲባዋ «…።» ብለዋል።", Korean "선수들은 '…이기자.'
 * 하고 ...", Persian "با فریاد «کمک!» از خانه ..."); one opened at the
 * sentence's start, after a colon or comma, or after a word that opens
 * what follows it (lang.dangling: Urdu کہ, Hindi कि, "that"), where the
 * verb came before it ("گفت: «…»", "کہا کہ "…""), ends the sentence
 * with it.  The opener is looked for at most MAX_QUOTE bytes back. */
static int quote_goes_on(const splitter *sp, size_t t0, size_t t1,
                         size_t next)
{
	const char *text = sp->text;
	const unsigned char *s = (const unsigned char *)text;
	size_t o, w, n, stop = t0 - sp->sent > MAX_QUOTE ? t0 - MAX_QUOTE : sp->sent;
	char key[MAX_KEY];
	uint32_t cp, open;
	int found = 0;

	if (!sp->lang->verb_final || next >= sp->end ||
	    !(class_at(text, sp->end, next, &n) & C_CASELESS))
		return 0;
	u8_decode(s + t1, sp->end - t1, &cp);
	if ((open = opener_of(cp)) == 0)
		return 0;
	for (o = t0; !found && o > stop; ) {
		o = prev_char(text, stop, o);
		u8_decode(s + o, t0 - o, &cp);
		found = cp == open;
	}
	if (!found || o <= sp->sent)
		return 0;
	while (o > sp->sent && s[o - 1] == ' ')
		o--;
	for (w = o; w > sp->sent && (class_at(text, o, prev_char(text, sp->sent, w),
	                                      &n) & C_LETTER);)
		w = prev_char(text, sp->sent, w);
	return w < o && !in_word_list(&sp->lang->dangling, key,
	                              summ_fold_word(text, w, o, key));
}

/* The length of the verb of saying (lang.said) at TEXT[I], or 0: not
 * one followed by 完, 罢 or 着, "having said", "saying", which opens
 * the narration after the quotation ("说完，他又低头干活"). */
static size_t said_at(const splitter *sp, size_t i)
{
	const word_list *said = &sp->lang->said;
	size_t best = 0;

	for (size_t v = 0; v < said->n; v++) {
		const char *w = word_at(said, v);
		size_t len = strlen(w);
		if (len <= sp->end - i && len > best &&
		    memcmp(sp->text + i, w, len) == 0)
			best = len;
	}
	if (best && sp->end - i - best >= 3 &&
	    (memcmp(sp->text + i + best, "\xE5\xAE\x8C", 3) == 0 ||   /* 完 */
	     memcmp(sp->text + i + best, "\xE7\xBD\xA2", 3) == 0 ||   /* 罢 */
	     memcmp(sp->text + i + best, "\xE7\x9D\x80", 3) == 0))    /* 着 */
		return 0;
	return best;
}

/* Whether the run of letters at NEXT, in a script without spaces, is
 * the attribution of a quotation: a verb of saying (lang.said) starts
 * at one of its first ATTRIBUTION_CHARS characters ("“…？”她轻声问道。"),
 * or the run is a clause of ATTRIBUTION_RUN characters at most that
 * ends with one, where the words between the speaker and the verb put
 * it ("“…。”他在赛后接受采访时说。"). */
#define ATTRIBUTION_CHARS 6
#define ATTRIBUTION_RUN 16
static int said_within(const splitter *sp, size_t next)
{
	size_t i = next, n, v;
	int c;

	for (c = 0; i < sp->end &&
	            (class_at(sp->text, sp->end, i, &n) & C_LETTER); c++, i += n) {
		if (c >= ATTRIBUTION_RUN)
			return 0;
		if ((v = said_at(sp, i)) != 0 &&
		    (c < ATTRIBUTION_CHARS || i + v == sp->end ||
		     !(class_at(sp->text, sp->end, i + v, &n) & C_LETTER)))
			return 1;
	}
	return 0;
}

/* Whether the folded word KEY (K bytes) is a verb of saying
 * (lang.said), alone or with an object pronoun joined to it
 * (lang.said_suffixes: Arabic سألتهم, "she asked them"). */
static int is_said(const lang *lg, const char *key, size_t k)
{
	if (in_word_list(&lg->said, key, k))
		return 1;
	for (size_t i = 0; i < lg->said_suffixes.n; i++) {
		const char *suffix = word_at(&lg->said_suffixes, i);
		size_t n = strlen(suffix);
		if (n < k && memcmp(key + k - n, suffix, n) == 0 &&
		    in_word_list(&lg->said, key, k - n))
			return 1;
	}
	return 0;
}

/* The most words of an attribution up to its verb of saying: "Aunt
 * Mary Jones asked", "माँ ने धीरे से पूछा"; where the verb ends the
 * clause (lang.verb_final), the words that say how and to whom come
 * before it: "주인 할아버지가 안경 너머로 나를 보며 말했다". */
#define ATTRIBUTION_WORDS 5
#define ATTRIBUTION_WORDS_VERB_FINAL 10

/* Whether the words at NEXT are the attribution of the quotation that
 * opened the sentence and has just closed after its stop at T0: the
 * speaker and a verb of saying (lang.said), which English writes after a
 * name ("Are you sure?" Jonah asked.), Arabic and Hebrew first («…؟»
 * سألت سارة), Chinese among the words after the closer (“…？”她问道。).
 * A question or an exclamation is so followed, or a full stop where no
 * case shows a sentence's start: in English a capital after a period in
 * quotes opens one ("This is great." She held it up.), as a pronoun
 * with a capital does even after a question ("Why?" She left.), the
 * attribution writing it in lower case ("Why?" she asked.). */
static int attribution_follows(const splitter *sp, size_t t0, size_t next)
{
	const char *text = sp->text;
	const unsigned char *s = (const unsigned char *)text;
	size_t end = sp->end, ws, we = next, n;
	uint32_t open, stop, first;
	unsigned cls;
	char key[MAX_KEY + 8];

	if (sp->lang->said.n == 0 || next >= end)
		return 0;
	u8_decode(s + sp->sent, end - sp->sent, &open);
	u8_decode(s + t0, end - t0, &stop);
	u8_decode(s + next, end - next, &first);
	if (!opens_quotation(open) ||
	    !(stop == '?' || stop == '!' || stop == 0x61F || stop == 0xFF1F ||
	      stop == 0xFF01 || (cp_class(first) & C_CASELESS)))
		return 0;
	if (is_spaceless(first))
		return said_within(sp, next);
	for (int words = 0; words < (sp->lang->verb_final
	                             ? ATTRIBUTION_WORDS_VERB_FINAL
	                             : ATTRIBUTION_WORDS); words++) {
		size_t k;
		/* "Jonah, who ..." is no attribution. */
		if (!next_word_spaced(text, we, end, &ws, &we))
			return 0;
		k = summ_fold_word(text, ws, we, key);
		if (is_said(sp->lang, key, k))
			return 1;
		/* The speaker before the verb: a name ("Jonah", "Aunt
		 * Mary"), not a pronoun; in a script without case, which
		 * shows neither, any word ("आईने विचारले"). */
		cls = class_at(text, end, ws, &n);
		if (!(cls & C_CASELESS) &&
		    (!(cls & C_UPPER) || in_word_list(&sp->lang->stopwords, key, k)))
			return 0;
	}
	return 0;
}

#endif /* SUMM_QUOTES_H */

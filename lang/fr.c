/*
 * fr.c - French: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"
#include "romance.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/*
 * French function words, sorted (strcmp order): articles, pronouns,
 * prepositions and their contractions with the article, conjunctions,
 * the common forms of être, avoir, faire, pouvoir, devoir and vouloir,
 * adverbs of degree, time and place, negation and question words.  An
 * elided article or pronoun stays joined to its word ("l'état"), so the
 * commonest elided pairs of function words are listed whole.
 */
static const char stopwords[][11] = {
	"afin", "ah", "ai", "aie", "aient", "aies", "ailleurs", "ainsi",
	"ait", "alors", "as", "assez", "au", "aucun", "aucune", "auquel",
	"aura", "aurai", "auraient", "aurais", "aurait", "auras", "aurez",
	"auriez", "aurions", "aurons", "auront", "aussi", "aussitôt",
	"autant", "autour", "autre", "autrefois", "autrement", "autres",
	"aux", "auxquelles", "auxquels", "avaient", "avais", "avait", "avant",
	"avec", "avez", "aviez", "avions", "avoir", "avons", "ayant", "ayez",
	"ayons", "beaucoup", "bien", "bientôt", "c'", "c'est", "c'était",
	"car", "ce", "ceci", "cela", "celle", "celles", "celui", "cependant",
	"certain", "certaine", "certaines", "certains", "ces", "cet", "cette",
	"ceux", "chacun", "chacune", "chaque", "chez", "ci", "combien",
	"comme", "comment", "contre", "d'", "d'un", "d'une", "dans", "de",
	"dedans", "dehors", "depuis", "derrière", "des", "desquelles",
	"desquels", "dessous", "dessus", "deux", "devaient", "devait",
	"devant", "devez", "devoir", "devons", "doit", "doivent", "donc",
	"dont", "du", "duquel", "durant", "dès", "déjà", "elle", "elles",
	"en", "encore", "enfin", "ensuite", "entre", "envers", "es", "est",
	"et", "eu", "eue", "eues", "eurent", "eus", "eut", "eux", "eûmes",
	"eût", "fais", "faisaient", "faisait", "fait", "faites", "faut",
	"fois", "font", "furent", "fus", "fut", "fûmes", "fût", "hier",
	"hors", "hélas", "ici", "il", "ils", "j'", "j'ai", "jamais", "je",
	"jusqu'", "jusqu'à", "jusque", "l'", "l'on", "la", "laquelle", "le",
	"lequel", "les", "lesquelles", "lesquels", "leur", "leurs", "lors",
	"lorsque", "lui", "là", "m'", "ma", "maintenant", "mais", "mal", "me",
	"mes", "moi", "moins", "mon", "même", "mêmes", "n'", "n'est", "ne",
	"ni", "non", "nos", "notre", "nous", "néanmoins", "nôtre", "nôtres",
	"on", "ont", "ou", "oui", "où", "par", "parce", "parfois", "parmi",
	"pas", "peu", "peut", "peuvent", "peux", "plupart", "plus",
	"plusieurs", "plutôt", "pour", "pourquoi", "pourra", "pourrait",
	"pourtant", "pouvait", "pouvoir", "presque", "puis", "puisque", "qu'",
	"qu'elle", "qu'elles", "qu'il", "qu'ils", "qu'on", "quand", "quant",
	"quasi", "que", "quel", "quelle", "quelles", "quelque", "quelques",
	"quels", "qui", "quoi", "quoique", "s'", "s'il", "s'ils", "sa",
	"sans", "sauf", "se", "selon", "sera", "serai", "seraient", "serais",
	"serait", "seras", "serez", "seriez", "serions", "serons", "seront",
	"ses", "si", "sien", "sienne", "siennes", "siens", "sinon", "soi",
	"soient", "sois", "soit", "sommes", "son", "sont", "sous", "souvent",
	"soyez", "soyons", "suis", "sur", "surtout", "t'", "ta", "tandis",
	"tant", "tantôt", "te", "tel", "telle", "tellement", "telles", "tels",
	"tes", "toi", "ton", "toujours", "tous", "tout", "toute", "toutes",
	"trop", "très", "tu", "un", "une", "va", "vais", "vers", "veulent",
	"veut", "via", "voici", "voilà", "vont", "vos", "votre", "vous",
	"vôtre", "vôtres", "y", "à", "ça", "étaient", "étais", "était",
	"étant", "étiez", "étions", "été", "êtes", "être"
};

/* Words that, followed by a period, introduce a name ("M. Durand",
 * "Mme Roux", "Me Dupond" for maître): never a sentence end. */
static const char titles[][6] = {
	"cdt", "col", "dr", "gén", "lt", "m", "me", "mgr", "mlle", "mlles",
	"mm", "mme", "mmes", "pdt", "pr", "prof"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence ("etc.", "env."). */
static const char abbrevs[][6] = {
	"appt", "apr", "art", "av", "avr", "bd", "boul", "bât", "cf", "chap",
	"coll", "déc", "dép", "env", "esc", "etc", "ex", "fig", "fév", "févr",
	"hab", "janv", "juil", "min", "mn", "mob", "no", "nov", "oct", "p",
	"pp", "réf", "sept", "suiv", "tél", "vol", "vs"
};

/* Those of them also written in lower case. */
static const char lower_abbrevs[][5] = {
	"appt", "apr", "art", "av", "bd", "bât", "cf", "chap", "coll", "env",
	"esc", "etc", "ex", "fig", "hab", "p", "pp", "réf", "suiv", "tél",
	"vol", "vs"
};

/* Relative pronouns. */
static const char relatives[][11] = {
	"auquel", "auxquelles", "auxquels", "desquelles", "desquels", "dont",
	"duquel", "laquelle", "lequel", "lesquelles", "lesquels", "où", "que",
	"qui"
};

/* Articles, prepositions, conjunctions and possessives: they cannot end
 * a line or a heading. */
static const char dangling[][8] = {
	"au", "aux", "avec", "ce", "ces", "cet", "cette", "chez", "contre",
	"dans", "de", "depuis", "des", "du", "dès", "en", "entre", "et", "la",
	"le", "les", "leur", "leurs", "ma", "mais", "malgré", "mes", "mon",
	"ni", "nos", "notre", "ou", "par", "parmi", "pendant", "pour", "sa",
	"sans", "selon", "ses", "son", "sous", "sur", "ta", "tes", "ton",
	"un", "une", "vers", "vos", "votre", "à"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball French, done on the UTF-8 bytes.
 *
 * The vowels are a e i o u y and their accented forms â à ë é ê è ï î ô
 * û ù.  Every suffix and every replacement is ASCII or a two-byte letter
 * of Latin-1, so suffixes are compared as bytes; code points are looked
 * at only to tell vowels from the rest.
 *
 *  1. Prelude: a u or i between two vowels, a y next to a vowel and a u
 *     after q are written U, I, Y, which count as non-vowels, so that
 *     "jouer" and "ennuie" keep their semi-vowels.  ë and ï become He
 *     and Hi: the bare e or i can then begin a suffix while H remembers
 *     the diaeresis.
 *  2. Regions.  RV starts after the third letter when the word opens
 *     with two vowels, after par, col or tap at the start, and else
 *     after the first vowel that is not the first letter.  R1 starts
 *     after the first non-vowel that follows a vowel; R2 is the same
 *     inside R1.  A suffix is in a region when it starts inside it.
 *  3. Step 1 takes the longest of the standard (derivational) suffixes
 *     and does what it calls for: usually delete it when it lies in R2,
 *     sometimes rewrite it (logie -> log, aux -> al in R1, eaux -> eau),
 *     and clean what precedes (ic left by -ation goes in R2 or becomes
 *     iqU).  Adverbs in -amment, -emment and -ment are reduced, but the
 *     step then counts as failed so that the verb steps look at what is
 *     left.
 *  4. Step 2a, when step 1 removed nothing: the longest verb ending in
 *     RV that begins with i (finir: finissons, finirait) goes if a
 *     non-vowel other than H, itself in RV, precedes it.
 *  5. Step 2b, when 2a removed nothing: the other verb endings in RV;
 *     -ions only in R2, and an e before the a-endings (mangeant) goes
 *     too.
 *  6. If one of steps 1 to 2b changed the word, a final Y becomes i and
 *     a final ç becomes c.  Otherwise step 4 removes a final s (not
 *     after a, i, o, u, è or s, but after Hi), then in RV -ion after s or
 *     t in R2, -ier and -ière become i, and a final e goes.
 *  7. Always: enn, onn, ett, ell and eill lose their last letter, and an
 *     é or è followed only by non-vowels at the end loses its accent.
 *  8. Postlude: U, I, Y back to lower case, He and Hi back to ë and ï,
 *     any other H removed.
 *
 * In each table only the longest matching suffix counts: if its
 * conditions fail the step fails, it never tries a shorter one.  A
 * table is kept in the order of its suffixes' last bytes, which longest()
 * searches by.
 */

/* Offset where the character ending just before I (> 0) starts. */
static size_t
prev_char(const char *w, size_t i)
{
	for (i--; i > 0 && is_cont(w[i]); i--)
		;
	return i;
}

/* Whether the character W[I..E) is a French vowel. */
static int
is_vowel(const char *w, size_t i, size_t e)
{
	if (e - i == 1)
		return w[i] == 'a' || w[i] == 'e' || w[i] == 'i' ||
		       w[i] == 'o' || w[i] == 'u' || w[i] == 'y';
	/* â à ë é ê è ï î ô û ù: byte C3, then one of these */
	return e - i == 2 && (unsigned char)w[i] == 0xC3 &&
	    memchr("\xA0\xA2\xA8\xA9\xAA\xAB\xAE\xAF\xB4\xB9\xBB",
	    w[i + 1], 11) != NULL;
}

/* Whether the character starting at I (< N) is a vowel. */
static int
vowel_at(const char *w, size_t n, size_t i)
{
	return is_vowel(w, i, next_char(w, n, i));
}

/* Whether the character ending just before I (> 0) is a vowel. */
static int
vowel_before(const char *w, size_t i)
{
	return is_vowel(w, prev_char(w, i), i);
}

/*
 * Prelude (1): mark the semi-vowels and the diaeresis, left to right so
 * that a letter just marked is no vowel for the next test.  Each mark
 * keeps the byte length (ë and ï are two bytes, He and Hi too).
 */
static void
prelude(char *w, size_t n)
{
	size_t i = 0, e, f;

	while (i < n) {
		e = next_char(w, n, i);
		if (is_vowel(w, i, e) && e < n &&
		    (w[e] == 'u' || w[e] == 'i' || w[e] == 'y')) {
			f = next_char(w, n, e);
			if (w[e] == 'y' || (f < n && vowel_at(w, n, f))) {
				w[e] = (char)(w[e] - 'a' + 'A');
				continue;
			}
		}
		if (e - i == 2 && (unsigned char)w[i] == 0xC3 &&
		    ((unsigned char)w[i + 1] == 0xAB ||
		    (unsigned char)w[i + 1] == 0xAF)) {
			w[i + 1] = (unsigned char)w[i + 1] == 0xAB ? 'e' : 'i';
			w[i] = 'H';
		} else if (w[i] == 'y' && e < n && vowel_at(w, n, e)) {
			w[i] = 'Y';
		} else if (w[i] == 'q' && e < n && w[e] == 'u') {
			w[e] = 'U';
		}
		i = e;
	}
}

/* Regions (2): French's own RV, R1 and R2 as the others have them. */
static void
french_regions(struct stem *st)
{
	const char *w = st->w;
	size_t n = st->n, a, b;

	st->rv = n;
	if (n > 0) {
		a = next_char(w, n, 0);
		b = a < n ? next_char(w, n, a) : n;
		if (b < n && is_vowel(w, 0, a) && is_vowel(w, a, b))
			st->rv = next_char(w, n, b);
		else if (n >= 3 && (memcmp(w, "par", 3) == 0 ||
		    memcmp(w, "col", 3) == 0 || memcmp(w, "tap", 3) == 0))
			st->rv = 3;
		else
			st->rv = past(w, n, a, 1, is_vowel);
	}
	mark_r1_r2(st, is_vowel);
}

/* Step 1's actions. */
enum {
	S_R2,		/* delete in R2 */
	S_ATION,	/* delete in R2, then ic */
	S_LOGIE,	/* log in R2 */
	S_USION,	/* u in R2 */
	S_ENCE,		/* ent in R2 */
	S_EMENT,	/* delete in RV, then iv, eus, abl, iqU, ièr */
	S_ITE,		/* delete in R2, then abil, ic, iv */
	S_IF,		/* delete in R2, then at and ic */
	S_EAUX,		/* eau */
	S_AUX,		/* al in R1 */
	S_EUSE,		/* delete in R2, else eux in R1 */
	S_ISSEMENT,	/* delete in R1 after a non-vowel */
	S_AMMENT,	/* ant in RV, and go on */
	S_EMMENT,	/* ent in RV, and go on */
	S_MENT		/* delete after a vowel in RV, and go on */
};

static const struct suffix step1_suffixes[] = {
	SUF("ance", S_R2), SUF("iqUe", S_R2), SUF("isme", S_R2),
	SUF("able", S_R2), SUF("iste", S_R2), SUF("atrice", S_ATION),
	SUF("logie", S_LOGIE), SUF("ence", S_ENCE), SUF("ive", S_IF),
	SUF("euse", S_EUSE), SUF("if", S_IF), SUF("ation", S_ATION),
	SUF("usion", S_USION), SUF("ution", S_USION),
	SUF("ateur", S_ATION), SUF("ances", S_R2), SUF("iqUes", S_R2),
	SUF("ismes", S_R2), SUF("ables", S_R2), SUF("istes", S_R2),
	SUF("atrices", S_ATION), SUF("ateurs", S_ATION),
	SUF("ations", S_ATION), SUF("logies", S_LOGIE),
	SUF("usions", S_USION), SUF("utions", S_USION),
	SUF("ences", S_ENCE), SUF("ements", S_EMENT), SUF("ités", S_ITE),
	SUF("ifs", S_IF), SUF("ives", S_IF), SUF("euses", S_EUSE),
	SUF("issements", S_ISSEMENT), SUF("ments", S_MENT),
	SUF("ement", S_EMENT), SUF("issement", S_ISSEMENT),
	SUF("amment", S_AMMENT), SUF("emment", S_EMMENT),
	SUF("ment", S_MENT), SUF("eux", S_R2), SUF("eaux", S_EAUX),
	SUF("aux", S_AUX), SUF("ité", S_ITE),
};

/* What may precede -ement, and what may precede -ité. */
enum { P_IV, P_EUS, P_ABL, P_IER, P_ABIL, P_IC, P_IV_ONLY };

static const struct suffix after_ement[] = {
	SUF("iqU", P_ABL), SUF("abl", P_ABL), SUF("ièr", P_IER),
	SUF("Ièr", P_IER), SUF("eus", P_EUS), SUF("iv", P_IV),
};

static const struct suffix after_ite[] = {
	SUF("ic", P_IC), SUF("abil", P_ABIL), SUF("iv", P_IV_ONLY),
};

/* A final "ic" left by a deleted suffix: gone in R2, else iqU. */
static void
tidy_ic(struct stem *st)
{
	if (ENDS(st, "ic"))
		put(st, st->n - 2, st->n - 2 >= st->r2 ? "" : "iqU");
}

/* Clean what precedes a deleted suffix, by table T (NT entries). */
static void
tidy_before(struct stem *st, const struct suffix *t, size_t nt)
{
	const struct suffix *s = longest(st, t, nt, 0);
	size_t at;

	if (s == NULL)
		return;
	at = st->n - s->len;
	switch (s->act) {
	case P_IV:
		if (at < st->r2)
			return;
		st->n = at;
		if (ENDS(st, "at") && st->n - 2 >= st->r2)
			st->n -= 2;
		break;
	case P_EUS:
		if (at >= st->r2)
			st->n = at;
		else if (at >= st->r1)
			put(st, at, "eux");
		break;
	case P_ABL:
	case P_IV_ONLY:
		if (at >= st->r2)
			st->n = at;
		break;
	case P_IER:
		if (at >= st->rv)
			put(st, at, "i");
		break;
	case P_ABIL:
		put(st, at, at >= st->r2 ? "" : "abl");
		break;
	case P_IC:
		put(st, at, at >= st->r2 ? "" : "iqU");
		break;
	}
}

/* Step 1 (3).  Returns whether it removed a suffix. */
static int
standard_suffix(struct stem *st)
{
	const struct suffix *s;
	size_t at;

	s = longest(st, step1_suffixes, NELEM(step1_suffixes), 0);
	if (s == NULL)
		return 0;
	at = st->n - s->len;
	switch (s->act) {
	case S_AMMENT:
	case S_EMMENT:
		if (at >= st->rv)
			put(st, at, s->act == S_AMMENT ? "ant" : "ent");
		return 0;
	case S_MENT:
		if (at > st->rv && vowel_before(st->w, at) &&
		    prev_char(st->w, at) >= st->rv)
			st->n = at;
		return 0;
	case S_EMENT:
		if (at < st->rv)
			return 0;
		st->n = at;
		tidy_before(st, after_ement, NELEM(after_ement));
		return 1;
	case S_EAUX:
		put(st, at, "eau");
		return 1;
	case S_AUX:
		if (at < st->r1)
			return 0;
		put(st, at, "al");
		return 1;
	case S_EUSE:
		if (at >= st->r2)
			st->n = at;
		else if (at >= st->r1)
			put(st, at, "eux");
		else
			return 0;
		return 1;
	case S_ISSEMENT:
		if (at < st->r1 || at == 0 || vowel_before(st->w, at))
			return 0;
		st->n = at;
		return 1;
	}
	/* The rest need the suffix in R2. */
	if (at < st->r2)
		return 0;
	st->n = at;
	switch (s->act) {
	case S_ATION:
		tidy_ic(st);
		break;
	case S_LOGIE:
		put(st, at, "log");
		break;
	case S_USION:
		put(st, at, "u");
		break;
	case S_ENCE:
		put(st, at, "ent");
		break;
	case S_ITE:
		tidy_before(st, after_ite, NELEM(after_ite));
		break;
	case S_IF:
		if (ENDS(st, "at") && st->n - 2 >= st->r2) {
			st->n -= 2;
			tidy_ic(st);
		}
		break;
	}
	return 1;
}

static const struct suffix i_verb_suffixes[] = {
	SUF("ira", 0), SUF("ie", 0), SUF("issante", 0), SUF("isse", 0),
	SUF("i", 0), SUF("irai", 0), SUF("ir", 0), SUF("îmes", 0),
	SUF("îtes", 0), SUF("ies", 0), SUF("irais", 0), SUF("iras", 0),
	SUF("irions", 0), SUF("irons", 0), SUF("is", 0), SUF("issais", 0),
	SUF("issantes", 0), SUF("issants", 0), SUF("isses", 0),
	SUF("issions", 0), SUF("issons", 0), SUF("ît", 0),
	SUF("iraIent", 0), SUF("irait", 0), SUF("irent", 0),
	SUF("iront", 0), SUF("issaIent", 0), SUF("issait", 0),
	SUF("issant", 0), SUF("issent", 0), SUF("it", 0), SUF("irez", 0),
	SUF("iriez", 0), SUF("issez", 0), SUF("issiez", 0),
};

/* Step 2a (4).  Returns whether it removed a suffix. */
static int
i_verb_suffix(struct stem *st)
{
	const struct suffix *s;
	size_t at;

	s = longest(st, i_verb_suffixes, NELEM(i_verb_suffixes), st->rv);
	if (s == NULL)
		return 0;
	at = st->n - s->len;
	if (at <= st->rv || st->w[at - 1] == 'H' ||
	    vowel_before(st->w, at))
		return 0;
	st->n = at;
	return 1;
}

enum { V_IONS, V_DELETE, V_A };

static const struct suffix verb_suffixes[] = {
	SUF("era", V_DELETE), SUF("a", V_A), SUF("ée", V_DELETE),
	SUF("ante", V_A), SUF("asse", V_A), SUF("erai", V_DELETE),
	SUF("ai", V_A), SUF("er", V_DELETE), SUF("ions", V_IONS),
	SUF("ées", V_DELETE), SUF("és", V_DELETE), SUF("erais", V_DELETE),
	SUF("eras", V_DELETE), SUF("erions", V_DELETE),
	SUF("erons", V_DELETE), SUF("âmes", V_A), SUF("âtes", V_A),
	SUF("ais", V_A), SUF("antes", V_A), SUF("ants", V_A),
	SUF("as", V_A), SUF("asses", V_A), SUF("assions", V_A),
	SUF("èrent", V_DELETE), SUF("eraIent", V_DELETE),
	SUF("erait", V_DELETE), SUF("eront", V_DELETE), SUF("ât", V_A),
	SUF("aIent", V_A), SUF("ait", V_A), SUF("ant", V_A),
	SUF("assent", V_A), SUF("erez", V_DELETE), SUF("eriez", V_DELETE),
	SUF("ez", V_DELETE), SUF("iez", V_DELETE), SUF("assiez", V_A),
	SUF("é", V_DELETE),
};

/* Step 2b (5).  Returns whether it removed a suffix. */
static int
verb_suffix(struct stem *st)
{
	const struct suffix *s;
	size_t at;

	s = longest(st, verb_suffixes, NELEM(verb_suffixes), st->rv);
	if (s == NULL)
		return 0;
	at = st->n - s->len;
	if (s->act == V_IONS && at < st->r2)
		return 0;
	if (s->act == V_A && at > st->rv && st->w[at - 1] == 'e')
		at--;
	st->n = at;
	return 1;
}

static const struct suffix residual_suffixes[] = {
	SUF("ière", 1), SUF("Ière", 1), SUF("e", 2), SUF("ion", 0),
	SUF("ier", 1), SUF("Ier", 1),
};

/* Whether the character W[I..E) keeps a final s: a i o u è s. */
static int
keeps_s(const char *w, size_t i, size_t e)
{
	if (e - i == 1)
		return w[i] != '\0' && strchr("aious", w[i]) != NULL;
	return e - i == 2 && memcmp(w + i, "è", 2) == 0;
}

/* Step 4 (6), when steps 1 to 2b changed nothing. */
static void
residual_suffix(struct stem *st)
{
	const struct suffix *s;
	size_t at, p;

	if (st->n >= 2 && st->w[st->n - 1] == 's') {
		p = prev_char(st->w, st->n - 1);
		if ((p > 0 && st->w[p] == 'i' && st->w[p - 1] == 'H') ||
		    !keeps_s(st->w, p, st->n - 1))
			st->n--;
	}
	s = longest(st, residual_suffixes, NELEM(residual_suffixes), st->rv);
	if (s == NULL)
		return;
	at = st->n - s->len;
	switch (s->act) {
	case 0:
		if (at >= st->r2 && at > st->rv &&
		    (st->w[at - 1] == 's' || st->w[at - 1] == 't'))
			st->n = at;
		break;
	case 1:
		put(st, at, "i");
		break;
	default:
		st->n = at;
		break;
	}
}

/* Step 7, first half: enn, onn, ett, ell, eill lose a letter. */
static void
un_double(struct stem *st)
{
	if (ENDS(st, "enn") || ENDS(st, "onn") || ENDS(st, "ett") ||
	    ENDS(st, "ell") || ENDS(st, "eill"))
		st->n--;
}

/* Step 7, second half: é or è before the final non-vowels becomes e. */
static void
un_accent(struct stem *st)
{
	size_t i = st->n, p;
	char *w = st->w;

	while (i > 0 && !vowel_before(w, i))
		i = prev_char(w, i);
	if (i == st->n || i < 2)
		return;
	p = i - 2;
	if ((unsigned char)w[p] == 0xC3 &&
	    ((unsigned char)w[p + 1] == 0xA9 ||
	    (unsigned char)w[p + 1] == 0xA8)) {
		w[p] = 'e';
		memmove(w + p + 1, w + i, st->n - i);
		st->n--;
	}
}

/* Postlude (8): undo the prelude's marks. */
static size_t
postlude(char *w, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		char c = w[i];

		if (c == 'I' || c == 'U' || c == 'Y') {
			w[k++] = (char)(c - 'A' + 'a');
		} else if (c == 'H' && i + 1 < n &&
		    (w[i + 1] == 'e' || w[i + 1] == 'i')) {
			w[k++] = (char)0xC3;
			w[k++] = (char)(w[++i] == 'e' ? 0xAB : 0xAF);
		} else if (c != 'H') {
			w[k++] = c;
		}
	}
	return k;
}

static size_t
stem_fr(char *word, size_t len)
{
	struct stem st;

	st.w = word;
	st.n = len;
	prelude(word, len);
	french_regions(&st);

	if (standard_suffix(&st) || i_verb_suffix(&st) ||
	    verb_suffix(&st)) {
		if (ENDS(&st, "Y"))
			st.w[st.n - 1] = 'i';
		else if (ENDS(&st, "ç"))
			put(&st, st.n - 2, "c");
	} else {
		residual_suffix(&st);
	}
	un_double(&st);
	un_accent(&st);
	return postlude(word, st.n);
}

/* Abbreviations that close their phrase: etc.; a capital after one
 * opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"etc"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][17] = {
	"amicalement", "amitiés", "bises", "cordialement", "respectueusement",
	"salutations"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][9] = {
	"licence", "licences"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][28] = {
	"ce courriel a été envoyé", "ce message a été envoyé",
	"cet e mail a été envoyé", "cet email a été envoyé", "désabonnement",
	"désinscription", "ne pas répondre", "ne plus recevoir",
	"ne répondez pas", "se désabonner", "se désinscrire",
	"te désinscrire", "tu reçois ce", "tu reçois cet", "tu reçois cette",
	"vous avez reçu ce", "vous avez reçu cet", "vous avez reçu cette",
	"vous désabonner", "vous désinscrire", "vous recevez ce",
	"vous recevez ces", "vous recevez cet", "vous recevez cette"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][40] = {
	"au plaisir de vous lire", "bon week end", "bonne fin de journée",
	"bonne journée", "bonne semaine", "bonne soirée",
	"comment allez vous", "comment vas tu",
	"dans l'attente de votre retour", "dans l'attente de votre réponse",
	"de votre compréhension", "de votre confiance",
	"désolé pour le retard", "désolé pour ma réponse tardive",
	"désolée pour le retard", "désolée pour ma réponse tardive",
	"excellente journée", "j'espère que tu vas bien",
	"j'espère que vous allez bien", "je m'excuse pour le retard",
	"je reste à ta disposition", "je reste à votre disposition",
	"je te remercie", "je vous remercie", "je vous remercie par avance",
	"merci", "merci beaucoup", "merci d'avance", "merci de votre retour",
	"merci encore", "merci infiniment", "merci par avance",
	"merci pour ta réponse", "merci pour votre commande",
	"merci pour votre e mail", "merci pour votre mail",
	"merci pour votre message", "merci pour votre retour",
	"merci pour votre réponse", "mille mercis",
	"n'hésite pas à me contacter", "n'hésitez pas à me contacter",
	"n'hésitez pas à nous contacter", "n'hésitez pas à revenir vers moi",
	"nous restons à votre disposition", "nous vous remercions",
	"pour ces informations", "pour ces précisions", "pour ta patience",
	"pour ta réponse", "pour ton aide", "pour ton message",
	"pour ton retour", "pour tout renseignement complémentaire",
	"pour toute information complémentaire", "pour toute question",
	"pour toutes ces informations", "pour votre aide",
	"pour votre compréhension", "pour votre confiance",
	"pour votre e mail", "pour votre mail", "pour votre message",
	"pour votre patience", "pour votre retour", "pour votre réactivité",
	"pour votre réponse", "pour votre réponse rapide", "un grand merci",
	"veuillez excuser le retard"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][27] = {
	"je m'appelle", "je suis la maman de", "je suis la mère de",
	"je suis le papa de", "je suis le père de",
	"nous sommes les parents de"
};

const lang lang_fr = {
	.code = "fr",
	.name = "French",
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 5),
	.abbrevs = WORD_LIST(abbrevs, 5),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 10),
	.dangling = WORD_LIST(dangling, 7),
	.closings = WORD_LIST(closings, 16),
	.licences = WORD_LIST(licences, 8),
	.notices = WORD_LIST(notices, 27),
	.formulas = WORD_LIST(formulas, 39),
	.introductions = WORD_LIST(introductions, 26),
	.stem = stem_fr,
};

/*
 * it.c - Italian: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"
#include "romance.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/*
 * Italian function words, sorted (strcmp order): articles, pronouns,
 * prepositions and the articulated prepositions (del, nella, sugli),
 * conjunctions, the common forms of essere, avere, fare, potere, dovere
 * and volere, adverbs of degree, time and place, negation and question
 * words.  An elided article stays joined to its word ("l'anno"), so the
 * commonest elided function words are listed whole.
 */
static const char stopwords[][10] = {
	"a", "abbia", "abbiamo", "abbiano", "abbiate", "ad", "adesso",
	"affinché", "agl'", "agli", "ai", "al", "all'", "alla", "alle",
	"allo", "allora", "altra", "altre", "altri", "altro", "anche",
	"ancora", "avemmo", "avendo", "avere", "avesse", "avessero", "avessi",
	"avessimo", "aveste", "avesti", "avete", "aveva", "avevamo",
	"avevano", "avevate", "avevi", "avevo", "avrai", "avranno", "avrebbe",
	"avrebbero", "avrei", "avremmo", "avremo", "avreste", "avresti",
	"avrete", "avrà", "avrò", "avuta", "avute", "avuti", "avuto", "c'",
	"ch'", "che", "chi", "ci", "cioè", "ciò", "come", "comunque", "con",
	"contro", "così", "cui", "d'", "da", "dagl'", "dagli", "dai", "dal",
	"dall'", "dalla", "dalle", "dallo", "dei", "del", "dell'", "della",
	"delle", "dello", "dentro", "deve", "devono", "di", "dietro", "dopo",
	"dov'è", "dove", "dunque", "durante", "e", "ebbe", "ebbero", "ebbi",
	"ecco", "ed", "egli", "ella", "era", "erano", "eravamo", "eravate",
	"eri", "ero", "essa", "esse", "essendo", "essere", "essi", "esso",
	"fa", "fanno", "fare", "fece", "fin", "fino", "fra", "fu", "fui",
	"fummo", "furono", "già", "giù", "gli", "ha", "hai", "hanno", "ho",
	"i", "il", "in", "infatti", "inoltre", "intanto", "invece", "io",
	"l'", "la", "le", "lei", "li", "lo", "loro", "lui", "là", "lì", "ma",
	"mai", "me", "meno", "mentre", "mi", "mia", "mie", "miei", "mio",
	"molta", "molte", "molti", "molto", "ne", "negl'", "negli", "nei",
	"nel", "nell'", "nella", "nelle", "nello", "nemmeno", "neppure",
	"nessuna", "nessuno", "noi", "non", "nostra", "nostre", "nostri",
	"nostro", "né", "o", "ogni", "oltre", "oppure", "ora", "per",
	"perché", "però", "più", "poco", "poi", "poiché", "potrebbe", "pure",
	"può", "qua", "qualche", "qualcosa", "qualcuno", "quale", "quali",
	"quando", "quanta", "quante", "quanti", "quanto", "quasi", "quegli",
	"quei", "quel", "quell'", "quella", "quelle", "quelli", "quello",
	"questa", "queste", "questi", "questo", "qui", "quindi", "s'",
	"sarai", "saranno", "sarebbe", "sarebbero", "sarei", "saremmo",
	"saremo", "sareste", "saresti", "sarete", "sarà", "sarò", "se", "sei",
	"sembra", "senza", "si", "sia", "siamo", "siano", "siate", "siete",
	"solo", "sono", "sopra", "sotto", "sta", "stanno", "stata", "state",
	"stati", "stato", "stesso", "sto", "su", "sua", "sue", "sugl'",
	"sugli", "sui", "sul", "sull'", "sulla", "sulle", "sullo", "suo",
	"suoi", "sé", "tanto", "te", "ti", "tra", "tu", "tua", "tue", "tuo",
	"tuoi", "tutta", "tutte", "tutti", "tutto", "un", "un'", "una", "uno",
	"vi", "voi", "vostra", "vostre", "vostri", "vostro"
};

/* Words that, followed by a period, introduce a name ("Sig. Rossi",
 * "Dott.ssa" is folded without its period as "dott"): never a sentence
 * end. */
static const char titles[][5] = {
	"arch", "avv", "dott", "dr", "geom", "ing", "mons", "on", "prof",
	"rag", "sen", "sig", "sigg"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence ("ecc.", "pag."). */
static const char abbrevs[][5] = {
	"ca", "cap", "cfr", "ecc", "es", "fig", "n", "p", "pag", "pagg", "pp",
	"sec", "tel", "vol"
};

/* Those of them also written in lower case. */
static const char lower_abbrevs[][5] = {
	"ca", "cap", "cfr", "ecc", "es", "fig", "pag", "pagg", "pp", "sec",
	"tel", "vol"
};

/* Relative pronouns. */
static const char relatives[][6] = {
	"che", "chi", "cui", "dove", "quale", "quali"
};

/* Articles, prepositions, conjunctions and possessives: they cannot end
 * a line or a heading. */
static const char dangling[][7] = {
	"a", "ad", "agli", "ai", "al", "alla", "alle", "allo", "coi", "col",
	"con", "da", "dagli", "dai", "dal", "dalla", "dalle", "dallo", "dei",
	"del", "della", "delle", "dello", "di", "e", "ed", "fra", "gli", "i",
	"il", "in", "la", "le", "lo", "ma", "mia", "mie", "miei", "mio",
	"negli", "nei", "nel", "nella", "nelle", "nello", "nostra", "nostre",
	"nostri", "nostro", "o", "per", "su", "sua", "sue", "sugli", "sui",
	"sul", "sulla", "sulle", "sullo", "suo", "suoi", "tra", "tua", "tue",
	"tuo", "tuoi", "un", "una", "uno", "vostra", "vostre", "vostri",
	"vostro"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Italian, done on the UTF-8 bytes.
 *
 * The vowels are a e i o u and à è ì ò ù.  Every suffix is ASCII or ends
 * in a two-byte letter of Latin-1, so suffixes are compared as bytes;
 * code points are looked at only to tell vowels from the rest.
 *
 *  1. Prelude: an acute accent becomes grave (perché -> perchè), the u
 *     after q and a u or i between two vowels are written U and I,
 *     which count as non-vowels.
 *  2. Regions.  RV: if the second letter is a non-vowel, the region
 *     after the next vowel; if the first two letters are vowels, the
 *     region after the next non-vowel; else (non-vowel, vowel) the
 *     region after the third letter.  R1 starts after the first
 *     non-vowel that follows a vowel, R2 is the same inside R1.  A
 *     suffix is in a region when it starts inside it.
 *  3. Step 0: an enclitic pronoun (ci gli la ... glielo, mene, vene)
 *     after a gerund in RV goes (facendolo -> facendo); after an
 *     infinitive in -ar, -er, -ir it becomes e (portarlo -> portare).
 *  4. Step 1 takes the longest derivational suffix and deletes it in R2
 *     (-anza, -ismo, -abile, -oso, -mente, ...), with what may precede
 *     it (-ic before -azione, -at and -ic before -ivo, -abil before
 *     -ità); -logia becomes log, -uzione u and -enza ente; -amento goes
 *     in RV and -amente in R1.
 *  5. If step 1 removed nothing, step 2 removes the longest verb ending
 *     in RV.
 *  6. Step 3: a final a, e, i, o, à, è, ì or ò in RV goes, and then an i
 *     in RV; a final ch or gh in RV loses its h.
 *  7. Postlude: I and U back to lower case.
 *
 * In each table only the longest matching suffix counts: if its
 * conditions fail the step fails, it never tries a shorter one.  A
 * table is kept in the order of its suffixes' last bytes, which longest()
 * searches by.
 */

/* Whether the character W[I..E) is an Italian vowel. */
static int
is_vowel(const char *w, size_t i, size_t e)
{
	if (e - i == 1)
		return w[i] != '\0' && strchr("aeiou", w[i]) != NULL;
	/* à è ì ò ù: byte C3, then one of these */
	return e - i == 2 && (unsigned char)w[i] == 0xC3 &&
	    memchr("\xA0\xA8\xAC\xB2\xB9", w[i + 1], 5) != NULL;
}

/* Whether the character starting at I (< N) is a vowel. */
static int
vowel_at(const char *w, size_t n, size_t i)
{
	return is_vowel(w, i, next_char(w, n, i));
}

/*
 * Prelude (1).  The accents first, in one pass: each acute vowel is two
 * bytes like its grave, so only the second byte changes.  Then the
 * semi-vowels, left to right, so that a letter just marked is no vowel
 * for the next test.
 */
static void
prelude(char *w, size_t n)
{
	static const char acute[] = "\xA1\xA9\xAD\xB3\xBA";
	static const char grave[] = "\xA0\xA8\xAC\xB2\xB9";
	const char *p;
	size_t i, e;

	for (i = 0; i < n; i++) {
		if ((unsigned char)w[i] == 0xC3 && i + 1 < n &&
		    w[i + 1] != '\0' && (p = strchr(acute, w[i + 1]))) {
			w[++i] = grave[p - acute];
		} else if (w[i] == 'q' && i + 1 < n && w[i + 1] == 'u') {
			w[++i] = 'U';
		}
	}
	for (i = 0; i < n; i = e) {
		e = next_char(w, n, i);
		if (is_vowel(w, i, e) && e + 1 < n &&
		    (w[e] == 'u' || w[e] == 'i') && vowel_at(w, n, e + 1))
			w[e] = (char)(w[e] - 'a' + 'A');
	}
}

/* Pronouns that may be attached to a verb. */
static const struct suffix pronouns[] = {
	SUF("la", 0), SUF("gliela", 0), SUF("mela", 0), SUF("tela", 0),
	SUF("cela", 0), SUF("vela", 0), SUF("le", 0), SUF("ne", 0),
	SUF("sene", 0), SUF("gliele", 0), SUF("gliene", 0), SUF("mele", 0),
	SUF("mene", 0), SUF("tele", 0), SUF("tene", 0), SUF("cele", 0),
	SUF("cene", 0), SUF("vele", 0), SUF("vene", 0), SUF("ci", 0),
	SUF("gli", 0), SUF("li", 0), SUF("mi", 0), SUF("si", 0),
	SUF("ti", 0), SUF("vi", 0), SUF("glieli", 0), SUF("meli", 0),
	SUF("teli", 0), SUF("celi", 0), SUF("veli", 0), SUF("lo", 0),
	SUF("glielo", 0), SUF("melo", 0), SUF("telo", 0), SUF("celo", 0),
	SUF("velo", 0),
};

/* The verb forms that may carry one: 1, the pronoun then becomes e. */
static const struct suffix pronoun_hosts[] = {
	SUF("ando", 0), SUF("endo", 0), SUF("ar", 1), SUF("er", 1),
	SUF("ir", 1),
};

/* Step 0 (3). */
static void
attached_pronoun(struct stem *st)
{
	const struct suffix *p, *h;
	struct stem host;
	size_t at;

	p = longest(st, pronouns, NELEM(pronouns), 0);
	if (p == NULL)
		return;
	at = st->n - p->len;
	host = *st;
	host.n = at;
	h = longest(&host, pronoun_hosts, NELEM(pronoun_hosts), st->rv);
	if (h != NULL)
		put(st, at, h->act ? "e" : "");
}

/* Step 1's actions. */
enum {
	S_R2,		/* delete in R2 */
	S_AZIONE,	/* delete in R2, then ic in R2 */
	S_LOGIA,	/* log in R2 */
	S_UZIONE,	/* u in R2 */
	S_ENZA,		/* ente in R2 */
	S_AMENTO,	/* delete in RV */
	S_AMENTE,	/* delete in R1, then iv (at), os, ic, abil in R2 */
	S_ITA,		/* delete in R2, then abil, ic, iv in R2 */
	S_IVO		/* delete in R2, then at and ic in R2 */
};

static const struct suffix step1_suffixes[] = {
	SUF("anza", S_R2), SUF("ica", S_R2), SUF("ista", S_R2),
	SUF("osa", S_R2), SUF("logia", S_LOGIA), SUF("enza", S_ENZA),
	SUF("iva", S_IVO), SUF("anze", S_R2), SUF("ice", S_R2),
	SUF("iche", S_R2), SUF("abile", S_R2), SUF("ibile", S_R2),
	SUF("iste", S_R2), SUF("ose", S_R2), SUF("mente", S_R2),
	SUF("atrice", S_R2), SUF("ante", S_R2), SUF("azione", S_AZIONE),
	SUF("atore", S_AZIONE), SUF("logie", S_LOGIA),
	SUF("uzione", S_UZIONE), SUF("usione", S_UZIONE),
	SUF("enze", S_ENZA), SUF("amente", S_AMENTE), SUF("ive", S_IVO),
	SUF("ici", S_R2), SUF("ichi", S_R2), SUF("ismi", S_R2),
	SUF("abili", S_R2), SUF("ibili", S_R2), SUF("isti", S_R2),
	SUF("osi", S_R2), SUF("atrici", S_R2), SUF("anti", S_R2),
	SUF("azioni", S_AZIONE), SUF("atori", S_AZIONE),
	SUF("uzioni", S_UZIONE), SUF("usioni", S_UZIONE),
	SUF("amenti", S_AMENTO), SUF("imenti", S_AMENTO),
	SUF("ivi", S_IVO), SUF("ico", S_R2), SUF("ismo", S_R2),
	SUF("oso", S_R2), SUF("amento", S_AMENTO), SUF("imento", S_AMENTO),
	SUF("ivo", S_IVO), SUF("istà", S_R2), SUF("ità", S_ITA),
	SUF("istè", S_R2), SUF("istì", S_R2),
};

/* What may precede -amente and -ità (see tidy). */
static const struct suffix after_amente[] = {
	SUF("ic", A_OTHER), SUF("abil", A_OTHER), SUF("os", A_OTHER),
	SUF("iv", A_IV),
};

static const struct suffix after_ita[] = {
	SUF("ic", A_OTHER), SUF("abil", A_OTHER), SUF("iv", A_OTHER),
};

/* Step 1 (4).  Returns whether it removed a suffix. */
static int
standard_suffix(struct stem *st)
{
	const struct suffix *s;
	size_t at, region;

	s = longest(st, step1_suffixes, NELEM(step1_suffixes), 0);
	if (s == NULL)
		return 0;
	at = st->n - s->len;
	region = s->act == S_AMENTO ? st->rv :
	    s->act == S_AMENTE ? st->r1 : st->r2;
	if (at < region)
		return 0;
	st->n = at;
	switch (s->act) {
	case S_AZIONE:
		if (ends_in(st, "ic", 2, st->r2))
			st->n -= 2;
		break;
	case S_LOGIA:
		put(st, at, "log");
		break;
	case S_UZIONE:
		put(st, at, "u");
		break;
	case S_ENZA:
		put(st, at, "ente");
		break;
	case S_AMENTE:
		tidy(st, after_amente, NELEM(after_amente));
		break;
	case S_ITA:
		tidy(st, after_ita, NELEM(after_ita));
		break;
	case S_IVO:
		if (ends_in(st, "at", 2, st->r2)) {
			st->n -= 2;
			if (ends_in(st, "ic", 2, st->r2))
				st->n -= 2;
		}
		break;
	}
	return 1;
}

/*
 * The verb endings.  The published list also holds "Yamo", which no
 * word can end in here (nothing writes a Y), so it is left out.
 */
static const struct suffix verb_suffixes[] = {
	SUF("ata", 0), SUF("ava", 0), SUF("enda", 0), SUF("eva", 0),
	SUF("isca", 0), SUF("ita", 0), SUF("iva", 0), SUF("uta", 0),
	SUF("are", 0), SUF("asse", 0), SUF("ate", 0), SUF("avate", 0),
	SUF("ende", 0), SUF("ere", 0), SUF("erebbe", 0), SUF("ereste", 0),
	SUF("erete", 0), SUF("ete", 0), SUF("evate", 0), SUF("ire", 0),
	SUF("irebbe", 0), SUF("ireste", 0), SUF("irete", 0),
	SUF("isce", 0), SUF("ite", 0), SUF("ivate", 0), SUF("ute", 0),
	SUF("assi", 0), SUF("ati", 0), SUF("avi", 0), SUF("endi", 0),
	SUF("erai", 0), SUF("erei", 0), SUF("eresti", 0), SUF("evi", 0),
	SUF("irai", 0), SUF("irei", 0), SUF("iresti", 0), SUF("isci", 0),
	SUF("iti", 0), SUF("ivi", 0), SUF("uti", 0), SUF("ammo", 0),
	SUF("ando", 0), SUF("ano", 0), SUF("arono", 0), SUF("assero", 0),
	SUF("assimo", 0), SUF("ato", 0), SUF("avamo", 0), SUF("avano", 0),
	SUF("avo", 0), SUF("emmo", 0), SUF("endo", 0), SUF("eranno", 0),
	SUF("erebbero", 0), SUF("eremmo", 0), SUF("eremo", 0),
	SUF("erono", 0), SUF("essero", 0), SUF("evamo", 0),
	SUF("evano", 0), SUF("evo", 0), SUF("iamo", 0), SUF("immo", 0),
	SUF("iranno", 0), SUF("irebbero", 0), SUF("iremmo", 0),
	SUF("iremo", 0), SUF("irono", 0), SUF("iscano", 0), SUF("isco", 0),
	SUF("iscono", 0), SUF("issero", 0), SUF("ito", 0), SUF("ivamo", 0),
	SUF("ivano", 0), SUF("ivo", 0), SUF("ono", 0), SUF("uto", 0),
	SUF("ar", 0), SUF("ir", 0), SUF("erà", 0), SUF("irà", 0),
	SUF("erò", 0), SUF("irò", 0),
};

/* Step 2 (5). */
static void
verb_suffix(struct stem *st)
{
	const struct suffix *s;

	s = longest(st, verb_suffixes, NELEM(verb_suffixes), st->rv);
	if (s != NULL)
		st->n -= s->len;
}

/* Whether the word ends in one of a e i o à è ì ò, starting in RV;
 * returns the length of that letter, or 0. */
static size_t
final_vowel(const struct stem *st)
{
	static const char aeio[][3] = {
		"a", "e", "i", "o", "à", "è", "ì", "ò"
	};
	size_t i, len;

	for (i = 0; i < NELEM(aeio); i++) {
		len = strlen(aeio[i]);
		if (ends_in(st, aeio[i], len, st->rv))
			return len;
	}
	return 0;
}

/* Step 3 (6). */
static void
vowel_suffix(struct stem *st)
{
	size_t len = final_vowel(st);

	if (len > 0) {
		st->n -= len;
		if (ends_in(st, "i", 1, st->rv))
			st->n--;
	}
	if ((ends_in(st, "ch", 2, st->rv) || ends_in(st, "gh", 2, st->rv)))
		st->n--;
}

/* Postlude (7): I and U back to lower case. */
static void
postlude(char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (w[i] == 'I' || w[i] == 'U')
			w[i] = (char)(w[i] - 'A' + 'a');
}

static size_t
stem_it(char *word, size_t len)
{
	struct stem st;

	st.w = word;
	st.n = len;
	prelude(word, len);
	mark_regions(&st, is_vowel);

	attached_pronoun(&st);
	if (!standard_suffix(&st))
		verb_suffix(&st);
	vowel_suffix(&st);
	postlude(word, st.n);
	return st.n;
}

/* Abbreviations that close their phrase: ecc. (eccetera), etc., and
 * the era after a year, a.C., d.C.; a capital after one opens a
 * sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"a.c", "d.c", "ecc", "etc"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][13] = {
	"abbracci", "cordialmente", "saluti"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][8] = {
	"licenza", "licenze"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][34] = {
	"annulla l'iscrizione", "annullare l'iscrizione",
	"cancella l'iscrizione", "cancellare l'iscrizione", "disiscriverti",
	"disiscriviti", "ha ricevuto questa comunicazione",
	"ha ricevuto questa e mail", "ha ricevuto questa email",
	"ha ricevuto questo messaggio", "hai ricevuto questa",
	"hai ricevuto questo", "non ricevere più", "non rispondere a questa",
	"non rispondere a questo", "questa e mail è stata inviata",
	"questa email è stata inviata", "questo messaggio è stato inviato",
	"ricevi questa", "ricevi questo", "sta ricevendo questa",
	"sta ricevendo questo", "stai ricevendo questa",
	"stai ricevendo questo"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][31] = {
	"buon fine settimana", "buon weekend", "buona giornata",
	"buona serata", "ci scusiamo per il disagio", "come sta",
	"come stai", "grazie", "grazie in anticipo", "grazie mille",
	"grazie per il suo messaggio", "grazie per il suo ordine",
	"grazie per il tuo messaggio", "grazie per il tuo ordine",
	"grazie per la risposta", "grazie per la sua email",
	"grazie per la sua mail", "grazie per la tua email",
	"grazie per la tua mail", "in attesa di un suo riscontro",
	"in attesa di un tuo riscontro", "la ringrazio",
	"mi scuso per il ritardo", "non esitare a contattarmi",
	"non esitare a scrivermi", "non esitate a contattarmi",
	"non esitate a scrivermi", "non esiti a contattarmi",
	"per il messaggio", "per il suo aiuto", "per il tuo aiuto",
	"per la collaborazione", "per la comprensione", "per la fiducia",
	"per la pazienza", "per la rapida risposta",
	"per la sua comprensione", "per la sua disponibilità",
	"per la sua pazienza", "per la tua disponibilità",
	"per la tua pazienza", "per le informazioni",
	"per qualsiasi chiarimento", "per qualsiasi domanda",
	"per qualsiasi dubbio", "per qualunque dubbio",
	"per ulteriori informazioni", "restiamo a disposizione",
	"restiamo a vostra disposizione", "resto a disposizione",
	"resto a sua disposizione", "resto a tua disposizione",
	"rimango a disposizione", "scusa il ritardo", "scusa per il ritardo",
	"scusate il ritardo", "sono a disposizione", "spero che stia bene",
	"spero che tu stia bene", "spero tu stia bene", "ti ringrazio"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][20] = {
	"il mio nome è", "le scrive", "mi chiamo", "siamo i genitori di",
	"sono il padre di", "sono il papà di", "sono la madre di",
	"sono la mamma di", "ti scrive", "vi scrive"
};

const lang lang_it = {
	.code = "it",
	.name = "Italian",
	.stopwords = WORD_LIST(stopwords, 9),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 5),
	.dangling = WORD_LIST(dangling, 6),
	.closings = WORD_LIST(closings, 12),
	.licences = WORD_LIST(licences, 7),
	.notices = WORD_LIST(notices, 33),
	.formulas = WORD_LIST(formulas, 30),
	.introductions = WORD_LIST(introductions, 19),
	.stem = stem_it,
};

/*
 * eu.c - Basque: its word lists and its stemmer (see lang.h).
 *
 * Basque is agglutinative: case endings, and what other languages say
 * with prepositions, are suffixes on the last word of a phrase (etxean,
 * etxetik, etxearekin), and a relative clause is marked by a suffix on
 * its verb (-n), so those cannot be listed.  What is listed, each form
 * as it is written since stopwords are matched before stemming, are
 * the free words: personal and reflexive pronouns in their common cases
 * (ni, nik, niri, nire, nirekin), the demonstratives hau, hori, hura and
 * their cases, question words and indefinite pronouns and quantifiers,
 * conjunctions and the free postpositions (gabe, arte, buruz, ondoren),
 * the commonest forms of the auxiliaries izan and *edun and of dago, the
 * modal words (behar, nahi, ahal, ezin) and particles, and common
 * adverbs.
 */
#include "lang.h"

#include <string.h>

/* Function words, every form as it is written, sorted in strcmp()
 * order. */
static const char stopwords[][11] = {
	"agian", "ahal", "al", "ala", "alde", "aldean", "aldera", "aldiz",
	"anitz", "arabera", "ari", "arte", "artean", "asko", "askotan",
	"atzean", "atzo", "aurka", "aurrean", "aurretik", "azpian", "bada",
	"badira", "bai", "baina", "baino", "baita", "baizik", "bakarrik",
	"bakoitza", "bakoitzak", "baldin", "balitz", "balu", "barruan", "bat",
	"batean", "batek", "baten", "bati", "batzuek", "batzuetan", "batzuk",
	"behar", "beharbada", "bera", "beraiek", "beraien", "berak", "berari",
	"beraz", "bere", "berehala", "berekin", "berriro", "berriz", "beste",
	"besteak", "besteek", "bestela", "besterik", "beti", "bezala",
	"bezalako", "bi", "bidez", "bihar", "bitartean", "buruz", "da",
	"dago", "dagoeneko", "daiteke", "daitezke", "daude", "dela", "den",
	"dena", "denak", "denek", "denok", "dezake", "dezakete", "digu",
	"dio", "diogu", "diot", "diote", "dira", "direla", "diren", "dit",
	"ditu", "ditugu", "ditut", "dituzte", "dituzu", "dizu", "du", "duela",
	"duen", "dugu", "dut", "dute", "dutela", "duten", "duzu", "duzue",
	"edo", "edozein", "edozer", "egin", "egiten", "ere", "esker", "eta",
	"ez", "ezen", "ezer", "ezertan", "ezin", "ezta", "gabe", "gain",
	"gainean", "gainera", "gara", "gaur", "gehiago", "gehiegi", "gehien",
	"genuen", "gero", "geroago", "geu", "ginen", "gisa", "gu", "guk",
	"gure", "gurekin", "guretzat", "guri", "gutxi", "gutxiago", "guzti",
	"guztia", "guztiak", "guztiek", "guztien", "haiei", "haiek",
	"haiekin", "haien", "haientzat", "hain", "hainbat", "hala", "halako",
	"han", "handik", "hara", "harekin", "haren", "harentzat", "hari",
	"hark", "hartan", "hartaz", "hau", "hauei", "hauek", "hauen",
	"hauetan", "hemen", "hemendik", "hi", "hik", "hire", "hiri", "hola",
	"hona", "honek", "honekin", "honela", "honelako", "honen", "honetan",
	"honi", "hor", "hori", "horiei", "horiek", "horien", "horietan",
	"horra", "horregatik", "horrek", "horrekin", "horrela", "horrelako",
	"horren", "horretan", "horri", "hortik", "hura", "ia", "inguru",
	"inguruan", "inoiz", "inon", "inongo", "inor", "izan", "izanda",
	"izango", "izateko", "izaten", "jada", "kanpoan", "kontra", "lehen",
	"lehenago", "liteke", "litzateke", "luke", "lukete", "maiz", "moduan",
	"nahi", "nahiko", "nahiz", "naiz", "neu", "ni", "nigan", "nik",
	"nintzen", "nire", "nirekin", "niretzat", "niri", "nitaz", "noiz",
	"noizbait", "nola", "non", "nonbait", "nondik", "nor", "nora",
	"norbait", "norekin", "noren", "norentzat", "nori", "nork", "nuen",
	"ohi", "omen", "ondo", "ondoan", "ondoren", "ondorioz", "ongi",
	"orain", "oraindik", "ordea", "ordez", "orduan", "oro", "oso",
	"ostean", "ote", "samar", "sarri", "soilik", "zara", "zarete",
	"zegoen", "zehar", "zein", "zeinek", "zeinen", "zeintzuk", "zela",
	"zen", "zenbait", "zenbat", "zenean", "zenuen", "zenuten", "zer",
	"zerbait", "zeren", "zergatik", "zeri", "zerk", "zertan", "zertarako",
	"zeu", "zeuden", "zidan", "zinen", "zineten", "zion", "zioten",
	"zirela", "ziren", "zituen", "zituzten", "zu", "zuei", "zuek",
	"zuekin", "zuela", "zuen", "zuentzat", "zuk", "zure", "zurekin",
	"zuretzat", "zuri", "zuten"
};

/* Before a name: Dr. Etxeberria, Prof. Agirre. */
static const char titles[][5] = {
	"dr", "prof"
};

/* Usually followed by a period, but may end a sentence (... etab.). */
static const char abbrevs[][5] = {
	"adib", "etab", "ik", "or", "orr", "zk"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][5] = {
	"adib", "etab", "ik", "or", "orr", "zk"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][8] = {
	"ala", "baina", "baizik", "beraien", "bere", "edo", "eta", "gure",
	"haien", "haren", "hire", "nahiz", "nire", "zuen", "zure"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Basque.
 *
 * Basque builds words by stacking suffixes, so the algorithm strips them
 * from the end in three passes, each a list of suffixes looked up
 * longest first:
 *
 *  1. Regions, with a e i o u as the only vowels.  RV: if the word opens
 *     with a vowel and a non-vowel, RV follows the next vowel; with two
 *     vowels, it follows the next non-vowel; with a non-vowel and a
 *     vowel, it starts after the third letter; with two non-vowels, after
 *     the next vowel.  R1 follows the first non-vowel after a vowel, R2
 *     applies that rule again inside R1.  A suffix is in a region when it
 *     starts there.
 *  2. Verb-forming suffixes (aditzak: -tzaile, -aldatu, -keta, -pen ...)
 *     are removed again and again while the longest one found lies in RV
 *     (-garri, -tza in R2); a few words (atseden, arabera, baditu) are
 *     kept but step the search back over themselves.
 *  3. Noun-forming suffixes (izenak: -tasun, -tegi, -ko, -en ...) the
 *     same way, with RV, R2 or R1 as each suffix asks, and a few rewrites
 *     (joka -> jok, trako -> tra, minutuko -> minutu).
 *  4. Once, an adjective suffix in RV (-era, -tate, -larik, -rik ...) is
 *     removed, or zlea becomes z.
 *
 * Each pass works backwards from where the previous left off: a suffix
 * that is removed leaves the search at the new end of the word, one that
 * is kept or rewritten leaves it before itself.  Only the longest suffix
 * ending at that point counts; if its region test fails the pass stops.
 * The suffixes are ASCII but for ñ, so they are matched as bytes; a
 * character of several bytes is a single non-vowel.
 */

/* What a suffix asks: its deletion in a region, nothing, or a rewrite. */
enum { DEL_RV, DEL_R1, DEL_R2, KEEP, REWRITE };

/* Suffixes that share an action, written in one string with spaces. */
struct group {
	const char *sufs;
	int act;
	const char *to;	/* for REWRITE */
};

static const struct group aditzak[] = {
	{ "le la tzaile aldatu atu tzailea taile tailea pera gale galea "
	  "gura kura kor korra or orra tun tuna gaitz gaitza kaitz kaitza "
	  "ezin ezina tezin tezina errez erreza karri karria tzaga tzaka "
	  "tzake tzeke ez eza tzez keta eta etan pen pena tze atze kuntza "
	  "kunde kundea kune kunea kuna kera era kizun kizuna dura tura men "
	  "mena go ago tio taldi taldia aldi aldia gune gunea bide bidea "
	  "pide pidea gai gaia ki kin rekin kina kari karia ari tari etari "
	  "gailu gailua kide kidea ide idea du ka kan an ean tu lari tatu "
	  "rean tarazi arazi tzat bera dako", DEL_RV, NULL },
	{ "garri garria tza", DEL_R2, NULL },
	{ "atseden arabera baditu", KEEP, NULL },
};

static const struct group izenak[] = {
	{ "ari aria bizia kari karia lari laria tari taria zain zaina "
	  "tzain tzaina zale zalea tzale tzalea aizun orde ordea burua ohi "
	  "ohia kintza gintzo gintzu tzu tzua tzo tzoa kuntza talde taldea "
	  "eria keria teria di za ada tara etara tra ta tegi tegia keta z "
	  "zko zkoa ti tia tsu tsua zu zua bera pera zto ztoa asi asia gile "
	  "gilea estu estua larri larria nahi nahia koi koia oi oia goi min "
	  "mina dun duna duru durua duri duria os osa oso osoa ar ara tar "
	  "dar dara tiar tiara liar liara gabe gabea kabe kabea ga ge kada "
	  "tasun tasuna asun asuna go mendu mendua mentu mentua mendi "
	  "mendia zio zioa zino zinoa zione zionea ezia degi degia egi egia "
	  "toki tokia leku lekua gintza alde aldea kalde kaldea gune gunea "
	  "une unea una pe pea gibel gibela ondo ondoa arte artea aurre "
	  "aurrea etxe etxea ola ontzi ontzia gela denda taldi taldia aldi "
	  "aldia te tea zaro zaroa taro taroa oro oroa aro aroa ero eroa "
	  "eroz eroza ka kan kana tako etako takoa kote kotea tzar tzarra "
	  "handi handia kondo kondoa skila no noa \xc3\xb1o \xc3\xb1oa ska "
	  "xka zka tila to toa tto ttoa txo txoa txu txua anda anga urren "
	  "urrena gai gaia gei geia eme emea kume kumea sa ko eko koa ena "
	  "enea ne nea kor korra ez eza eta etan ki kia kin kina tu tua du "
	  "dua ek tarik tariko tan ordu ordua oste ostea tzara ra antza "
	  "behar ro giro ak zp ket kail kaila ail kirri kirria ngo ngoa "
	  "\xc3\xb1i sko sta koitz koitza na garren garrena kera gerren "
	  "gerrena garna kide tz tuko", DEL_RV, NULL },
	{ "ora garri garria or buru ren tza", DEL_R2, NULL },
	{ "tzen ten en tatu", DEL_R1, NULL },
	{ "joka", REWRITE, "jok" },
	{ "trako", REWRITE, "tra" },
	{ "minutuko", REWRITE, "minutu" },
	{ "zehar geldi igaro aurka", KEEP, NULL },
};

static const struct group adjetiboak[] = {
	{ "era ero go tate tade date dade keria ki to ro la gi larik "
	  "lanik ik ztik rik", DEL_RV, NULL },
	{ "zlea", REWRITE, "z" },
};

#define NELEM(a) (sizeof (a) / sizeof *(a))

/* The word being stemmed, its regions and where the search stands. */
struct eu {
	char *w;
	size_t n;
	size_t rv, r1, r2;
	size_t c;	/* the suffixes looked for end here */
};

/* Offset just past the character that starts at I (< N): UTF-8
 * continuation bytes (10xxxxxx) belong to the character before them. */
static size_t next_char(const char *w, size_t i, size_t n)
{
	for (i++; i < n && ((unsigned char)w[i] & 0xC0) == 0x80; i++)
		;
	return i;
}

static int is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* Offset just past the first character at or after I that is a vowel
 * (VOWEL) or a non-vowel (!VOWEL), or N + 1 if there is none. */
static size_t go_past(const char *w, size_t i, size_t n, int vowel)
{
	while (i < n) {
		int v = is_vowel(w[i]);
		i = next_char(w, i, n);
		if (v == vowel)
			return i;
	}
	return n + 1;
}

/* RV as step 1 describes it, or N if the word has none. */
static size_t find_rv(const char *w, size_t n)
{
	size_t i, j, r = n + 1;

	if (n == 0)
		return 0;
	i = next_char(w, 0, n);
	if (i >= n)
		return n;
	j = next_char(w, i, n);
	if (is_vowel(w[i]) == is_vowel(w[0]) || is_vowel(w[0]))
		r = go_past(w, j, n, !is_vowel(w[i]));
	else if (j < n)
		r = next_char(w, j, n);
	return r > n ? n : r;
}

/* Sets the regions of E's word. */
static void find_regions(struct eu *e)
{
	size_t p;

	e->rv = find_rv(e->w, e->n);
	p = go_past(e->w, 0, e->n, 1);
	p = p > e->n ? p : go_past(e->w, p, e->n, 0);
	e->r1 = p > e->n ? e->n : p;
	p = p > e->n ? p : go_past(e->w, p, e->n, 1);
	p = p > e->n ? p : go_past(e->w, p, e->n, 0);
	e->r2 = p > e->n ? e->n : p;
}

/* The group of the longest suffix in G[0..NG) that ends at E->c, and in
 * *START where that suffix starts; NULL if none does. */
static const struct group *longest(const struct eu *e, const struct group *g,
                                   size_t ng, size_t *start)
{
	const struct group *best = NULL;
	size_t bestlen = 0;

	for (size_t k = 0; k < ng; k++) {
		const char *s = g[k].sufs;
		while (*s != '\0') {
			size_t l = 0;
			while (s[l] != '\0' && s[l] != ' ')
				l++;
			if (l > bestlen && l <= e->c &&
			    memcmp(e->w + e->c - l, s, l) == 0) {
				best = &g[k];
				bestlen = l;
			}
			s += l;
			while (*s == ' ')
				s++;
		}
	}
	*start = e->c - bestlen;
	return best;
}

/* Replaces W[FROM..E->c) with TO (TL bytes, no longer than what it
 * replaces), leaving the search at FROM. */
static void rewrite(struct eu *e, size_t from, const char *to, size_t tl)
{
	memcpy(e->w + from, to, tl);
	memmove(e->w + from + tl, e->w + e->c, e->n - e->c);
	e->n -= e->c - from - tl;
	e->c = from;
}

/* One look-up in G: applies the longest suffix's action and returns 1,
 * or returns 0 (changing nothing) if there is none or its region test
 * fails. */
static int strip(struct eu *e, const struct group *g, size_t ng)
{
	size_t at;
	const struct group *m = longest(e, g, ng, &at);

	if (m == NULL)
		return 0;
	switch (m->act) {
	case DEL_RV:
	case DEL_R1:
	case DEL_R2:
		if (at < (m->act == DEL_RV ? e->rv :
		          m->act == DEL_R1 ? e->r1 : e->r2))
			return 0;
		rewrite(e, at, "", 0);
		break;
	case REWRITE:
		rewrite(e, at, m->to, strlen(m->to));
		break;
	default:	/* KEEP: the search steps back over it */
		e->c = at;
		break;
	}
	return 1;
}

static size_t stem_eu(char *word, size_t len)
{
	struct eu e = { word, len, 0, 0, 0, len };

	find_regions(&e);
	while (strip(&e, aditzak, NELEM(aditzak)))
		;
	while (strip(&e, izenak, NELEM(izenak)))
		;
	strip(&e, adjetiboak, NELEM(adjetiboak));
	return e.n;
}

/* Abbreviations that close their phrase: etab. (eta abar); a capital
 * after one opens a sentence (see lang.h). */
static const char phrase_ends[][5] = {
	"etab"
};

const lang lang_eu = {
	.code = "eu",
	.name = "Basque",
	.place_by_case = 1,
	.stopwords = WORD_LIST(stopwords, 10),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 4),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 4),
	.phrase_ends = WORD_LIST(phrase_ends, 4),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 7),
	.stem = stem_eu,
};

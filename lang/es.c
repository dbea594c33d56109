/*
 * es.c - Spanish: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"
#include "romance.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/*
 * Spanish function words, sorted (strcmp order): articles, pronouns,
 * prepositions and their contractions (al, del), conjunctions, the
 * common forms of ser, estar, haber, tener, hacer, poder and deber,
 * adverbs of degree, time and place, negation and question words, with
 * and without their accents.
 */
static const char stopwords[][10] = {
	"a", "acá", "ahora", "ahí", "al", "algo", "alguien", "alguna",
	"algunas", "alguno", "algunos", "algún", "allá", "allí", "ante",
	"antes", "aquel", "aquella", "aquellas", "aquello", "aquellos",
	"aquí", "así", "aun", "aunque", "aún", "bajo", "bastante", "bien",
	"cada", "casi", "como", "con", "conmigo", "contigo", "contra", "cual",
	"cuales", "cualquier", "cuando", "cuanta", "cuantas", "cuanto",
	"cuantos", "cuya", "cuyas", "cuyo", "cuyos", "cuál", "cuáles",
	"cuándo", "cuánta", "cuántas", "cuánto", "cuántos", "cómo", "de",
	"debe", "deben", "debía", "del", "demasiado", "desde", "después",
	"donde", "dos", "durante", "dónde", "e", "el", "ella", "ellas",
	"ello", "ellos", "en", "encima", "entonces", "entre", "era", "eran",
	"eras", "eres", "es", "esa", "esas", "ese", "eso", "esos", "esta",
	"estaba", "estaban", "estado", "estamos", "estar", "estará", "estas",
	"este", "esto", "estos", "estoy", "estuvo", "está", "están", "estás",
	"esté", "estén", "fue", "fueron", "fui", "fuimos", "ha", "haber",
	"habrá", "habría", "había", "habían", "hace", "hacen", "hacia",
	"hacía", "han", "has", "hasta", "hay", "haya", "hayan", "he", "hemos",
	"hizo", "incluso", "jamás", "la", "las", "le", "les", "lo", "los",
	"luego", "me", "menos", "mi", "mientras", "mis", "misma", "mismas",
	"mismo", "mismos", "mucha", "muchas", "mucho", "muchos", "muy", "más",
	"mí", "mía", "mías", "mío", "míos", "nada", "nadie", "ni", "ninguna",
	"ninguno", "ningún", "no", "nos", "nosotras", "nosotros", "nuestra",
	"nuestras", "nuestro", "nuestros", "nunca", "o", "os", "otra",
	"otras", "otro", "otros", "para", "pero", "poca", "pocas", "poco",
	"pocos", "por", "porque", "pudo", "puede", "pueden", "pues", "que",
	"quien", "quienes", "quién", "quiénes", "qué", "se", "sea", "sean",
	"según", "ser", "será", "serán", "sería", "si", "sido", "siempre",
	"sin", "sino", "sobre", "sois", "solo", "somos", "son", "soy", "su",
	"sus", "suya", "suyas", "suyo", "suyos", "sí", "sólo", "tal",
	"también", "tampoco", "tan", "tanta", "tantas", "tanto", "tantos",
	"te", "tenemos", "tener", "tengo", "tenía", "tenían", "ti", "tiene",
	"tienen", "toda", "todas", "todavía", "todo", "todos", "tras", "tu",
	"tus", "tuvo", "tuya", "tuyas", "tuyo", "tuyos", "tú", "u", "un",
	"una", "unas", "uno", "unos", "usted", "ustedes", "va", "vamos",
	"van", "varias", "varios", "vaya", "vez", "vosotras", "vosotros",
	"vuestra", "vuestras", "vuestro", "vuestros", "y", "ya", "yo", "él",
	"éramos"
};

/* Words that, followed by a period, introduce a name ("Sr. García",
 * "Dña. Elena"): never a sentence end. */
static const char titles[][6] = {
	"d", "dn", "dr", "dra", "dña", "excma", "excmo", "gral", "ilma",
	"ilmo", "lcda", "lcdo", "lda", "ldo", "lic", "mons", "prof", "profa",
	"sr", "sra", "sras", "sres", "srta", "sta", "sto"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence ("etc.", "aprox."). */
static const char abbrevs[][7] = {
	"abr", "admón", "ago", "aprox", "art", "av", "avda", "cap", "cf",
	"col", "cía", "dic", "dpto", "ee", "ej", "ene", "etc", "feb", "fig",
	"jul", "jun", "máx", "mín", "núm", "oct", "pp", "pág", "págs", "sept",
	"set", "tel", "tfno", "ud", "uds", "uu", "vd", "vds", "vol", "vs"
};

/* Those of them also written in lower case. */
static const char lower_abbrevs[][6] = {
	"aprox", "art", "av", "avda", "cap", "cf", "col", "ej", "etc", "fig",
	"máx", "mín", "núm", "pp", "pág", "págs", "tel", "tfno", "vol", "vs"
};

/* Relative pronouns. */
static const char relatives[][8] = {
	"cual", "cuales", "cuya", "cuyas", "cuyo", "cuyos", "donde", "que",
	"quien", "quienes"
};

/* Articles, prepositions, conjunctions and possessives: they cannot end
 * a line or a heading. */
static const char dangling[][9] = {
	"a", "al", "ante", "bajo", "cabe", "con", "contra", "de", "del",
	"desde", "e", "el", "en", "entre", "hacia", "hasta", "la", "las",
	"los", "mi", "mis", "ni", "nuestra", "nuestras", "nuestro",
	"nuestros", "o", "para", "pero", "por", "según", "sin", "sobre", "su",
	"sus", "tras", "tu", "tus", "u", "un", "una", "unas", "unos",
	"vuestra", "vuestras", "vuestro", "vuestros", "y"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Spanish, done on the UTF-8 bytes.
 *
 * The vowels are a e i o u, á é í ó ú and ü.  Every suffix is ASCII or
 * holds two-byte letters of Latin-1, so suffixes are compared as bytes;
 * code points are looked at only to tell vowels from the rest.
 *
 *  1. Regions.  RV: if the second letter is a non-vowel, the region
 *     after the next vowel; if the first two letters are vowels, the
 *     region after the next non-vowel; else (non-vowel, vowel) the
 *     region after the third letter.  R1 starts after the first
 *     non-vowel that follows a vowel, R2 is the same inside R1.  A
 *     suffix is in a region when it starts inside it.
 *  2. Step 0: an enclitic pronoun (me se la le lo las les los nos, sela
 *     selo selas selos) goes when it follows, in RV, a gerund or an
 *     infinitive (-ando, -iendo, -ar, -er, -ir, or -yendo after u); the
 *     accent the pronoun called for goes with it (diciéndolo ->
 *     diciendo).
 *  3. Step 1 takes the longest derivational suffix and deletes it in R2
 *     (-anza, -ismo, -able, -oso, -amiento, ...), with what may precede
 *     it (-ic before -ador, -at before -iv, -abil before -idad); -logía
 *     becomes log, -ución u and -encia ente; -amente goes in R1.
 *  4. If step 1 removed nothing, step 2a removes a verb ending in RV
 *     that opens with y (-ya, -yeron, ...) after a u: construyeron.
 *  5. If that fails too, step 2b removes the longest verb ending in RV;
 *     -en, -es, -éis, -emos take a preceding u along after g.
 *  6. Step 3 deletes a residual vowel in RV (-os, -a, -o, -á, -í, -ó;
 *     -e, -é, with a u before them in RV after g).
 *  7. Finally á é í ó ú lose their accents.
 *
 * In each table only the longest matching suffix counts: if its
 * conditions fail the step fails, it never tries a shorter one.  A
 * table is kept in the order of its suffixes' last bytes, which longest()
 * searches by.
 */

/* Whether the character W[I..E) is a Spanish vowel. */
static int
is_vowel(const char *w, size_t i, size_t e)
{
	if (e - i == 1)
		return w[i] != '\0' && strchr("aeiou", w[i]) != NULL;
	/* á é í ó ú ü: byte C3, then one of these */
	return e - i == 2 && (unsigned char)w[i] == 0xC3 &&
	    memchr("\xA1\xA9\xAD\xB3\xBA\xBC", w[i + 1], 6) != NULL;
}

enum { P_PLAIN, P_ACUTE, P_YENDO };

/* Pronouns that may be attached to a verb. */
static const struct suffix pronouns[] = {
	SUF("sela", 0), SUF("la", 0), SUF("me", 0), SUF("se", 0),
	SUF("le", 0), SUF("selo", 0), SUF("lo", 0), SUF("selas", 0),
	SUF("selos", 0), SUF("las", 0), SUF("les", 0), SUF("los", 0),
	SUF("nos", 0),
};

/* The verb forms that may carry one, and how to take it off. */
static const struct suffix pronoun_hosts[] = {
	SUF("iéndo", P_ACUTE), SUF("ándo", P_ACUTE), SUF("ando", P_PLAIN),
	SUF("iendo", P_PLAIN), SUF("yendo", P_YENDO), SUF("ár", P_ACUTE),
	SUF("ér", P_ACUTE), SUF("ír", P_ACUTE), SUF("ar", P_PLAIN),
	SUF("er", P_PLAIN), SUF("ir", P_PLAIN),
};

/* Step 0 (2). */
static void
attached_pronoun(struct stem *st)
{
	const struct suffix *p, *h;
	struct stem host;
	size_t at, i, k;

	p = longest(st, pronouns, NELEM(pronouns), 0);
	if (p == NULL)
		return;
	at = st->n - p->len;
	host = *st;
	host.n = at;
	h = longest(&host, pronoun_hosts, NELEM(pronoun_hosts), 0);
	if (h == NULL || at - h->len < st->rv)
		return;
	if (h->act == P_YENDO && !(at - h->len > 0 &&
	    st->w[at - h->len - 1] == 'u'))
		return;
	st->n = at;
	if (h->act != P_ACUTE)
		return;
	/* Write the verb form again without its accent: drop the C3 byte
	 * and turn the vowel's second byte into the plain vowel. */
	for (i = k = at - h->len; i < at; i++) {
		if ((unsigned char)st->w[i] == 0xC3)
			continue;
		if ((unsigned char)st->w[i] == 0xA1)
			st->w[k++] = 'a';
		else if ((unsigned char)st->w[i] == 0xA9)
			st->w[k++] = 'e';
		else if ((unsigned char)st->w[i] == 0xAD)
			st->w[k++] = 'i';
		else
			st->w[k++] = st->w[i];
	}
	st->n = k;
}

/* Step 1's actions. */
enum {
	S_R2,		/* delete in R2 */
	S_ADOR,		/* delete in R2, then ic in R2 */
	S_LOGIA,	/* log in R2 */
	S_UCION,	/* u in R2 */
	S_ENCIA,	/* ente in R2 */
	S_AMENTE,	/* delete in R1, then iv (and at), os, ic, ad in R2 */
	S_MENTE,	/* delete in R2, then ante, able, ible in R2 */
	S_IDAD,		/* delete in R2, then abil, ic, iv in R2 */
	S_IVO		/* delete in R2, then at in R2 */
};

static const struct suffix step1_suffixes[] = {
	SUF("anza", S_R2), SUF("ica", S_R2), SUF("ista", S_R2),
	SUF("osa", S_R2), SUF("adora", S_ADOR), SUF("ancia", S_ADOR),
	SUF("logía", S_LOGIA), SUF("encia", S_ENCIA), SUF("iva", S_IVO),
	SUF("idad", S_IDAD), SUF("able", S_R2), SUF("ible", S_R2),
	SUF("ante", S_ADOR), SUF("amente", S_AMENTE),
	SUF("mente", S_MENTE), SUF("ación", S_ADOR), SUF("ución", S_UCION),
	SUF("ico", S_R2), SUF("ismo", S_R2), SUF("oso", S_R2),
	SUF("amiento", S_R2), SUF("imiento", S_R2), SUF("ivo", S_IVO),
	SUF("ador", S_ADOR), SUF("anzas", S_R2), SUF("icos", S_R2),
	SUF("icas", S_R2), SUF("ismos", S_R2), SUF("ables", S_R2),
	SUF("ibles", S_R2), SUF("istas", S_R2), SUF("osos", S_R2),
	SUF("osas", S_R2), SUF("amientos", S_R2), SUF("imientos", S_R2),
	SUF("adoras", S_ADOR), SUF("adores", S_ADOR),
	SUF("aciones", S_ADOR), SUF("antes", S_ADOR),
	SUF("ancias", S_ADOR), SUF("logías", S_LOGIA),
	SUF("uciones", S_UCION), SUF("encias", S_ENCIA),
	SUF("idades", S_IDAD), SUF("ivas", S_IVO), SUF("ivos", S_IVO),
};

/* What may precede -amente, -mente and -idad (see tidy). */
static const struct suffix after_amente[] = {
	SUF("ic", A_OTHER), SUF("ad", A_OTHER), SUF("os", A_OTHER),
	SUF("iv", A_IV),
};

static const struct suffix after_mente[] = {
	SUF("ante", A_OTHER), SUF("able", A_OTHER), SUF("ible", A_OTHER),
};

static const struct suffix after_idad[] = {
	SUF("ic", A_OTHER), SUF("abil", A_OTHER), SUF("iv", A_OTHER),
};

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
	if (at < (s->act == S_AMENTE ? st->r1 : st->r2))
		return 0;
	st->n = at;
	switch (s->act) {
	case S_ADOR:
		if (ends_in(st, "ic", 2, st->r2))
			st->n -= 2;
		break;
	case S_LOGIA:
		put(st, at, "log");
		break;
	case S_UCION:
		put(st, at, "u");
		break;
	case S_ENCIA:
		put(st, at, "ente");
		break;
	case S_AMENTE:
		tidy(st, after_amente, NELEM(after_amente));
		break;
	case S_MENTE:
		tidy(st, after_mente, NELEM(after_mente));
		break;
	case S_IDAD:
		tidy(st, after_idad, NELEM(after_idad));
		break;
	case S_IVO:
		if (ends_in(st, "at", 2, st->r2))
			st->n -= 2;
		break;
	}
	return 1;
}

static const struct suffix y_verb_suffixes[] = {
	SUF("ya", 0), SUF("ye", 0), SUF("yan", 0), SUF("yen", 0),
	SUF("yeron", 0), SUF("yendo", 0), SUF("yo", 0), SUF("yas", 0),
	SUF("yes", 0), SUF("yais", 0), SUF("yamos", 0), SUF("yó", 0),
};

/* Step 2a (4).  Returns whether it removed a suffix. */
static int
y_verb_suffix(struct stem *st)
{
	const struct suffix *s;
	size_t at;

	s = longest(st, y_verb_suffixes, NELEM(y_verb_suffixes), st->rv);
	if (s == NULL)
		return 0;
	at = st->n - s->len;
	if (at == 0 || st->w[at - 1] != 'u')
		return 0;
	st->n = at;
	return 1;
}

/* V_GU: -en, -es, -éis, -emos, which take a u after g along. */
enum { V_DELETE, V_GU };

static const struct suffix verb_suffixes[] = {
	SUF("aría", 0), SUF("ería", 0), SUF("iría", 0), SUF("aba", 0),
	SUF("ada", 0), SUF("ida", 0), SUF("ía", 0), SUF("ara", 0),
	SUF("iera", 0), SUF("ad", 0), SUF("ed", 0), SUF("id", 0),
	SUF("ase", 0), SUF("iese", 0), SUF("aste", 0), SUF("iste", 0),
	SUF("en", V_GU), SUF("arían", 0), SUF("arán", 0), SUF("erían", 0),
	SUF("erán", 0), SUF("irían", 0), SUF("irán", 0), SUF("an", 0),
	SUF("aban", 0), SUF("ían", 0), SUF("aran", 0), SUF("ieran", 0),
	SUF("asen", 0), SUF("iesen", 0), SUF("aron", 0), SUF("ieron", 0),
	SUF("ado", 0), SUF("ido", 0), SUF("ando", 0), SUF("iendo", 0),
	SUF("ar", 0), SUF("er", 0), SUF("ir", 0), SUF("es", V_GU),
	SUF("éis", V_GU), SUF("emos", V_GU), SUF("arías", 0),
	SUF("arás", 0), SUF("aríais", 0), SUF("aréis", 0),
	SUF("aríamos", 0), SUF("aremos", 0), SUF("erías", 0),
	SUF("erás", 0), SUF("eríais", 0), SUF("eréis", 0),
	SUF("eríamos", 0), SUF("eremos", 0), SUF("irías", 0),
	SUF("irás", 0), SUF("iríais", 0), SUF("iréis", 0),
	SUF("iríamos", 0), SUF("iremos", 0), SUF("as", 0), SUF("abas", 0),
	SUF("adas", 0), SUF("idas", 0), SUF("ías", 0), SUF("aras", 0),
	SUF("ieras", 0), SUF("ases", 0), SUF("ieses", 0), SUF("ís", 0),
	SUF("áis", 0), SUF("abais", 0), SUF("íais", 0), SUF("arais", 0),
	SUF("ierais", 0), SUF("aseis", 0), SUF("ieseis", 0),
	SUF("asteis", 0), SUF("isteis", 0), SUF("ados", 0), SUF("idos", 0),
	SUF("amos", 0), SUF("ábamos", 0), SUF("íamos", 0), SUF("imos", 0),
	SUF("áramos", 0), SUF("iéramos", 0), SUF("iésemos", 0),
	SUF("ásemos", 0), SUF("ará", 0), SUF("erá", 0), SUF("irá", 0),
	SUF("aré", 0), SUF("eré", 0), SUF("iré", 0), SUF("ió", 0),
};

/* Step 2b (5). */
static void
verb_suffix(struct stem *st)
{
	const struct suffix *s;
	size_t at;

	s = longest(st, verb_suffixes, NELEM(verb_suffixes), st->rv);
	if (s == NULL)
		return;
	at = st->n - s->len;
	if (s->act == V_GU && at >= 2 && st->w[at - 1] == 'u' &&
	    st->w[at - 2] == 'g')
		at--;
	st->n = at;
}

static const struct suffix residual_suffixes[] = {
	SUF("a", 0), SUF("e", 1), SUF("o", 0), SUF("os", 0), SUF("á", 0),
	SUF("é", 1), SUF("í", 0), SUF("ó", 0),
};

/* Step 3 (6). */
static void
residual_suffix(struct stem *st)
{
	const struct suffix *s;

	s = longest(st, residual_suffixes, NELEM(residual_suffixes), 0);
	if (s == NULL || st->n - s->len < st->rv)
		return;
	st->n -= s->len;
	if (s->act == 1 && ends_in(st, "u", 1, st->rv) && st->n >= 2 &&
	    st->w[st->n - 2] == 'g')
		st->n--;
}

/* Postlude (7): á é í ó ú lose their accents. */
static size_t
unaccent(char *w, size_t n)
{
	static const char plain[] = "aeiou";
	static const char acute[] = "\xA1\xA9\xAD\xB3\xBA";
	size_t i, k = 0;
	const char *p;

	for (i = 0; i < n; i++) {
		if ((unsigned char)w[i] == 0xC3 && i + 1 < n &&
		    w[i + 1] != '\0' && (p = strchr(acute, w[i + 1]))) {
			w[k++] = plain[p - acute];
			i++;
		} else {
			w[k++] = w[i];
		}
	}
	return k;
}

static size_t
stem_es(char *word, size_t len)
{
	struct stem st;

	st.w = word;
	st.n = len;
	mark_regions(&st, is_vowel);

	attached_pronoun(&st);
	if (!standard_suffix(&st) && !y_verb_suffix(&st))
		verb_suffix(&st);
	residual_suffix(&st);
	return unaccent(word, st.n);
}

/* Abbreviations that close their phrase: etc., and the era after a
 * year, a. C., d. C.; a capital after one opens a sentence (see
 * lang.h). */
static const char phrase_ends[][4] = {
	"a.c", "d.c", "etc"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][13] = {
	"abrazos", "atentamente", "cordialmente", "saludos"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][15] = {
	"licencia", "licenciamiento", "licencias"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][37] = {
	"anular la suscripción", "cancelar la suscripción",
	"cancelar su suscripción", "cancelar tu suscripción",
	"darle de baja", "darse de baja", "darte de baja",
	"dejar de recibir", "este correo electrónico fue enviado",
	"este correo fue enviado", "este correo se ha enviado",
	"este mensaje fue enviado", "este mensaje se ha enviado",
	"está recibiendo este", "estás recibiendo este",
	"ha recibido este correo", "ha recibido este mensaje",
	"has recibido este correo", "has recibido este mensaje",
	"no desea recibir", "no deseas recibir", "no responda a este",
	"no respondas a este", "recibes este correo", "recibes este email",
	"recibes este mensaje"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][37] = {
	"a la espera de su respuesta", "buen fin de semana", "cómo está",
	"cómo estás", "disculpa la demora", "disculpe la demora",
	"disculpe las molestias", "disculpen las molestias",
	"espero que esté bien", "espero que estés bien",
	"espero que se encuentre bien", "espero que te encuentres bien",
	"estoy a su disposición", "estoy a tu disposición", "gracias",
	"gracias de antemano", "gracias por confiar en",
	"gracias por su compra", "gracias por su correo",
	"gracias por su mensaje", "gracias por su respuesta",
	"gracias por tu compra", "gracias por tu correo",
	"gracias por tu mensaje", "gracias por tu respuesta",
	"lamentamos las molestias", "muchas gracias",
	"no dude en contactarme", "no dudes en contactarme",
	"no dudes en escribirme", "para cualquier consulta",
	"para cualquier duda", "perdona el retraso", "perdón por la demora",
	"por la rápida respuesta", "por su atención", "por su ayuda",
	"por su comprensión", "por su confianza", "por su correo",
	"por su interés", "por su mensaje", "por su paciencia",
	"por su pronta respuesta", "por tu ayuda", "por tu comprensión",
	"por tu correo", "por tu interés", "por tu mensaje",
	"por tu paciencia", "por tu pronta respuesta",
	"que tenga un buen día", "que tenga un buen fin de semana",
	"que tengas un buen día", "que tengas un buen fin de semana",
	"quedamos a la espera de su respuesta", "quedamos a su disposición",
	"quedamos a tu disposición", "quedo a la espera de su respuesta",
	"quedo a la espera de tu respuesta", "quedo a su disposición",
	"quedo a tu disposición", "quedo atenta", "quedo atento",
	"si tiene alguna duda", "si tienes alguna duda", "siento la demora"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][20] = {
	"le escribe", "les escribe", "me llamo", "mi nombre es",
	"os escribe", "somos los padres de", "soy el padre de",
	"soy el papá de", "soy la madre de", "soy la mamá de"
};

const lang lang_es = {
	.code = "es",
	.name = "Spanish",
	.stopwords = WORD_LIST(stopwords, 9),
	.titles = WORD_LIST(titles, 5),
	.abbrevs = WORD_LIST(abbrevs, 6),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 5),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 7),
	.dangling = WORD_LIST(dangling, 8),
	.closings = WORD_LIST(closings, 12),
	.licences = WORD_LIST(licences, 14),
	.notices = WORD_LIST(notices, 36),
	.formulas = WORD_LIST(formulas, 36),
	.introductions = WORD_LIST(introductions, 19),
	.stem = stem_es,
};

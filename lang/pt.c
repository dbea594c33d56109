/*
 * pt.c - Portuguese: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"
#include "romance.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/*
 * Portuguese function words, sorted (strcmp order): articles, pronouns,
 * prepositions and their contractions (do, na, pelo, àquele), the
 * conjunctions, the common forms of ser, estar, ter, haver, fazer,
 * poder and dever, adverbs of degree, time and place, negation and
 * question words.  Both the European and the Brazilian spellings.
 */
static const char stopwords[][10] = {
	"a", "ainda", "algo", "algum", "alguma", "algumas", "alguns",
	"alguém", "ali", "além", "antes", "ao", "aos", "após", "aquela",
	"aquelas", "aquele", "aqueles", "aqui", "aquilo", "as", "assim",
	"até", "bem", "cada", "com", "como", "contra", "contudo", "cá", "da",
	"daquela", "daquele", "das", "de", "dela", "delas", "dele", "deles",
	"demais", "depois", "desde", "dessa", "dessas", "desse", "desses",
	"desta", "destas", "deste", "destes", "deve", "devem", "do", "dos",
	"durante", "e", "ela", "elas", "ele", "eles", "em", "embora",
	"enquanto", "entre", "era", "eram", "esta", "estamos", "estar",
	"estas", "estava", "estavam", "este", "estes", "esteve", "estive",
	"estivemos", "estiveram", "estou", "está", "estão", "eu", "fazer",
	"feito", "foi", "fomos", "for", "foram", "fosse", "fossem", "fui",
	"haja", "havia", "hei", "há", "isso", "isto", "já", "la", "lhe",
	"lhes", "lo", "logo", "lá", "mais", "mas", "me", "mesma", "mesmas",
	"mesmo", "mesmos", "meu", "meus", "minha", "minhas", "muita",
	"muitas", "muito", "muitos", "na", "nas", "nela", "nelas", "nele",
	"neles", "nem", "nenhum", "nenhuma", "nessa", "nessas", "nesse",
	"nesses", "nesta", "nestas", "neste", "nestes", "ninguém", "no",
	"nos", "nossa", "nossas", "nosso", "nossos", "num", "numa", "nunca",
	"não", "nós", "o", "onde", "ontem", "os", "ou", "outra", "outras",
	"outro", "outros", "para", "pela", "pelas", "pelo", "pelos",
	"perante", "pode", "podem", "pois", "por", "porque", "porquê",
	"porém", "pouca", "poucas", "pouco", "poucos", "quais", "qual",
	"qualquer", "quando", "quanta", "quantas", "quanto", "quantos", "que",
	"quem", "quê", "se", "seja", "sejam", "sem", "sempre", "sendo", "ser",
	"seria", "será", "serão", "seu", "seus", "si", "sido", "sob", "sobre",
	"somos", "sou", "sua", "suas", "são", "também", "tampouco", "tanto",
	"te", "tem", "temos", "tendo", "tenho", "ter", "teu", "teus", "teve",
	"tinha", "tinham", "tive", "tivemos", "tiveram", "toda", "todas",
	"todo", "todos", "tu", "tua", "tuas", "têm", "um", "uma", "umas",
	"uns", "vai", "você", "vocês", "vos", "vossa", "vossas", "vosso",
	"vossos", "vão", "à", "àquela", "àquelas", "àquele", "àqueles", "às",
	"é", "éramos", "és"
};

/* Words that, followed by a period, introduce a name ("Sr. Silva",
 * "Dra. Costa"): never a sentence end. */
static const char titles[][6] = {
	"d", "dr", "dra", "dras", "drs", "eng", "exa", "exma", "exmo", "prof",
	"profa", "sr", "sra", "sras", "srs", "srta"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence ("etc.", "pág."). */
static const char abbrevs[][6] = {
	"abr", "ago", "ap", "aprox", "art", "av", "cap", "cf", "dez", "etc",
	"ex", "fev", "fig", "jan", "jul", "jun", "n", "núm", "out", "pp",
	"pág", "págs", "set", "séc", "tel", "vol", "vs"
};

/* Those of them also written in lower case. */
static const char lower_abbrevs[][6] = {
	"ap", "aprox", "art", "av", "cap", "cf", "etc", "ex", "fig", "núm",
	"pp", "pág", "págs", "séc", "tel", "vol", "vs"
};

/* Relative pronouns. */
static const char relatives[][6] = {
	"cuja", "cujas", "cujo", "cujos", "onde", "quais", "qual", "que",
	"quem"
};

/* Articles, prepositions, conjunctions and possessives: they cannot end
 * a line or a heading. */
static const char dangling[][7] = {
	"a", "ao", "aos", "as", "com", "da", "das", "de", "do", "dos", "e",
	"em", "entre", "mas", "meu", "meus", "minha", "minhas", "na", "nas",
	"nem", "no", "nos", "nossa", "nossas", "nosso", "nossos", "num",
	"numa", "o", "os", "ou", "para", "pela", "pelas", "pelo", "pelos",
	"por", "sem", "seu", "seus", "sob", "sobre", "sua", "suas", "teu",
	"teus", "tua", "tuas", "um", "uma", "umas", "uns", "à", "às"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Portuguese, done on the UTF-8 bytes.
 *
 * The vowels are a e i o u, á é í ó ú and â ê ô.  Every suffix is ASCII
 * or holds two-byte letters of Latin-1, so suffixes are compared as
 * bytes; code points are looked at only to tell vowels from the rest.
 *
 *  1. Prelude: the nasal vowels ã and õ are written a~ and o~ (two bytes
 *     for two), so that the tilde is a non-vowel of its own and the
 *     suffix tables can spell -ção and -ções as -ça~o and -ço~es.
 *  2. Regions.  RV: if the second letter is a non-vowel, the region
 *     after the next vowel; if the first two letters are vowels, the
 *     region after the next non-vowel; else (non-vowel, vowel) the
 *     region after the third letter.  R1 starts after the first
 *     non-vowel that follows a vowel, R2 is the same inside R1.  A
 *     suffix is in a region when it starts inside it.
 *  3. Step 1 takes the longest derivational suffix and deletes it in R2
 *     (-eza, -ismo, -ável, -oso, -amento, -ação, ...), with what may
 *     precede it (-at before -ivo, -abil before -idade); -logia becomes
 *     log, -ução u and -ência ente; -amente goes in R1; -ira after e in
 *     RV becomes ir.
 *  4. If step 1 removed nothing, step 2 removes the longest verb ending
 *     in RV.
 *  5. If step 1 or 2 removed something, a final i in RV after c goes.
 *     Otherwise step 4 deletes a final -os, -a, -i, -o, -á, -í or -ó in
 *     RV.
 *  6. Step 5, always: a final e, é or ê in RV goes, and then a u after
 *     g or an i after c, if in RV; a final ç becomes c.
 *  7. Postlude: a~ and o~ become ã and õ again.
 *
 * In each table only the longest matching suffix counts: if its
 * conditions fail the step fails, it never tries a shorter one.  A
 * table is kept in the order of its suffixes' last bytes, which longest()
 * searches by.
 */

/* Whether the character W[I..E) is a Portuguese vowel. */
static int
is_vowel(const char *w, size_t i, size_t e)
{
	if (e - i == 1)
		return w[i] != '\0' && strchr("aeiou", w[i]) != NULL;
	/* á é í ó ú â ê ô: byte C3, then one of these */
	return e - i == 2 && (unsigned char)w[i] == 0xC3 &&
	    memchr("\xA1\xA9\xAD\xB3\xBA\xA2\xAA\xB4", w[i + 1], 8) != NULL;
}

/* Prelude (1): ã and õ (C3 A3, C3 B5) become a~ and o~. */
static void
prelude(char *w, size_t n)
{
	size_t i;

	for (i = 0; i + 1 < n; i++) {
		if ((unsigned char)w[i] != 0xC3)
			continue;
		if ((unsigned char)w[i + 1] == 0xA3)
			w[i] = 'a';
		else if ((unsigned char)w[i + 1] == 0xB5)
			w[i] = 'o';
		else
			continue;
		w[++i] = '~';
	}
}

/* Step 1's actions. */
enum {
	S_R2,		/* delete in R2 */
	S_LOGIA,	/* log in R2 */
	S_UCAO,		/* u in R2 */
	S_ENCIA,	/* ente in R2 */
	S_AMENTE,	/* delete in R1, then iv (and at), os, ic, ad in R2 */
	S_MENTE,	/* delete in R2, then ante, avel, ível in R2 */
	S_IDADE,	/* delete in R2, then abil, ic, iv in R2 */
	S_IVO,		/* delete in R2, then at in R2 */
	S_IRA		/* ir in RV after e */
};

static const struct suffix step1_suffixes[] = {
	SUF("eza", S_R2), SUF("ica", S_R2), SUF("ista", S_R2),
	SUF("osa", S_R2), SUF("adora", S_R2), SUF("ância", S_R2),
	SUF("logia", S_LOGIA), SUF("ência", S_ENCIA), SUF("iva", S_IVO),
	SUF("ira", S_IRA), SUF("ante", S_R2), SUF("amente", S_AMENTE),
	SUF("mente", S_MENTE), SUF("idade", S_IDADE), SUF("ável", S_R2),
	SUF("ível", S_R2), SUF("ico", S_R2), SUF("ismo", S_R2),
	SUF("oso", S_R2), SUF("amento", S_R2), SUF("imento", S_R2),
	SUF("aça~o", S_R2), SUF("uça~o", S_UCAO), SUF("ivo", S_IVO),
	SUF("ador", S_R2), SUF("ezas", S_R2), SUF("icos", S_R2),
	SUF("icas", S_R2), SUF("ismos", S_R2), SUF("istas", S_R2),
	SUF("osos", S_R2), SUF("osas", S_R2), SUF("amentos", S_R2),
	SUF("imentos", S_R2), SUF("adoras", S_R2), SUF("adores", S_R2),
	SUF("aço~es", S_R2), SUF("antes", S_R2), SUF("logias", S_LOGIA),
	SUF("uço~es", S_UCAO), SUF("ências", S_ENCIA),
	SUF("idades", S_IDADE), SUF("ivas", S_IVO), SUF("ivos", S_IVO),
	SUF("iras", S_IRA),
};

/* What may precede -amente, -mente and -idade (see tidy). */
static const struct suffix after_amente[] = {
	SUF("ic", A_OTHER), SUF("ad", A_OTHER), SUF("os", A_OTHER),
	SUF("iv", A_IV),
};

static const struct suffix after_mente[] = {
	SUF("ante", A_OTHER), SUF("avel", A_OTHER), SUF("ível", A_OTHER),
};

static const struct suffix after_idade[] = {
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
	if (s->act == S_IRA) {
		if (at < st->rv || at == 0 || st->w[at - 1] != 'e')
			return 0;
		put(st, at, "ir");
		return 1;
	}
	if (at < (s->act == S_AMENTE ? st->r1 : st->r2))
		return 0;
	st->n = at;
	switch (s->act) {
	case S_LOGIA:
		put(st, at, "log");
		break;
	case S_UCAO:
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
	case S_IDADE:
		tidy(st, after_idade, NELEM(after_idade));
		break;
	case S_IVO:
		if (ends_in(st, "at", 2, st->r2))
			st->n -= 2;
		break;
	}
	return 1;
}

static const struct suffix verb_suffixes[] = {
	SUF("ada", 0), SUF("ida", 0), SUF("ia", 0), SUF("aria", 0),
	SUF("eria", 0), SUF("iria", 0), SUF("ara", 0), SUF("era", 0),
	SUF("ira", 0), SUF("ava", 0), SUF("asse", 0), SUF("esse", 0),
	SUF("isse", 0), SUF("aste", 0), SUF("este", 0), SUF("iste", 0),
	SUF("ei", 0), SUF("arei", 0), SUF("erei", 0), SUF("irei", 0),
	SUF("am", 0), SUF("iam", 0), SUF("ariam", 0), SUF("eriam", 0),
	SUF("iriam", 0), SUF("aram", 0), SUF("eram", 0), SUF("iram", 0),
	SUF("avam", 0), SUF("em", 0), SUF("arem", 0), SUF("erem", 0),
	SUF("irem", 0), SUF("assem", 0), SUF("essem", 0), SUF("issem", 0),
	SUF("ado", 0), SUF("ido", 0), SUF("ando", 0), SUF("endo", 0),
	SUF("indo", 0), SUF("ara~o", 0), SUF("era~o", 0), SUF("ira~o", 0),
	SUF("ar", 0), SUF("er", 0), SUF("ir", 0), SUF("as", 0),
	SUF("adas", 0), SUF("idas", 0), SUF("ias", 0), SUF("arias", 0),
	SUF("erias", 0), SUF("irias", 0), SUF("aras", 0), SUF("eras", 0),
	SUF("iras", 0), SUF("avas", 0), SUF("es", 0), SUF("ardes", 0),
	SUF("erdes", 0), SUF("irdes", 0), SUF("ares", 0), SUF("eres", 0),
	SUF("ires", 0), SUF("asses", 0), SUF("esses", 0), SUF("isses", 0),
	SUF("astes", 0), SUF("estes", 0), SUF("istes", 0), SUF("is", 0),
	SUF("ais", 0), SUF("eis", 0), SUF("areis", 0), SUF("ereis", 0),
	SUF("ireis", 0), SUF("áreis", 0), SUF("éreis", 0), SUF("íreis", 0),
	SUF("ásseis", 0), SUF("ésseis", 0), SUF("ísseis", 0),
	SUF("áveis", 0), SUF("íeis", 0), SUF("aríeis", 0),
	SUF("eríeis", 0), SUF("iríeis", 0), SUF("ados", 0), SUF("idos", 0),
	SUF("amos", 0), SUF("áramos", 0), SUF("éramos", 0),
	SUF("íramos", 0), SUF("ávamos", 0), SUF("íamos", 0),
	SUF("aríamos", 0), SUF("eríamos", 0), SUF("iríamos", 0),
	SUF("emos", 0), SUF("aremos", 0), SUF("eremos", 0),
	SUF("iremos", 0), SUF("ássemos", 0), SUF("êssemos", 0),
	SUF("íssemos", 0), SUF("imos", 0), SUF("armos", 0),
	SUF("ermos", 0), SUF("irmos", 0), SUF("ámos", 0), SUF("arás", 0),
	SUF("erás", 0), SUF("irás", 0), SUF("eu", 0), SUF("iu", 0),
	SUF("ou", 0), SUF("ará", 0), SUF("erá", 0), SUF("irá", 0),
};

/* Step 2 (4).  Returns whether it removed a suffix. */
static int
verb_suffix(struct stem *st)
{
	const struct suffix *s;

	s = longest(st, verb_suffixes, NELEM(verb_suffixes), st->rv);
	if (s == NULL)
		return 0;
	st->n -= s->len;
	return 1;
}

static const struct suffix residual_suffixes[] = {
	SUF("a", 0), SUF("i", 0), SUF("o", 0), SUF("os", 0), SUF("á", 0),
	SUF("í", 0), SUF("ó", 0),
};

/* Step 4 (5). */
static void
residual_suffix(struct stem *st)
{
	const struct suffix *s;

	s = longest(st, residual_suffixes, NELEM(residual_suffixes), st->rv);
	if (s != NULL)
		st->n -= s->len;
}

/* Whether the word ends in a letter L, in RV, after the letter P. */
static int
ends_after(const struct stem *st, char l, char p)
{
	return st->n >= 2 && st->n - 1 >= st->rv && st->w[st->n - 1] == l &&
	    st->w[st->n - 2] == p;
}

/* Step 5 (6). */
static void
residual_form(struct stem *st)
{
	if (ENDS(st, "ç")) {
		put(st, st->n - 2, "c");
		return;
	}
	if (ends_in(st, "e", 1, st->rv))
		st->n -= 1;
	else if (ends_in(st, "é", 2, st->rv) || ends_in(st, "ê", 2, st->rv))
		st->n -= 2;
	else
		return;
	if (ends_after(st, 'u', 'g') || ends_after(st, 'i', 'c'))
		st->n--;
}

/* Postlude (7): a~ and o~ become ã and õ. */
static void
postlude(char *w, size_t n)
{
	size_t i;

	for (i = 0; i + 1 < n; i++) {
		if (w[i + 1] != '~' || (w[i] != 'a' && w[i] != 'o'))
			continue;
		w[i + 1] = w[i] == 'a' ? (char)0xA3 : (char)0xB5;
		w[i++] = (char)0xC3;
	}
}

static size_t
stem_pt(char *word, size_t len)
{
	struct stem st;

	st.w = word;
	st.n = len;
	prelude(word, len);
	mark_regions(&st, is_vowel);

	if (standard_suffix(&st) || verb_suffix(&st)) {
		if (ends_after(&st, 'i', 'c'))
			st.n--;
	} else {
		residual_suffix(&st);
	}
	residual_form(&st);
	postlude(word, st.n);
	return st.n;
}

/* Abbreviations that close their phrase: etc., and the era after a
 * year, a.C., d.C.; a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"a.c", "d.c", "etc"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][15] = {
	"abraço", "abraços", "atenciosamente", "beijos", "cordialmente",
	"cumprimentos", "saudações"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][14] = {
	"licenciamento", "licença", "licenças"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][27] = {
	"cancelar a inscrição", "cancelar inscrição", "deixar de receber",
	"descadastrar", "descadastre se", "esta mensagem foi enviada",
	"este e mail foi enviado", "este email foi enviado",
	"está a receber este", "não deseja mais receber",
	"não responda a este", "não responda esta", "recebeu esta mensagem",
	"recebeu este e mail", "recebeu este email",
	"você está recebendo esta", "você está recebendo este",
	"você recebeu esta", "você recebeu este"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][34] = {
	"agradeço desde já", "bom fim de semana", "como vai",
	"desculpa a demora", "desculpe a demora", "desculpe o incômodo",
	"espero que esteja bem", "espero que estejas bem",
	"espero que você esteja bem", "estou à disposição",
	"estou à sua disposição", "fico no aguardo", "fico à disposição",
	"fico à sua disposição", "muito obrigada", "muito obrigado",
	"obrigada", "obrigada pela mensagem", "obrigada pelo retorno",
	"obrigada pelo seu e mail", "obrigado", "obrigado pela mensagem",
	"obrigado pela sua compra", "obrigado pelo retorno",
	"obrigado pelo seu e mail", "olá",
	"pedimos desculpas pelo transtorno", "pela ajuda", "pela atenção",
	"pela compreensão", "pela confiança", "pela paciência",
	"pela resposta", "pela rápida resposta", "pela sua ajuda",
	"pela sua compreensão", "pelas informações", "pelo contato",
	"pelo interesse", "pelo seu contato", "perdão pela demora",
	"qualquer coisa", "qualquer dúvida", "tenha um bom dia",
	"tenha uma boa semana", "tudo bem", "tudo bom",
	"ótimo fim de semana"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][17] = {
	"aqui é a", "aqui é o", "chamo me", "me chamo", "meu nome é",
	"quem fala é", "somos os pais da", "somos os pais do",
	"sou a mãe da", "sou a mãe do", "sou o pai da", "sou o pai do"
};

const lang lang_pt = {
	.code = "pt",
	.name = "Portuguese",
	.stopwords = WORD_LIST(stopwords, 9),
	.titles = WORD_LIST(titles, 5),
	.abbrevs = WORD_LIST(abbrevs, 5),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 5),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 5),
	.dangling = WORD_LIST(dangling, 6),
	.closings = WORD_LIST(closings, 14),
	.licences = WORD_LIST(licences, 13),
	.notices = WORD_LIST(notices, 26),
	.formulas = WORD_LIST(formulas, 33),
	.introductions = WORD_LIST(introductions, 16),
	.stem = stem_pt,
};

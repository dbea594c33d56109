/*
 * ms.c - Malay: its word lists (see lang.h), and Indonesian's stemmer.
 *
 * Malay does not inflect: its words grow by affixes and by
 * reduplication written with a hyphen (orang-orang), which the engine
 * splits into two words.  The affixes are Indonesian's, and so are the
 * rules that strip them (Snowball's Indonesian stemmer, lang/id.c):
 * the particles -lah, -kah, -pun, the possessives -ku, -mu, -nya, the
 * prefixes meN-, peN-, ber-, ter-, di-, ke-, se- and the suffixes -kan,
 * -an, -i (diluluskan, meluluskan, kelulusan: lulus; peperiksaan,
 * diperiksa: periksa).  The stopwords are the free function words:
 * personal pronouns (with the honorific and familiar ones),
 * demonstratives, question words with their -kah forms, prepositions,
 * conjunctions with the relative yang, the aspect and modal words
 * (telah, sudah, sedang, akan, boleh, mesti), negation (tidak, tak,
 * bukan, belum, jangan), particles (pun, lah, juga, pula), quantifiers
 * and classifiers (semua, setiap, para, sebuah, seorang), and common
 * adverbs.  Malaysian spelling: bahawa, iaitu, mahu, sahaja.
 */
#include "lang.h"

/* Function words, every form as it is written, sorted in strcmp()
 * order. */
static const char stopwords[][12] = {
	"ada", "adalah", "agak", "agar", "akan", "aku", "amat", "anda",
	"antara", "apa", "apabila", "apakah", "atas", "atau", "awak",
	"bagaimana", "bagi", "bahawa", "bahkan", "banyak", "barangkali",
	"baru", "bawah", "beberapa", "begini", "begitu", "beliau", "belum",
	"berapa", "berdasarkan", "bersama", "beta", "biarpun", "bila",
	"bilakah", "boleh", "buat", "bukan", "cukup", "cuma", "dahulu",
	"daku", "dalam", "dan", "dapat", "dari", "daripada", "demi", "dengan",
	"di", "dia", "diri", "dirinya", "dua", "dulu", "engkau", "esok",
	"hamba", "hampir", "hanya", "harus", "hendak", "hingga", "ia",
	"iaitu", "ialah", "ingin", "ini", "itu", "jangan", "jarang", "jika",
	"jikalau", "juga", "justeru", "kadang", "kah", "kalau", "kalian",
	"kami", "kamu", "kau", "ke", "kemudian", "kenapa", "kepada", "kerana",
	"ketika", "kini", "kita", "kurang", "lagi", "lagipun", "lah", "lain",
	"lalu", "lebih", "luar", "mahu", "maka", "malah", "mana", "manakah",
	"masih", "masing", "melalui", "memang", "menerusi", "mengapa",
	"mengenai", "menurut", "mereka", "merupakan", "meskipun", "mesti",
	"mungkin", "namun", "nanti", "oleh", "pada", "padahal", "paling",
	"para", "pasti", "perlu", "pernah", "pula", "pun", "punya", "sahaja",
	"saja", "sama", "sambil", "sampai", "sana", "sang", "sangat", "satu",
	"saya", "sebab", "sebagai", "sebahagian", "sebelum", "sebuah",
	"sedang", "sedangkan", "sedemikian", "sedikit", "segala", "segera",
	"sehingga", "sejak", "sekali", "sekarang", "sekitar", "selalu",
	"selama", "selepas", "seluruh", "semalam", "semasa", "sementara",
	"semua", "sendiri", "seolah", "seorang", "seperti", "sering", "serta",
	"seseorang", "sesuatu", "sesudah", "setelah", "setiap", "sewaktu",
	"si", "siapa", "siapakah", "sini", "situ", "sudah", "sungguhpun",
	"supaya", "tadi", "tak", "tanpa", "tapi", "telah", "tentang", "tentu",
	"terhadap", "terlalu", "tersebut", "tetapi", "tiada", "tiap", "tidak",
	"turut", "untuk", "walaupun", "ya", "yang"
};

/* Before a name: Dr., Prof., Tn. (Tuan), Pn. (Puan), En. (Encik), Hj.
 * (Haji), Ir. (engineer), Y.B. and the like; a street's Jln. or
 * Indonesia's Jl. (jalan); a saint's St. in a foreign place's name. */
static const char titles[][5] = {
	"dr", "en", "hj", "hjh", "ir", "jl", "jln", "pn", "prof", "sdr",
	"sdri", "st", "tn", "yab", "yb"
};

/* Usually followed by a period, but may end a sentence (... dll.). */
static const char abbrevs[][4] = {
	"bhd", "bil", "dll", "dsb", "hlm", "jld", "jln", "kg", "ms", "no",
	"sdn", "spt", "tel", "thn"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][4] = {
	"bil", "dll", "dsb", "hlm", "jld", "ms", "spt", "thn"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char relatives[][5] = {
	"yang"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char dangling[][9] = {
	"antara", "atau", "bagi", "bahawa", "dalam", "dan", "dari",
	"daripada", "dengan", "di", "ke", "kepada", "mengenai", "oleh",
	"pada", "para", "sang", "sebuah", "seorang", "serta", "si", "tentang",
	"terhadap", "tetapi", "untuk", "yang"
};

/* Abbreviations that close their phrase: dll. (dan lain-lain), dsb.
 * (dan sebagainya); a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"dll", "dsb"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][7] = {
	"hormat", "salam"
};

const lang lang_ms = {
	.code = "ms",
	.name = "Malay",
	.stopwords = WORD_LIST(stopwords, 11),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 3),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 3),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 4),
	.dangling = WORD_LIST(dangling, 8),
	.closings = WORD_LIST(closings, 6),
	.stem = stem_id,
};

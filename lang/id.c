/*
 * id.c - Indonesian: its word lists (see lang.h), and no stemmer.
 *
 * Indonesian does not inflect: its words grow by affixes (me-, ber-,
 * di-, ter-, -kan, -an, -i) and by reduplication written with a hyphen
 * (orang-orang), which the engine splits into two words.  With no
 * stemmer each word is its own stem; the stopwords are the free function
 * words: personal pronouns (formal and familiar), the demonstratives ini
 * and itu, question words with their -kah forms, prepositions,
 * conjunctions with the relative yang, the aspect and modal words
 * (telah, sudah, sedang, akan, bisa, harus), negation (tidak, tak,
 * bukan, belum, jangan), particles (pun, lah, juga, pula), quantifiers
 * and classifiers (semua, setiap, para, sebuah, seorang), and common
 * adverbs.  Indonesian spelling: bahwa, yaitu, karena, mau, saja.
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char *const stopwords[] = {
	"ada", "adalah", "agak", "agar", "akan", "aku", "amat", "anda",
	"antara", "apa", "apabila", "apakah", "atas", "atau", "bagaimana",
	"bagi", "bahkan", "bahwa", "banyak", "barangkali", "baru", "bawah",
	"beberapa", "begini", "begitu", "beliau", "belum", "berapa",
	"berdasarkan", "bersama", "besok", "biarpun", "bila", "bilamana",
	"bisa", "boleh", "buat", "bukan", "cukup", "cuma", "dahulu", "dalam",
	"dan", "dapat", "dari", "daripada", "demi", "demikian", "dengan",
	"di", "dia", "diri", "dirinya", "dua", "dulu", "engkau", "hampir",
	"hanya", "harus", "hendak", "hingga", "ia", "ialah", "ingin", "ini",
	"itu", "jangan", "jarang", "jika", "jikalau", "juga", "kadang", "kah",
	"kalau", "kalian", "kami", "kamu", "kapan", "karena", "kau", "ke",
	"kemarin", "kemudian", "kenapa", "kepada", "ketika", "kini", "kita",
	"kurang", "lagi", "lah", "lain", "lalu", "lebih", "luar", "maka",
	"malah", "mana", "manakah", "masih", "masing", "mau", "melalui",
	"memang", "mengapa", "mengenai", "menurut", "mereka", "merupakan",
	"meskipun", "mesti", "mungkin", "namun", "nanti", "oleh", "pada",
	"padahal", "paling", "para", "pasti", "perlu", "pernah", "pula",
	"pun", "punya", "saja", "sama", "sambil", "sampai", "sana", "sang",
	"sangat", "satu", "saya", "sebab", "sebagai", "sebagian", "sebelum",
	"sebuah", "sedang", "sedangkan", "sedikit", "segala", "segera",
	"sehingga", "sejak", "sekali", "sekarang", "sekitar", "selalu",
	"selama", "seluruh", "sementara", "semua", "sendiri", "seolah",
	"seorang", "seperti", "sering", "serta", "seseorang", "sesuatu",
	"sesudah", "setelah", "setiap", "sewaktu", "si", "siapa", "siapakah",
	"sini", "situ", "sudah", "sungguhpun", "supaya", "tadi", "tak",
	"tanpa", "tapi", "telah", "tentang", "tentu", "terhadap", "terlalu",
	"tersebut", "tetapi", "tiada", "tiap", "tidak", "turut", "untuk",
	"walaupun", "ya", "yaitu", "yakni", "yang"
};

/* Before a name: Dr., Prof., Ir. (engineer), H. (Haji), Hj. (Hajah), Bpk.
 * (Bapak), Sdr. (Saudara), Yth. (the honourable). */
static const char *const titles[] = {
	"bpk", "dr", "dra", "drs", "hj", "ir", "prof", "sdr", "sdri", "yth"
};

/* Usually followed by a period, but may end a sentence (... dll.). */
static const char *const abbrevs[] = {
	"dll", "dsb", "dst", "hlm", "jl", "kab", "kec", "no", "rp", "tel",
	"tsb"
};

/* Those abbreviations also written in lower case. */
static const char *const lower_abbrevs[] = {
	"dll", "dsb", "dst", "hlm", "tsb"
};

/* Relative pronouns: a remark in brackets that opens with one belongs to
 * the sentence before. */
static const char *const relatives[] = {
	"yang"
};

/* Words that cannot end a line or a heading: prepositions, conjunctions,
 * possessives. */
static const char *const dangling[] = {
	"antara", "atau", "bagi", "bahwa", "dalam", "dan", "dari", "daripada",
	"dengan", "di", "ke", "kepada", "mengenai", "oleh", "pada", "para",
	"sang", "sebuah", "seorang", "serta", "si", "tentang", "terhadap",
	"tetapi", "untuk", "yang"
};

const lang lang_id = {
	.code = "id",
	.name = "Indonesian",
	.stopwords = WORD_LIST(stopwords, 11),
	.titles = WORD_LIST(titles, 4),
	.abbrevs = WORD_LIST(abbrevs, 3),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 3),
	.openers = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 4),
	.dangling = WORD_LIST(dangling, 8),
	.stem = NULL,	/* none: each word is its own stem */
};

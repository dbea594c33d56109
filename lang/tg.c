/*
 * tg.c - Tajik: its word lists (see lang.h), and no stemmer.
 *
 * Tajik is Persian as it is spoken in Tajikistan, written since 1940 in
 * Cyrillic letters.  Its grammar is Persian's: no case, no gender, no
 * article (як, "one", serves as the indefinite one), and the verb at
 * the end of the clause.  What Persian joins to a word with a ZWNJ or
 * writes apart, Tajik writes joined to it: the izofat -и that ties a
 * noun to what follows it (китоби ман, "my book"; хонаи падар), the
 * plural -ҳо and -он (китобҳо, бародарон), the object marker -ро
 * (китобро, маро), the possessives -ам -ат -аш -амон -атон -ашон
 * (китобам), the copula of the persons -ам -ӣ -ем -ед -анд (муаллимам,
 * "I am a teacher"), the conjunction -у, -ю ("and": падару модар), and
 * the prefixes of the present and of the negation ме- and на- (мехонам,
 * намехонам).  With no stemmer each word is its own stem, so the
 * stopwords list the forms one by one: the personal, reflexive and
 * demonstrative pronouns with their -ро (ман, маро; онҳо, онҳоро; худ,
 * худро; ин, инро), the question words (кӣ, чӣ, кадом, куҷо, кай, чаро,
 * чанд, and тавр, гуна, хел, қадар of чӣ тавр, чӣ гуна, чӣ хел, чӣ
 * қадар, "how", "how much"), quantifiers (ҳар, ҳама, ҳеҷ, баъзе,
 * якчанд), the prepositions (дар, ба, аз, бо, то, бар, барои, бе), and
 * the nouns of place and relation that serve as prepositions in their
 * izofat form, which is how they are written (назди, зери, рӯи, болои,
 * байни, бораи of дар бораи "about", ҷониби of аз ҷониби "by", тибқи,
 * тавассути, ёрии of бо ёрии) with those that take ба after them (оид,
 * доир, роҷеъ, нисбат, вобаста), the postposition барин ("like"),
 * conjunctions (ва, ё, вале, аммо, лекин, агар, чунки, зеро, ки, ҳам,
 * на), particles (низ, танҳо, фақат, боз, ҳатто, оё), the copula that
 * stands alone (аст, ҳаст and нест with their persons, мебошад, the
 * subjunctive бошад, буд) and the auxiliaries and light verbs that news
 * prose builds its verbs with, a noun before them (ташкил кард,
 * баргузор гардид, идома ёфт), in the persons and tenses that text
 * uses: кардан and намудан ("do"), шудан and гардидан ("become"; with
 * карда, the passive: ташкил карда шуд), додан ("give": нишон медиҳад,
 * "shows"; анҷом дода шуд), доштан, хостан for the future (хоҳад шуд),
 * тавонистан (метавонад), ёфтан, the progressive истодааст, and гуфт,
 * "said", as English lists "said"; and common adverbs.  Phrases written
 * in two words (аз ҷумла, "among them"; ин ҷо, "here") are listed by
 * their parts, the noun ҷумла with them.  A careless text may set -ро
 * and -ҳо apart from their word (китоб ро): they are listed alone too,
 * as fa.c lists ها.
 *
 * The alphabet is Russian's but for ц щ ы ь, which native words never
 * have (loanwords now write ц as тс: дотсент), and six letters of
 * Tajik's own: ғ ӣ қ ӯ ҳ ҷ.  In strcmp() order of their UTF-8 bytes they
 * all sort after я (D1 8F) and ё (D1 91): ғ қ ҳ ҷ (U+0493, U+049B,
 * U+04B3, U+04B7: D2 93 to D2 B7), then ӣ and ӯ (U+04E3, U+04EF: D3 A3,
 * D3 AF); so not in the alphabet's order (г ғ д ..., и ӣ й, к қ, у ӯ ф,
 * х ҳ, ч ҷ).  The lists hold the Tajik letters as they should be
 * written, not the Russian ones (г, и, к, у, х, ч) that a text typed
 * without a Tajik keyboard puts in their place; there кӣ, "who", becomes
 * ки, "that", and ҳам, "also", хам, "bent".
 */
#include "lang.h"

/* Function words, every form as it is written (the words are their own
 * stems), sorted in strcmp() order. */
static const char stopwords[][23] = {
	"агар", "агарчи", "аз", "акнун", "аксар", "аксаран", "аксари",
	"албатта", "аллакай", "аммо", "ана", "аслан", "асосан", "аст",
	"атрофи", "ба", "байни", "бале", "балки", "бар", "барин", "баробари",
	"барои", "баъд", "баъдан", "баъди", "баъзан", "баъзе", "бе", "беруни",
	"беш", "бештар", "бидуни", "бинобар", "бинобарин", "бисёр", "бисёре",
	"бо", "боз", "болои", "бор", "бораи", "боре", "бори", "бошад", "бошам",
	"бошанд", "бошед", "бошем", "бошӣ", "бояд", "буд", "будаанд",
	"будааст", "будам", "будан", "буданд", "будед", "будем", "будӣ", "ва",
	"вагарна", "вай", "вайро", "вале", "вақте", "вобаста", "воситаи",
	"воқеан", "гардад", "гардид", "гардида", "гардидааст", "гардиданд",
	"гарчанде", "гоҳ", "гоҳе", "гоҳо", "гуна", "гуфт", "гуфтааст",
	"гуфтанд", "гӯё", "давоми", "дар", "даркор", "дер", "дигар", "дигаре",
	"дигарон", "дирӯз", "дод", "дода", "додааст", "доданд", "доимо",
	"доир", "дорад", "дорам", "доранд", "доред", "дорем", "дохили", "дошт",
	"доштанд", "замоне", "зарур", "зери", "зеро", "зидди", "зиёд", "зуд",
	"имрӯз", "имсол", "ин", "инак", "инро", "инчунин", "инҳо", "инҳоро",
	"инҷо", "истодаанд", "истодааст", "кадом", "кадоме", "кай", "кам",
	"камтар", "кард", "карда", "кардаанд", "кардааст", "кардам", "кардан",
	"карданд", "кардед", "кардем", "кас", "касе", "ки", "киро", "киҳо",
	"комилан", "кунад", "кунам", "кунанд", "кунем", "куҷо", "кӣ", "лекин",
	"лозим", "мабодо", "мавриди", "магар", "мазкур", "ман", "мана", "маро",
	"масалан", "махсусан", "мебошад", "мебошам", "мебошанд", "мебошед",
	"мебошем", "мебошӣ", "мебуд", "мегардад", "мегарданд", "мегӯяд",
	"медиҳад", "медиҳанд", "мекард", "мекарданд", "мекунад", "мекунам",
	"мекунанд", "мекунед", "мекунем", "мекунӣ", "менамояд", "менамоянд",
	"метавонад", "метавонам", "метавонанд", "метавонед", "метавонем",
	"мешавад", "мешавам", "мешаванд", "мешавед", "мешавем", "мешуд",
	"мешуданд", "меёбад", "мисли", "миёни", "мо", "монанди", "моро",
	"мувофиқи", "мумкин", "мутобиқи", "муқобили", "на", "набошад",
	"набояд", "набуд", "набуданд", "надорад", "надоранд", "назди",
	"наздик", "накард", "намебошад", "намекунад", "намекунанд",
	"наметавонад", "намешавад", "намояд", "намуд", "намуда", "намудааст",
	"намуданд", "нашуд", "не", "нест", "нестам", "нестанд", "нестед",
	"нестем", "нестӣ", "низ", "нисбат", "ниҳоят", "оид", "он", "онон",
	"ононро", "онро", "ончунон", "онҳо", "онҳоро", "онҷо", "оре", "оё",
	"пагоҳ", "пас", "паси", "пеш", "пеши", "пурра", "пушти", "ро", "роҷеъ",
	"рӯи", "сабаби", "сипас", "сӯи", "тавассути", "тавонист", "тавр",
	"тавре", "таври", "тамоман", "тамоми", "танҳо", "тарафи", "тариқ",
	"тариқи", "тақрибан", "таҳти", "тибқи", "то", "ту", "туро", "тӯли",
	"умуман", "фардо", "фақат", "хел", "хеле", "хотири", "хоҳ", "хоҳад",
	"хоҳам", "хоҳанд", "хоҳед", "хоҳем", "худ", "худам", "худамон",
	"худат", "худатон", "худаш", "худашон", "худи", "худро", "хусусан",
	"хусуси", "чанд", "чандин", "чандон", "чандум", "чаро", "чи", "чигуна",
	"чизе", "чиро", "чиҳо", "чун", "чунин", "чунки", "чунон", "чунончи",
	"чӣ", "шавад", "шаванд", "шояд", "шуд", "шуда", "шудаанд", "шудааст",
	"шудам", "шудан", "шуданд", "шудед", "шудем", "шумо", "шуморо",
	"шумоён", "эшон", "эшонро", "эҳтимол", "ягон", "як", "якдигар", "яке",
	"якчанд", "якҷоя", "яъне", "ё", "ёрии", "ёфт", "ёфтааст", "ғайр",
	"ғайри", "қабл", "қаблан", "қабли", "қадар", "қариб", "ҳа", "ҳам",
	"ҳама", "ҳамагон", "ҳамаи", "ҳамаро", "ҳамдигар", "ҳамеша", "ҳамин",
	"ҳаминро", "ҳаминҳо", "ҳаминҷо", "ҳамон", "ҳамонро", "ҳамонҳо",
	"ҳамроҳ", "ҳамроҳи", "ҳамчун", "ҳамчунин", "ҳангоме", "ҳангоми",
	"ҳанӯз", "ҳар", "ҳаргиз", "ҳарду", "ҳарчанд", "ҳаст", "ҳастам",
	"ҳастанд", "ҳастед", "ҳастем", "ҳастӣ", "ҳатман", "ҳатто", "ҳеҷ", "ҳо",
	"ҳозир", "ҳоле", "ҳоло", "ҷо", "ҷое", "ҷониби", "ҷуз", "ҷумла", "ӯ",
	"ӯро"
};

/* Before a name: проф. Раҳимов, акад. Ғафуров, дотс. Назарова (доц. as
 * it was spelt before ц gave way to тс); and the parts of an address,
 * which stand before their name as the words they shorten do, in their
 * izofat form: ш. (шаҳри, city), н. (ноҳияи, district), в. (вилояти,
 * region), кӯч. (кӯчаи, street): "ш. Душанбе, н. Сино, кӯч. Борбад 1".
 * A period after one never ends a sentence; as a capital each letter is
 * an initial too (Н. Раҳимов), which ends none either. */
static const char titles[][9] = {
	"акад", "в", "дотс", "доц", "кӯч", "н", "проф", "ш"
};

/* Usually followed by a period, but may end a sentence: с. (сол, соли:
 * the year), written before its number as the word соли stands (дар с.
 * 1991, "in the year 1991") and, in the manner of Russian's "1991 г.",
 * after it (1991 с.); м. (милодӣ, AD) and т.м. (то милод, BC; more
 * often written out: асри IV то милод) after the year, ҳ.ш. and ҳ.қ.
 * (ҳиҷрии шамсӣ, ҳиҷрии қамарӣ: the solar and the lunar Hijri year,
 * which Persian writes ه.ش. and ه.ق.); сом. (сомонӣ, the currency; с.
 * after a sum as well); млн and млрд (most often with no period; ҳазор,
 * thousand, is written out); саҳ. and ҷ. (саҳифа, page; ҷилд, volume),
 * ниг. (нигаред, "see", before what it points to), тел. (телефон); ғ.
 * of ва ғ. (ва ғайра, "and so on"); the degrees д.и.т. and н.и.т.
 * (доктор and номзади илмҳои таърих: doctor and candidate of history),
 * and so ф. (филология) and и. (иқтисод, economics).  A letter alone is
 * an initial to the splitter and a dotted word an acronym, whatever the
 * lists say: for those the list records what they are.  Tajik writes
 * its ordinals with an ending (1-ум, 20-уми), never "5.", so a number's
 * period is no ordinal's (no ordinal_dot). */
static const char abbrevs[][9] = {
	"д.и.и", "д.и.т", "д.и.ф", "м", "млн", "млрд", "н.и.и", "н.и.т",
	"н.и.ф", "ниг", "с", "саҳ", "сом", "т.м", "тел", "ғ", "ҳ.ш", "ҳ.қ", "ҷ"
};

/* Words that cannot end a line or a heading: prepositions and the
 * nouns in their izofat form that serve as prepositions (a noun follows
 * each), conjunctions, and the words before a noun (ин, он, ҳар, ҳамаи,
 * баъзе, ягон, and хеле before an adjective).  Not ҳама, which as a
 * pronoun may end one (Салом ба ҳама!), nor пеш, баъд, пас, қабл,
 * adverbs that follow their measure (ду сол пеш, "two years ago"), nor
 * ҳам, "too", which follows its word (ман ҳам). */
static const char dangling[][19] = {
	"агар", "агарчи", "аз", "аксари", "аммо", "атрофи", "ба", "байни",
	"балки", "бар", "барои", "баъди", "баъзе", "бе", "беруни", "бидуни",
	"бо", "болои", "бораи", "ва", "вале", "гарчанде", "давоми", "дар",
	"доир", "дохили", "зери", "зеро", "зидди", "ин", "ки", "лекин",
	"мавриди", "мисли", "миёни", "монанди", "мувофиқи", "мутобиқи",
	"муқобили", "на", "назди", "нисбат", "оид", "он", "паси", "пеши",
	"пушти", "роҷеъ", "рӯи", "сӯи", "тавассути", "тамоми", "тарафи",
	"таҳти", "тибқи", "то", "тӯли", "хеле", "хусуси", "чандин", "чунин",
	"чунки", "ягон", "якчанд", "ё", "ғайри", "қабли", "ҳамаи", "ҳамин",
	"ҳамон", "ҳамроҳи", "ҳангоми", "ҳар", "ҳарчанд", "ҳеҷ", "ҷониби"
};

/* No phrase_ends: Tajik closes a list with ва ғ. (ва ғайра), a letter
 * alone, and its era is то м. or т.м.; the splitter looks an
 * abbreviation up folded, so that ғ and м would be the initials Ғ. and
 * М. too (Ғ. Абдулло, М. Турсунзода), and т.м. two initials written
 * together (Т.М. Назаров), after which the surname goes on: a capital
 * after a phrase's end would cut it off.  A function word after them
 * still opens a sentence (... себ, нок ва ғ. Ҳамаи онҳо ...); and as the
 * verb closes a Tajik sentence, a list seldom does: "Мо себ, нок ва ғ.
 * харидем."  A sentence cut inside a name costs more than two read as
 * one.
 *
 * place_by_case: Tajik names a place with a preposition (дар Душанбе, ба
 * Хуҷанд), not a case, but a time with none (соли 1991, моҳи май, рӯзи
 * душанбе); so a sentence may open with its date, bare, and go on with
 * its subject ("1991 с. Тоҷикистон истиқлол ба даст овард"), where no
 * preposition before the date shows a phrase before its clause (see
 * fronted_time in engine/lastword.h), and the verb that closes the
 * sentence makes one that ends with a year's mark or a sum's unit rare.
 * After "1991 с." or "50 сом." a capital opens a sentence only when it
 * is a function word, as in Kazakh, whose order is the same.
 *
 * No relatives: ки opens a relative clause right after its noun
 * (китобе, ки хондам, "the book that I read"), inside its sentence, and
 * no remark in brackets after a sentence's end; and typed without the
 * Tajik letters ки is кӣ, "who", which may open a question in brackets
 * of its own ("(Ки медонад?)", "who knows?").  No said: a verb of saying
 * follows its quotation after a dash and in lower case («...», – гуфт ӯ;
 * «...?» – пурсид модар), or in lower case without one, in Persian's
 * order (вай «Ёрӣ диҳед!» гуфта фарёд зад), or stands before it with a
 * colon (Ӯ гуфт: «...»): the sentence goes on, or ends, without a list.
 * No times: a time is written 10:00 or соати 10, with no abbreviation.
 * Though the verb ends the clause, verb_final serves the scripts
 * without case (see kk.c). */
const lang lang_tg = {
	.code = "tg",
	.name = "Tajik",
	.script = SCRIPT_CYRILLIC,
	.place_by_case = 1,
	.stopwords = WORD_LIST(stopwords, 22),
	.titles = WORD_LIST(titles, 8),
	.abbrevs = WORD_LIST(abbrevs, 8),
	.lower_abbrevs = WORD_LIST(abbrevs, 8),	/* all written so */
	.phrase_ends = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.said = NO_WORDS,
	.dangling = WORD_LIST(dangling, 18),
	.stem = NULL,	/* none: each word is its own stem */
};

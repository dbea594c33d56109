/*
 * vi.c - Vietnamese: its word lists (see lang.h), and no stemmer.
 *
 * Vietnamese does not inflect, and it writes a space after every
 * syllable, so a word of two syllables (thành phố, city) is two words
 * here and each syllable is its own stem.  The stopwords are therefore
 * syllables: those whose work is grammar, not meaning.  They are the
 * plural and quantity words (các, những, mọi, mỗi, một, vài, mấy),
 * the classifiers and nominalisers (cái, con, chiếc, cuộc, sự, việc,
 * điều, nỗi, niềm), the pronouns, among them the words of kinship that
 * serve as pronouns in every news story (anh, chị, em, ông, bà, cô,
 * cậu) and the plural chúng, the demonstratives (này, đó, kia, ấy,
 * đây), the question words (ai, gì, nào, đâu, sao, bao, nhiêu), the
 * prepositions and the directions that follow verbs (của, cho, với,
 * trong, trên, tại, từ, đến, ra, vào, lên, xuống, về), the conjunctions
 * (và, hay, hoặc, nhưng, nếu, vì, nên, thì, mà, rằng), the words of
 * aspect, mood and voice (đã, đang, sẽ, vẫn, còn, chưa, vừa, mới, hãy,
 * đừng, được, bị, phải, có, thể), negation (không, chẳng, chưa), the
 * particles that end a sentence (à, ạ, nhé, nhỉ, chứ, thôi), the
 * common adverbs of degree and time (rất, quá, lắm, hơn, nhất, luôn,
 * thường, lúc, khi), and the syllables that appear almost only in one
 * pair that is grammar (tuy nhiên, bây giờ, có lẽ, dường như: nhiên,
 * bây, lẽ, dường).  Syllables that are mainly a part of content words
 * are left out, though one of their uses is grammar: bác (bác sĩ,
 * doctor), chú (chú ý, attention), định (quyết định, decision), chính
 * (chính phủ, government), đi, làm, thành.  The words are as written,
 * with their diacritics: written without them, Vietnamese would share
 * its syllables with the function words of other languages.
 *
 * The press abbreviates academic and professional titles with a period
 * before a name (GS., PGS., TS., ThS., BS.), and TP. (thành phố) before
 * a city's name; v.v. (and so on) is a dotted token the splitter knows
 * without a list.
 */
#include "lang.h"

/* Function syllables, as they are written (each is its own stem),
 * sorted in strcmp() order. */
static const char stopwords[][10] = {
	"ai", "anh", "bao", "bà", "bây", "bèn", "bạn", "bằng", "bị", "bọn",
	"bỗng", "bởi", "chiếc", "cho", "chúng", "chút", "chăng", "chưa", "chả",
	"chẳng", "chỉ", "chị", "chớ", "chợt", "chứ", "con", "cuộc", "các",
	"cái", "còn", "có", "cô", "cùng", "cũng", "cả", "cần", "cậu", "của",
	"cứ", "do", "dám", "dù", "dưới", "dường", "dạ", "dẫu", "em", "giữa",
	"gì", "gần", "gồm", "hay", "hoặc", "hãy", "hôm", "hơi", "hơn", "hả",
	"hầu", "hắn", "hẳn", "hết", "hễ", "họ", "khi", "khoảng", "khá",
	"không", "khắp", "kia", "kìa", "kẻo", "liền", "luôn", "là", "lên",
	"lúc", "lại", "lần", "lẫn", "lắm", "lẽ", "muốn", "mà", "mày", "mãi",
	"mình", "mấy", "mọi", "mỗi", "một", "mới", "nay", "ngay", "ngoài",
	"ngài", "nha", "nhau", "nhiên", "nhiêu", "nhiều", "nhé", "như",
	"nhưng", "nhất", "nhằm", "nhỉ", "nhờ", "những", "niềm", "nào", "này",
	"nên", "nó", "nếu", "nọ", "nổi", "nỗi", "nữa", "phải", "qua", "quanh",
	"quá", "ra", "rất", "rằng", "rồi", "sang", "sao", "sau", "so", "song",
	"suốt", "sắp", "sẽ", "sự", "ta", "tao", "theo", "thuộc", "thêm", "thì",
	"thôi", "thường", "thật", "thế", "thể", "thứ", "trong", "trên",
	"trước", "tuy", "tôi", "tại", "tất", "tận", "tớ", "tới", "tức", "từ",
	"từng", "việc", "và", "vài", "vào", "vâng", "vì", "vả", "vẫn", "vậy",
	"về", "với", "vừa", "xuống", "à", "ít", "ông", "đang", "điều", "đâu",
	"đây", "đã", "đó", "được", "đấy", "đến", "đều", "để", "đừng", "ơi",
	"ư", "ạ", "ấy", "ở", "ừ"
};

/* Before a name: GS. (giáo sư, professor), PGS. (phó giáo sư), TS.
 * (tiến sĩ, doctor), TSKH. (tiến sĩ khoa học), ThS. (thạc sĩ, master),
 * BS. (bác sĩ, physician), KS. (kỹ sư, engineer), LS. (luật sư,
 * lawyer), the degrees run together as the press writes them (PGS.TS.,
 * ThS.BS.), TP. (thành phố) before the name of a city, and a signature's
 * TM. (thay mặt, on behalf of), KT. (ký thay, signed for) and TL.
 * (thừa lệnh, by order of) before the body or the office. */
static const char titles[][10] = {
	"bs", "gs", "gs.ts", "gs.tskh", "ks", "kt", "ls", "pgs", "pgs.ts",
	"pgs.ts.bs", "pgs.tskh", "ths", "ths.bs", "tl", "tm", "tp", "ts",
	"ts.bs", "tskh"
};

/* Usually followed by a period, but may end a sentence: Nxb. (nhà xuất
 * bản, publisher), tr. (trang, page). */
static const char abbrevs[][4] = {
	"nxb", "tr"
};

/* Those abbreviations also written in lower case. */
static const char lower_abbrevs[][3] = {
	"tr"
};

/* Words that cannot end a line or a heading: plural words and
 * classifiers, prepositions, conjunctions. */
static const char dangling[][8] = {
	"bởi", "chiếc", "cho", "cuộc", "các", "cái", "của", "hoặc", "là",
	"mọi", "mỗi", "một", "nhưng", "nhằm", "những", "nếu", "rằng", "sự",
	"thì", "và", "vì", "để"
};

/* Abbreviations that close their phrase: v.v. (vân vân); a capital
 * after one opens a sentence (see lang.h). */
static const char phrase_ends[][4] = {
	"v.v"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][39] = {
	"bạn nhận được e mail này", "bạn nhận được email này",
	"bạn nhận được thư này", "email này được gửi", "huỷ đăng ký",
	"hủy đăng ký", "không trả lời email này", "ngừng nhận",
	"quý khách nhận được email này", "vui lòng không trả lời"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][40] = {
	"chúc một ngày tốt lành", "cuối tuần vui vẻ", "cảm ơn", "kính chào",
	"nếu có thắc mắc", "rất mong nhận được phản hồi",
	"trân trọng cảm ơn", "xin chào", "xin cảm ơn",
	"xin lỗi vì sự bất tiện", "xin lỗi vì trả lời muộn"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][21] = {
	"tôi là phụ huynh", "tôi tên là"
};

const lang lang_vi = {
	.code = "vi",
	.name = "Vietnamese",
	.stopwords = WORD_LIST(stopwords, 9),
	.titles = WORD_LIST(titles, 9),
	.abbrevs = WORD_LIST(abbrevs, 3),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 2),
	.phrase_ends = WORD_LIST(phrase_ends, 3),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 7),
	.notices = WORD_LIST(notices, 38),
	.formulas = WORD_LIST(formulas, 39),
	.introductions = WORD_LIST(introductions, 20),
	.stem = NULL,	/* none: each word is its own stem */
};

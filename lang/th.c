/*
 * th.c - Thai: its word lists (see lang.h), and no stemmer.
 *
 * Thai is written without spaces between words (a space ends a phrase
 * or a sentence), so the terms of a run of Thai letters are its pairs
 * of adjacent code points, or the code point alone when the run has one
 * (see spaceless_run in engine/terms.c).  The stopwords are the
 * function words as they are written: pronouns, demonstratives,
 * prepositions, conjunctions, auxiliaries and particles of politeness,
 * classifier-like nouns of grammar (การ, ความ, ผู้) and common adverbs.
 * Vowel signs and tone marks are code points of their own, so only the
 * words of one or two code points (ใน, จะ, มี, ก็, ๆ ...) are ever equal
 * to a key; the others are listed for a tokenizer that finds words.
 * Thai abbreviates with ฯ, and with periods (พ.ศ., ดร.).  The splitter
 * ends a sentence at a space between two Thai letters (space_ends),
 * which is where Thai parts its sentences and clauses, unless the
 * clauses on either side show that they go on (engine/clauses.h): the
 * words below.
 */
#include "lang.h"

/* Function words, as written, sorted in strcmp() order. */
static const char stopwords[][37] = {
	"กระทั่ง", "กล่าว", "กว่า", "กัน", "กับ", "การ", "กำลัง", "ก็", "ก่อน",
	"ก่อนที่", "ขณะ", "ขณะที่", "ขอ", "ของ", "ขึ้น", "คง", "ครับ", "คล้าย",
	"ควร", "ความ", "คะ", "คือ", "คุณ", "ค่อนข้าง", "ค่ะ", "จน",
	"จนกระทั่ง", "จนถึง", "จริง", "จะ", "จาก", "จึง", "ฉัน", "ซึ่ง", "ดัง",
	"ดังกล่าว", "ดังนั้น", "ดิฉัน", "ด้วย", "ตน", "ตัวเอง", "ตั้งแต่", "ตาม",
	"ต่อ", "ต่าง", "ต่างๆ", "ต้อง", "ถึง", "ถูก", "ถ้า", "ทั้ง", "ทั้งหมด",
	"ทำไม", "ที่", "ที่สุด", "ทุก", "ท่าน", "นอกจาก", "นอกจากนี้", "นะ",
	"นัก", "นั่น", "นั่นเอง", "นั้น", "นี่", "นี้", "น้อย", "บาง", "บ่อย", "บ้าง",
	"ผม", "ผู้", "พวก", "ภายนอก", "ภายหลัง", "ภายใน", "มัน", "มา",
	"มาก", "มี", "ยัง", "ยิ่ง", "รวมถึง", "ระหว่าง", "ลง", "ละ", "ล่ะ",
	"ว่า", "สำหรับ", "ส่วน", "หนึ่ง", "หรือ", "หลัง", "หลังจาก", "หลาย",
	"หาก", "อยู่", "อย่าง", "อย่างไร", "อย่างไรก็ตาม", "ออก", "อะไร",
	"อัน", "อาจ", "อีก", "อื่น", "ฯ", "เกี่ยวกับ", "เกือบ", "เขา", "เคย",
	"เช่น", "เท่า", "เท่านั้น", "เท่าไร", "เท่าไหร่", "เธอ", "เนื่องจาก",
	"เป็น", "เป็นต้น", "เพราะ", "เพราะว่า", "เพิ่ง", "เพียง", "เพื่อ", "เมื่อ",
	"เรา", "เลย", "เสมอ", "เหมือน", "เหมือนกัน", "เอง", "แก่", "แค่",
	"แด่", "แต่", "แต่ละ", "แต่ว่า", "แม้", "แม้ว่า", "และ", "แล้ว", "โดย",
	"โดยที่", "โน่น", "โน้น", "ใคร", "ใด", "ใน", "ให้", "ได้", "ได้แก่",
	"ไป", "ไม่", "ไร", "ไว้", "ไหน", "ๆ"
};

/* Words that cannot end a clause that ends a sentence: conjunctions,
 * prepositions, ว่า ("that", after a verb of saying), sorted; not ที่
 * or ของ, which end many words (พื้นที่, เจ้าของ). */
static const char dangling[][19] = {
	"กับ", "คือ", "จาก", "ซึ่ง", "ณ", "ตลอดจน", "รวมถึง",
	"ว่า", "หรือ", "เช่น", "แก่", "และ", "โดย", "ได้แก่"
};

/* Words that join the clause they open to the one before: and, or,
 * which, such as, namely, including, and then (แล้ว). */
static const char joiners[][22] = {
	"คือ", "ซึ่ง", "ตลอดจน", "รวมถึง", "หรือ", "อีกทั้ง",
	"เช่น", "และ", "แล้ว", "ได้แก่"
};

const lang lang_th = {
	.code = "th",
	.name = "Thai",
	.script = SCRIPT_THAI,
	.space_ends = 1,
	.stopwords = WORD_LIST(stopwords, 36),
	.titles = NO_WORDS,
	.abbrevs = NO_WORDS,
	.lower_abbrevs = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 18),
	.joiners = WORD_LIST(joiners, 21),
	.stem = NULL,	/* none: each term is its own stem */
};

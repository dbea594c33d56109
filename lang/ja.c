/*
 * ja.c - Japanese: its word lists (see lang.h), and no stemmer.
 *
 * Japanese is written without spaces, so the terms of a run of Kanji
 * and Kana are its pairs of adjacent characters, or the character alone
 * when the run has one (see spaceless_run in engine/terms.c); a pair of
 * two Hiragana is never a term, as Hiragana spell the particles,
 * endings and auxiliaries.  The stopwords are the other keys that carry
 * grammar and never the subject:
 *  - the particles alone, which stand by themselves between a Latin
 *    word or a number and punctuation ("Appleと、"), and the units and
 *    prefixes a number leaves alone (2023年 gives 年; 約, 第, 円, 件);
 *  - function words in Kanji: 以上, 以下, 場合, 今回, 現在, 一方, 自分,
 *    彼女, 及び, 又は, 但し, and adverbs with their okurigana (既に,
 *    特に, 最も, 全て);
 *  - the pairs of the formal nouns and auxiliaries written in Kanji with
 *    the Hiragana beside them: 事 (の事, 事が), 時 (の時, 時に), 為,
 *    様, 的 (的な, 的に), 出来, 下さ(い), 頂き, 致し, 無い, 言う and
 *    と言 (the reporting "said");
 *  - the pairs of the compound particles (に関して: に関, 関し;
 *    に対して, に基づき, に伴い, に向けて, を通じて, に従って, と共に,
 *    に応じて, に比べ, を巡って, に際して, に加えて) and of the
 *    positions after の (の上, の中, の間, の他);
 *  - the pairs a date leaves (3月5日に: 日に; 年の, 月に) and those of
 *    ン and ー, the commonest last characters of a Katakana word, with
 *    a particle (ンの, ーを), which join many unrelated words.
 * Japanese has no abbreviations with a period, and the splitter needs
 * no lists.
 */
#include "lang.h"

/* Keys of grammar, folded (as written), sorted in strcmp() order. */
static const char stopwords[][7] = {
	"か", "が", "だ", "で", "と", "と共", "と言", "な", "に",
	"に伴", "に加", "に向", "に基", "に対", "に当", "に従", "に応",
	"に比", "に関", "に際", "ね", "の", "の上", "の下", "の中",
	"の事", "の他", "の前", "の外", "の後", "の時", "の間", "の際",
	"は", "へ", "も", "や", "よ", "を", "を巡", "を通", "ンが",
	"ンで", "ンと", "ンに", "ンの", "ンは", "ンも", "ンを", "ーが",
	"ーで", "ーと", "ーに", "ーの", "ーは", "ーも", "ーを", "一方",
	"万", "下さ", "並", "並び", "中で", "中に", "主に", "事が",
	"事で", "事に", "事の", "事は", "事も", "事を", "今回", "今後",
	"他の", "他方", "以上", "以下", "以内", "以前", "以外", "以後",
	"以来", "以降", "件", "伴い", "伴う", "但し", "何か", "何が",
	"何で", "何と", "何の", "何も", "何を", "何故", "例え", "個",
	"億", "全く", "全て", "共に", "円", "再び", "出来", "分",
	"前に", "前回", "加え", "即ち", "又", "又は", "及", "及び",
	"号", "各", "同じ", "同時", "同様", "名", "向け", "回", "基づ",
	"場合", "多い", "多く", "実は", "対し", "対す", "少し", "少な",
	"尚", "巡っ", "巡る", "常に", "年", "年か", "年で", "年に",
	"年の", "年は", "年ま", "年も", "当た", "当時", "彼が", "彼に",
	"彼の", "彼は", "彼ら", "彼を", "彼女", "後に", "従い", "従っ",
	"必ず", "応じ", "既に", "日", "日か", "日で", "日に", "日の",
	"日は", "日ま", "時", "時に", "時の", "時は", "更に", "最も",
	"月", "月か", "月で", "月に", "月の", "月は", "月ま", "様な",
	"様に", "次に", "次の", "次回", "歳", "殆ど", "比べ", "為に",
	"為の", "無い", "無く", "特に", "現在", "申し", "的で", "的な",
	"的に", "私が", "私た", "私に", "私の", "私は", "私も", "私を",
	"秒", "第", "等", "等が", "等で", "等に", "等の", "等は",
	"等を", "約", "自ら", "自分", "自身", "致し", "致す", "言い",
	"言う", "言っ", "言わ", "計", "誰か", "誰が", "誰も", "述べ",
	"通じ", "関し", "関す", "際し", "際に", "頂き", "頂く", "頂け"
};

/* Particles that cannot end a line of their own: case and topic
 * markers, which the words after them complete (a line broken by hand
 * after one goes on: "お見積書を" + "添付にてお送りします"). */
static const char dangling[][4] = {
	"が", "で", "と", "に", "の", "は", "へ", "も", "や", "を"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][16] = {
	"ライセンス", "著作権"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][31] = {
	"お心当たりのない", "メールマガジンの登録", "自動送信", "自動配信", "送信専用", "配信の停止", "配信停止",
	"配信解除"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][61] = {
	"ありがとうございました", "ありがとうございます", "いつもありがとうございます", "いつもお世話になっております",
	"お世話になっております", "お世話になります", "お体にお気をつけください", "お引き立てのほど", "お引き立てを賜り",
	"お忙しいところ恐縮ですが", "お手数ですが", "お手数をおかけしますが", "お気軽にお問い合わせください",
	"お気軽にご連絡ください", "お疲れさまです", "お疲れ様です", "お礼申し上げます", "お詫び申し上げます",
	"お返事ありがとうございます", "お返事が遅くなり", "ご不便をおかけいたしますが", "ご不明な点があれば",
	"ご不明な点がございましたら", "ご健勝のこととお喜び申し上げます", "ご健勝のこととお慶び申し上げます", "ご愛顧のほど",
	"ご愛顧を賜り", "ご指導ご鞭撻のほど", "ご検討のほど", "ご清祥のこととお喜び申し上げます",
	"ご清祥のこととお慶び申し上げます", "ご無沙汰しております", "ご理解とご協力のほど", "ご理解とご協力を賜り",
	"ご確認のほど", "ご確認をお願いいたします", "ご確認をお願いします", "ご自愛ください", "ご質問があれば",
	"ご返信ありがとうございます", "ご迷惑をおかけいたしますが", "ご迷惑をおかけしますが", "ご連絡ありがとうございます",
	"ご高配を賜り", "の候", "ますますご健勝のこととお喜び申し上げます", "ますますご健勝のこととお慶び申し上げます",
	"ますますご清祥のこととお喜び申し上げます", "ますますご清祥のこととお慶び申し上げます", "よろしくお願いいたします",
	"よろしくお願いします", "よろしくお願い申し上げます", "メールありがとうございます", "今後とも", "何卒よろしくお願い",
	"初めてご連絡いたします", "厚く御礼申し上げます", "取り急ぎお礼まで", "取り急ぎご連絡まで", "変わらぬお引き立て",
	"大変失礼いたしました", "寒い日が続きますが", "平素は", "平素より", "御礼申し上げます", "心より感謝申し上げます",
	"恐れ入りますが", "感謝申し上げます", "拝啓", "敬具", "日頃は", "日頃より", "暑い日が続きますが",
	"格別のお引き立てを賜り", "格別のご高配を賜り", "皆様におかれましては", "皆様には", "突然のご連絡失礼いたします",
	"素敵な週末を", "良い週末を", "誠にありがとうございます", "返信が遅くなり"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][25] = {
	"と申します", "の保護者です", "の母でございます", "の母です", "の母親です", "の父でございます", "の父です",
	"の父親です"
};

const lang lang_ja = {
	.code = "ja",
	.name = "Japanese",
	.script = SCRIPT_KANA,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 6),
	.titles = NO_WORDS,
	.abbrevs = NO_WORDS,
	.lower_abbrevs = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.dangling = WORD_LIST(dangling, 3),
	.licences = WORD_LIST(licences, 15),
	.notices = WORD_LIST(notices, 30),
	.formulas = WORD_LIST(formulas, 60),
	.introductions = WORD_LIST(introductions, 24),
	.stem = NULL,	/* none: each term is its own stem */
};

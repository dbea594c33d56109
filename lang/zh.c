/*
 * zh.c - Chinese: its word lists (see lang.h), and no stemmer.
 *
 * Chinese is written without spaces, so the terms of a run of Han
 * characters are its pairs of adjacent characters, or the character
 * alone when the run has one (see spaceless_run in engine/terms.c); a
 * word of one or two characters is one key, a longer word is several.
 * The stopwords are therefore keys of one or two characters: the
 * function characters alone (的, 了, 是, 在, 和, 被, 把, 这, 那 ...), the
 * units a number leaves alone (2023年 gives 年; 万, 亿, 个, 元), and the
 * function words of two characters: pronouns (我们, 自己), demonstratives
 * and question words (这个, 那些, 什么, 为什 of 为什么), conjunctions
 * (因为, 所以, 但是, 如果), adverbs and modals (已经, 可以, 非常),
 * prepositions of two characters (关于, 通过, 根据), reporting verbs of
 * the news (表示, 认为, 指出), and the commonest pairs of two function
 * characters (是一, 也是, 没有, 他的).  A pair across a function and a
 * content character (的人, 在北) cannot be listed and is left.  Every
 * entry in simplified and traditional characters.  Chinese has no
 * abbreviations with a period, and the splitter needs no lists.
 */
#include "lang.h"

/* Function characters and words, folded (as written), sorted in
 * strcmp() order. */
static const char stopwords[][7] = {
	"一下", "一个", "一些", "一個", "一切", "一定", "一样", "一樣",
	"一次", "一点", "一直", "一种", "一種", "一般", "一起", "一點",
	"万", "不", "不会", "不再", "不是", "不會", "不管", "不能",
	"不要", "不論", "不论", "不过", "不過", "与", "並", "並不",
	"並且", "並非", "个", "为", "为了", "为什", "为何", "么",
	"么样", "之", "之一", "之中", "之前", "之后", "之外", "之後",
	"之間", "之间", "也", "也不", "也是", "也有", "也許", "也许",
	"了", "了一", "于", "于是", "些", "亿", "什么", "什麼", "今后",
	"今後", "从", "他", "他们", "他們", "他的", "以", "以上",
	"以下", "以來", "以便", "以免", "以內", "以内", "以前", "以及",
	"以后", "以外", "以後", "以来", "们", "们的", "任何", "但",
	"但是", "作为", "作為", "你", "你们", "你們", "你的", "來說",
	"例如", "個", "們", "們的", "假如", "億", "儘管", "元", "关于",
	"其", "其中", "其他", "其余", "其它", "其实", "其實", "其餘",
	"再", "几个", "分", "別人", "别人", "十分", "即使", "又", "及",
	"及其", "另外", "只", "只是", "可以", "可是", "可能", "号",
	"各", "各种", "各種", "同时", "同時", "吗", "否则", "否則",
	"吧", "呢", "和", "咱们", "咱們", "哪", "哪个", "哪些", "哪個",
	"哪裡", "哪里", "啊", "嗎", "因为", "因此", "因為", "在",
	"在这", "在這", "多少", "大家", "她", "她们", "她們", "她的",
	"如", "如今", "如何", "如果", "如此", "它", "它们", "它們",
	"它的", "对", "对于", "将", "將", "對", "對於", "尤其", "就",
	"就不", "就是", "就有", "尽管", "已經", "已经", "年", "并",
	"并不", "并且", "并非", "幾個", "应该", "当时", "很", "很多",
	"從", "必須", "必须", "怎么", "怎样", "怎樣", "怎麼", "总之",
	"总是", "您", "應該", "我", "我们", "我們", "我的", "或",
	"或者", "或許", "或许", "所", "所以", "所有", "才", "把",
	"指出", "按照", "接着", "接著", "整个", "整個", "方面", "於",
	"於是", "无论", "既然", "日", "时", "时候", "是", "是一",
	"是否", "時", "時候", "更加", "曾經", "曾经", "月", "有",
	"有一", "有些", "有关", "有的", "有關", "来说", "极其", "根据",
	"根據", "極其", "次", "正在", "正是", "此", "此前", "此后",
	"此外", "此後", "此时", "此時", "此次", "每", "每个", "每個",
	"比如", "比較", "比较", "沒", "沒有", "没", "没有", "点", "為",
	"為了", "為什", "為何", "無論", "然后", "然後", "然而", "特別",
	"特别", "现在", "現在", "由于", "由於", "當時", "的", "的話",
	"的话", "目前", "着", "等", "等等", "給", "經過", "總之",
	"總是", "经过", "给", "而", "而且", "而是", "而言", "能够",
	"能夠", "自己", "與", "若是", "萬", "著", "號", "虽然", "表示",
	"被", "要是", "許多", "該", "認為", "說", "誰", "讓", "认为",
	"让", "许多", "该", "说", "谁", "过", "还", "还是", "还有",
	"还要", "这", "这一", "这个", "这么", "这些", "这儿", "这是",
	"这样", "这次", "这种", "这里", "进行", "這", "這一", "這些",
	"這個", "這兒", "這是", "這樣", "這次", "這種", "這裏", "這裡",
	"這麼", "通过", "通過", "進行", "過", "還", "還是", "還有",
	"還要", "那", "那一", "那个", "那么", "那些", "那個", "那儿",
	"那兒", "那是", "那样", "那樣", "那种", "那種", "那裏", "那裡",
	"那里", "那麼", "都", "都不", "都是", "都有", "關於", "除了",
	"随着", "隨著", "雖然", "非常", "麼", "麼樣", "點"
};

/* Verbs of saying in the words after a quotation: “…？”她问道。
 * Sorted. */
static const char said[][7] = {
	"叫道", "喊", "喊道", "回答", "答道", "说", "说道", "追问", "问", "问道"
};

/* Characters that cannot end a line of their own: the possessive, the
 * conjunctions and prepositions, which the words after them complete
 * ("我们的" + "产品"). */
static const char dangling[][4] = {
	"与", "于", "从", "及", "向", "和", "对", "将", "將", "對", "從", "或", "把", "於", "的", "與", "被"
};

/* The words of a heading over its licence (see lang.h). */
static const char licences[][10] = {
	"授权", "授權", "版权", "版權", "許可", "許可證", "许可", "许可证"
};

/* The phrases of a service's notice at a message's end (see lang.h). */
static const char notices[][22] = {
	"不再接收", "不想再收到", "取消訂閱", "取消订阅", "您之所以收到", "您收到此邮件", "您收到此郵件",
	"您收到这封邮件", "您收到這封郵件", "自动发出", "自动发送", "自動發送", "請勿回覆", "请勿回复", "退訂",
	"退订"
};

/* A letter's courtesy formulas (see lang.h). */
static const char formulas[][22] = {
	"一直以來", "一直以来", "万事如意", "你好", "各位好", "各位家長", "各位家长", "周末愉快", "大家好",
	"如有任何问题", "如有疑问", "您好", "感謝", "感謝您的回覆", "感謝您的支持", "感谢", "感谢您的回复",
	"感谢您的支持", "感谢您的耐心", "我司", "敬礼", "期待您的回复", "期待您的回覆", "此致", "的信任与支持",
	"的信任與支持", "的大力支持", "的支持与配合", "的支持與配合", "祝好", "祝您工作順利", "祝您工作顺利",
	"给您添麻烦了", "萬事如意", "請隨時與我聯繫", "謝謝", "謝謝您", "请随时与我联系", "谢谢", "谢谢您",
	"貴司", "贵司", "身体健康", "身體健康", "辛苦了", "辛苦您了", "週末愉快", "長期以來", "长期以来",
	"随时联系", "隨時聯繫", "非常感謝", "非常感谢", "順祝商祺", "顺祝商祺", "麻烦您了"
};

/* How a letter's writer says who writes (see lang.h). */
static const char introductions[][16] = {
	"我的名字是", "的妈妈", "的媽媽", "的家長", "的家长", "的爸爸", "这里是", "這裡是"
};

const lang lang_zh = {
	.code = "zh",
	.name = "Chinese",
	.script = SCRIPT_HAN,
	.stopwords = WORD_LIST(stopwords, 6),
	.titles = NO_WORDS,
	.abbrevs = NO_WORDS,
	.lower_abbrevs = NO_WORDS,
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.said = WORD_LIST(said, 6),
	.dangling = WORD_LIST(dangling, 3),
	.licences = WORD_LIST(licences, 9),
	.notices = WORD_LIST(notices, 21),
	.formulas = WORD_LIST(formulas, 21),
	.introductions = WORD_LIST(introductions, 15),
	.stem = NULL,	/* none: each term is its own stem */
};

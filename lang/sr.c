/*
 * sr.c - Serbian: its word lists and its stemmer (see lang.h).
 *
 * Serbian is written in two alphabets, Cyrillic and Latin, letter for
 * letter (љ lj, њ nj, џ dž, ђ đ, ћ ć, ч č, ш š, ж ž), so every word
 * list holds each word in both.  The stopwords are the personal and
 * reflexive pronouns in their case forms, the possessives and
 * demonstratives in their common forms, the relative and question
 * words (који, што, где), prepositions, conjunctions, the forms of
 * бити (сам, је, су, био, бих, ће, неће) and of the modals, negation
 * and common adverbs.  They are matched before stemming, so each form
 * is listed as it is written.
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Function words in Cyrillic and in Latin, sorted in strcmp() order. */
static const char stopwords[][15] = {
	"a", "ako", "ali", "baš", "bez", "bi", "bih", "bila", "bile", "bili",
	"bilo", "bio", "bismo", "biste", "biti", "biće", "bićemo", "biću",
	"bude", "budem", "budemo", "budu", "da", "dakle", "danas", "do", "dok",
	"druga", "drugi", "drugo", "drugog", "ga", "gde", "gotovo", "hoće",
	"hoću", "i", "iako", "ih", "ili", "im", "ima", "imaju", "imam", "ipak",
	"ispod", "ista", "isti", "isto", "iz", "između", "iznad", "ja", "je",
	"jedan", "jedna", "jedno", "jednog", "jer", "jesam", "jesi", "jeste",
	"jesu", "joj", "još", "ju", "juče", "k", "ka", "kad", "kada", "kako",
	"kao", "ko", "kod", "kog", "koga", "koja", "koje", "koji", "kojih",
	"kojim", "kojoj", "koju", "koliko", "kom", "kome", "kroz", "kuda",
	"li", "mada", "malo", "manje", "me", "mene", "meni", "među", "mi",
	"mimo", "mnogo", "mnom", "mnome", "mog", "moga", "mogu", "moj", "moja",
	"moje", "moji", "mojih", "mojim", "mojoj", "moju", "mom", "mome",
	"mora", "moram", "može", "možemo", "mu", "na", "nad", "nakon", "nam",
	"nama", "nas", "naš", "naša", "naše", "našeg", "našem", "naši",
	"naših", "našim", "ne", "nego", "neka", "neke", "neki", "nekih",
	"neko", "nema", "nemam", "neće", "nećemo", "nećete", "nećeš", "neću",
	"nešto", "ni", "nije", "nikad", "nikada", "niko", "nisam", "nisi",
	"nismo", "niste", "nisu", "niti", "niz", "ništa", "nje", "njega",
	"njegov", "njegova", "njegove", "njegovi", "njegovim", "njegovo",
	"njegovog", "njegovom", "njemu", "njen", "njena", "njene", "njeni",
	"njeno", "njenog", "njih", "njihov", "njihova", "njihove", "njihovi",
	"njihovim", "njihovo", "njihovog", "njim", "njima", "njime", "njoj",
	"nju", "no", "o", "oba", "obe", "od", "oko", "on", "ona", "onaj",
	"onakav", "onda", "onde", "one", "oni", "onih", "onim", "ono", "onog",
	"onom", "onu", "opet", "osim", "otkud", "ova", "ovaj", "ovakav",
	"ovakve", "ovde", "ove", "ovi", "ovih", "ovim", "ovo", "ovog", "ovoga",
	"ovom", "ovu", "pa", "po", "pod", "ponekad", "pored", "posle", "pošto",
	"pre", "pred", "preko", "prema", "premda", "pri", "protiv", "radi",
	"s", "sa", "sad", "sada", "sam", "samo", "se", "sebe", "sebi", "si",
	"skoro", "smo", "sobom", "ste", "su", "sutra", "sva", "svaka", "svaki",
	"svako", "sve", "svega", "svi", "svih", "svim", "svog", "svoga",
	"svoj", "svoja", "svoje", "svoji", "svojih", "svojim", "svoju", "svom",
	"ta", "tad", "tada", "taj", "takav", "tako", "takođe", "takva",
	"takve", "takvi", "takvo", "tamo", "te", "tebe", "tebi", "tek", "ti",
	"tih", "tim", "to", "tobom", "tog", "toga", "tom", "tome", "treba",
	"tu", "tvog", "tvoga", "tvoj", "tvoja", "tvoje", "tvoji", "tvoju",
	"tvom", "u", "ukoliko", "unutar", "uvek", "uz", "vam", "vama", "van",
	"vas", "vaš", "vaša", "vaše", "vašeg", "vaši", "vašim", "veoma", "već",
	"vi", "više", "vrlo", "za", "zato", "zašto", "zbog", "će", "ćemo",
	"ćete", "ćeš", "ću", "čak", "čega", "čemu", "često", "čija", "čije",
	"čijeg", "čiji", "čim", "šta", "što", "а", "ако", "али", "баш", "без",
	"би", "била", "биле", "били", "било", "био", "бисмо", "бисте", "бити",
	"бих", "биће", "бићемо", "бићу", "буде", "будем", "будемо", "буду",
	"вам", "вама", "ван", "вас", "ваш", "ваша", "ваше", "вашег", "ваши",
	"вашим", "веома", "већ", "ви", "више", "врло", "га", "где", "готово",
	"да", "дакле", "данас", "до", "док", "друга", "други", "друго",
	"другог", "за", "зато", "зашто", "због", "и", "иако", "из", "између",
	"изнад", "или", "им", "има", "имам", "имају", "ипак", "испод", "иста",
	"исти", "исто", "их", "к", "ка", "кад", "када", "како", "као", "ко",
	"ког", "кога", "код", "колико", "ком", "коме", "која", "које", "који",
	"којим", "којих", "којој", "коју", "кроз", "куда", "ли", "мада",
	"мало", "мање", "ме", "мене", "мени", "међу", "ми", "мимо", "много",
	"мном", "мноме", "мог", "мога", "могу", "може", "можемо", "мом",
	"моме", "мора", "морам", "мој", "моја", "моје", "моји", "мојим",
	"мојих", "мојој", "моју", "му", "на", "над", "након", "нам", "нама",
	"нас", "наш", "наша", "наше", "нашег", "нашем", "наши", "нашим",
	"наших", "не", "него", "нека", "неке", "неки", "неких", "неко", "нема",
	"немам", "нешто", "неће", "нећемо", "нећете", "нећеш", "нећу", "ни",
	"низ", "никад", "никада", "нико", "нисам", "ниси", "нисмо", "нисте",
	"нису", "нити", "ништа", "није", "но", "о", "оба", "обе", "ова",
	"овакав", "овакве", "овај", "овде", "ове", "ови", "овим", "ових",
	"ово", "овог", "овога", "овом", "ову", "од", "око", "он", "она",
	"онакав", "онај", "онда", "онде", "оне", "они", "оним", "оних", "оно",
	"оног", "оном", "ону", "опет", "осим", "откуд", "па", "по", "под",
	"понекад", "поред", "после", "пошто", "пре", "пред", "преко", "према",
	"премда", "при", "против", "ради", "с", "са", "сад", "сада", "сам",
	"само", "сва", "свака", "сваки", "свако", "све", "свега", "сви",
	"свим", "свих", "свог", "свога", "свом", "свој", "своја", "своје",
	"своји", "својим", "својих", "своју", "се", "себе", "себи", "си",
	"скоро", "смо", "собом", "сте", "су", "сутра", "та", "тад", "тада",
	"такав", "таква", "такве", "такви", "такво", "тако", "такође", "тамо",
	"тај", "твог", "твога", "твом", "твој", "твоја", "твоје", "твоји",
	"твоју", "те", "тебе", "теби", "тек", "ти", "тим", "тих", "то",
	"тобом", "тог", "тога", "том", "томе", "треба", "ту", "у", "увек",
	"уз", "уколико", "унутар", "хоће", "хоћу", "чак", "чега", "чему",
	"често", "чим", "чија", "чије", "чијег", "чији", "шта", "што", "ја",
	"је", "један", "једна", "једно", "једног", "јер", "јесам", "јеси",
	"јесте", "јесу", "још", "јој", "ју", "јуче", "ње", "њега", "његов",
	"његова", "његове", "његови", "његовим", "његово", "његовог",
	"његовом", "њему", "њен", "њена", "њене", "њени", "њено", "њеног",
	"њим", "њима", "њиме", "њих", "њихов", "њихова", "њихове", "њихови",
	"њиховим", "њихово", "њиховог", "њој", "њу", "ће", "ћемо", "ћете",
	"ћеш", "ћу"
};

/* Before a name: др. (doctor), проф., г. (Mr), гђа, гђица, инж., мр.,
 * св. (saint). */
static const char titles[][11] = {
	"dr", "g", "gđa", "gđica", "inž", "mr", "prof", "sv", "г", "гђа",
	"гђица", "др", "инж", "мр", "проф", "св"
};

/* Usually followed by a period, but may end a sentence (... итд.): нпр.,
 * итд., тј., бр., стр., ул., год., тзв., сл. */
static const char abbrevs[][7] = {
	"br", "god", "itd", "npr", "sl", "str", "tj", "tzv", "ul", "бр", "год",
	"итд", "нпр", "сл", "стр", "тзв", "тј", "ул"
};

/* Relative pronouns and adverbs: који and чији in their forms, што,
 * где, када. */
static const char relatives[][11] = {
	"gde", "kada", "kog", "koga", "koja", "koje", "koji", "kojih", "kojim",
	"kojoj", "koju", "kom", "kome", "čija", "čije", "čijeg", "čiji", "što",
	"где", "када", "ког", "кога", "ком", "коме", "која", "које", "који",
	"којим", "којих", "којој", "коју", "чија", "чије", "чијег", "чији",
	"што"
};

/* Conjunctions, prepositions and possessives, which cannot end a line. */
static const char dangling[][13] = {
	"a", "ako", "ali", "bez", "da", "do", "i", "ili", "iz", "između",
	"jer", "k", "ka", "kod", "kroz", "moj", "na", "nad", "naš", "njegov",
	"njen", "njihov", "o", "od", "oko", "po", "pod", "pored", "posle",
	"pre", "pred", "preko", "prema", "pri", "s", "sa", "svoj", "tvoj", "u",
	"uz", "vaš", "za", "zbog", "а", "ако", "али", "без", "ваш", "да", "до",
	"за", "због", "и", "из", "између", "или", "к", "ка", "код", "кроз",
	"мој", "на", "над", "наш", "о", "од", "око", "по", "под", "поред",
	"после", "пре", "пред", "преко", "према", "при", "с", "са", "свој",
	"твој", "у", "уз", "јер", "његов", "њен", "њихов"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Serbian, after the stemmer for Croatian of
 * Ljubešić and Pandžić.
 *
 * Serbian inflects nouns, adjectives and verbs by endings, often with a
 * change of the stem's last sounds, so the algorithm knows a great many
 * whole suffixes and what each becomes rather than rules:
 *
 *  1. Cyrillic letters are written in Latin (љ -> lj, џ -> dž, ...).
 *  2. Prelude: the Ijekavian ije and je between two consonants become
 *     e, as in Ekavian (mlijeko -> mleko, vjera stays), and dj becomes
 *     đ.  The consonants are b c d f g h j k l m n p r s t v z and
 *     č ć đ š ž.
 *  3. R1 follows the first vowel (a e i o u), or, when the word opens
 *     with a vowel, the first non-vowel after it.  A syllabic r counts
 *     as a vowel: R1 may instead follow the first r (or, when the word
 *     opens with r, the first letter after its r's), if that leaves two
 *     letters or more before the R1 the vowel gives.
 *  4. Step 1: some suffixes in which a vowel or a consonant has been
 *     inserted or changed are put back as the base form wants them
 *     (lozima -> loga, pesima -> peh, ajaka -> ajka, centara -> centra).
 *  5. Step 2: the longest of some two thousand inflectional and
 *     derivational suffixes, if it lies in R1, becomes its base (skoga ->
 *     sk, ovima -> ov, irati -> ir, ...).
 *  6. Step 3, only if step 2 did nothing: a plain case ending in R1 (a,
 *     e, i, o, u, om, ama, ima, enom, ost, ...) is removed.
 *
 * Some suffixes of steps 1 and 2 are the spellings without diacritics
 * (cajan for čajan, ujuci for ujući): they count only in a word that has
 * no č ć đ š ž at all, which is then taken to be written without them.
 * In each step only the longest suffix that ends the word counts; if it
 * fails its test the step does nothing.
 *
 * The suffixes are matched as UTF-8 bytes; R1 counts characters where
 * the algorithm does.  The Latin of a Cyrillic word takes no more bytes
 * than the word, but for џ, whose dž takes three bytes for two: if a
 * word has more of them than LANG_STEM_ROOM allows, they stay Cyrillic.
 */

/* Suffixes that share a base and what they become. */
struct group {
	char base[8];		/* what each suffix of the group starts with */
	const char *ends;	/* the rest of each, separated by spaces */
	char to[7];		/* what the suffix becomes; "": its base */
	unsigned char plain;	/* only in a word without diacritics */
};

/* Base and replacement are held in place, as a pointer costs the loader
 * a relocation at every start; the endings stay pointers, as their lists
 * (up to 188 bytes, many shared) would swell fixed rows fourfold. */

/* Endings that several groups share. */
#define E8 \
	"ima ama om a e i u o"
#define ADJ \
	"ijemu ijima ijega ijeg ijem emu ega eg em ijim ijih " \
	"ijoj oga ome omu ima iji ije ija iju im ih oj om og " \
	"i a u e o"
#define SKI \
	"ijima ijega ijemu ijem ega emu em ijim ijih ijoj " \
	"ijeg iji ije ija oga ome omu ima og om im ih oj i e " \
	"o a u"
#define NIJ \
	"ama ima om a u e i"
#define CAJ \
	"evima evi eva eve ama ima em a e i u"
#define ACC \
	"oga ome omu ega emu ima oj ih om eg em og uh im e a"
#define TAS \
	"ama ima om em a u i e"
#define EVA \
	"jući smo ste jmo jte ju la le li lo mo na ne ni no " \
	"te ti še hu h j m n o t v š"
#define STAJ \
	"asmo aste ahu ati emo ete aše ali ući ala alo ale " \
	"mo ao em eš at ah te e u"
#define STA \
	"dosmo doste doše nemo demo nete dete nimo nite nila " \
	"vši nem dem neš deš doh de ti ne nu du la li lo le " \
	"t o"
#define RAR \
	"jem ja ju o"

/* Step 1: whole suffixes and what they become. */
static const struct group step1[] = {
	{ "", "lozi lozima", "loga", 0 },
	{ "", "pesi pesima", "peh", 0 },
	{ "", "vojci", "vojka", 0 },
	{ "", "bojci", "bojka", 0 },
	{ "", "jaci jacima", "jak", 0 },
	{ "", "čajan", "čajni", 0 },
	{ "", "cajan", "cajni", 1 },
	{ "", "eran", "erni", 0 },
	{ "", "laran", "larni", 0 },
	{ "", "esan", "esni", 0 },
	{ "", "anjac", "anjca", 0 },
	{ "", "ajac ajaca", "ajca", 0 },
	{ "", "ljaca ljac", "ljca", 0 },
	{ "", "ejac ejaca", "ejca", 0 },
	{ "", "ojac ojaca", "ojca", 0 },
	{ "", "ajaka", "ajka", 0 },
	{ "", "ojaka", "ojka", 0 },
	{ "", "šaca šac", "šca", 0 },
	{ "", "inzima inzi", "ing", 0 },
	{ "", "tvenici", "tvenik", 0 },
	{ "", "tetici teticima", "tetika", 0 },
	{ "", "nstava", "nstva", 0 },
	{ "", "nicima", "nik", 0 },
	{ "", "ticima", "tik", 0 },
	{ "", "zicima", "zik", 0 },
	{ "", "snici", "snik", 0 },
	{ "", "kuse", "kusi", 0 },
	{ "", "kusan", "kusni", 0 },
	{ "", "kustava", "kustva", 0 },
	{ "", "dušan", "dušni", 0 },
	{ "", "dusan", "dusni", 1 },
	{ "", "antan", "antni", 0 },
	{ "", "bilan", "bilni", 0 },
	{ "", "tilan", "tilni", 0 },
	{ "", "avilan", "avilni", 0 },
	{ "", "silan", "silni", 0 },
	{ "", "gilan", "gilni", 0 },
	{ "", "rilan", "rilni", 0 },
	{ "", "nilan", "nilni", 0 },
	{ "", "alan", "alni", 0 },
	{ "", "ozan", "ozni", 0 },
	{ "", "rave", "ravi", 0 },
	{ "", "stavan", "stavni", 0 },
	{ "", "pravan", "pravni", 0 },
	{ "", "tivan", "tivni", 0 },
	{ "", "sivan", "sivni", 0 },
	{ "", "atan", "atni", 0 },
	{ "", "enat", "enta", 0 },
	{ "", "tetan", "tetni", 0 },
	{ "", "pletan", "pletni", 0 },
	{ "", "šave", "šavi", 0 },
	{ "", "save", "savi", 1 },
	{ "", "anata", "anta", 0 },
	{ "", "ačak ačaka", "ačka", 0 },
	{ "", "acak acaka", "acka", 1 },
	{ "", "ušak", "uška", 0 },
	{ "", "usak", "uska", 1 },
	{ "", "atak ataka atci atcima", "atka", 0 },
	{ "", "etak etaka", "etka", 0 },
	{ "", "itak itaka itci", "itka", 0 },
	{ "", "otak otaka", "otka", 0 },
	{ "", "utak utaka utci utcima", "utka", 0 },
	{ "", "eskan", "eskna", 0 },
	{ "", "tičan", "tični", 0 },
	{ "", "tican", "ticni", 1 },
	{ "", "ojsci", "ojska", 0 },
	{ "", "esama", "esma", 0 },
	{ "", "metar metara", "metra", 0 },
	{ "", "centar centara", "centra", 0 },
	{ "", "istar istara", "istra", 0 },
	{ "", "ošću", "osti", 0 },
	{ "", "oscu", "osti", 1 },
	{ "", "daba", "dba", 0 },
	{ "", "čcima čci", "čka", 0 },
	{ "", "mac maca", "mca", 0 },
	{ "", "naca nac", "nca", 0 },
	{ "", "voljan", "voljni", 0 },
	{ "", "anaka", "anki", 0 },
	{ "", "vac vaca", "vca", 0 },
	{ "", "saca sac", "sca", 0 },
	{ "", "raca rac", "rca", 0 },
	{ "", "aoca alaca alac", "alca", 0 },
	{ "", "elaca elac", "elca", 0 },
	{ "", "olaca olac olce", "olca", 0 },
	{ "", "njac njaca", "njca", 0 },
	{ "", "ekata ekat", "ekta", 0 },
	{ "", "izam izama", "izma", 0 },
	{ "", "jebe", "jebi", 0 },
	{ "", "baci", "baci", 0 },
	{ "", "ašan", "ašni", 0 },
	{ "", "asan", "asni", 1 },
};

/* Step 2: suffixes as a base and its endings; each becomes its base. */
static const struct group step2[] = {
	{ "sk", SKI, "", 0 },
	{ "šk", SKI, "", 0 },
	{ "stv", "ima om o a u", "", 0 },
	{ "štv", "ima om o a u", "", 0 },
	{ "tanij", NIJ, "", 0 },
	{ "manij", NIJ, "", 0 },
	{ "panij", NIJ, "", 0 },
	{ "ranij", NIJ, "", 0 },
	{ "ganij", NIJ, "", 0 },
	{ "an",
	  "inom ina inu ine ima in om u i a e emu ega eg "
	  "em", "", 0 },
	{ "in", E8, "", 0 },
	{ "on", "ovima ova ove ovi ima om a e i u", "", 0 },
	{ "n",
	  "ijima ijega ijemu ijeg ijem ega emu eg em ijim "
	  "ijih ijoj iji ije ija iju ima ome omu oga oj om "
	  "ih im og o e a u i uvši usmo uste ući imo ite "
	  "emo ete ula ulo ule uli uto uti uta eš uo ut", "", 0 },
	{ "ać", ACC, "", 0 },
	{ "eć", ACC, "", 0 },
	{ "uć", ACC, "", 0 },
	{ "ugov", "ima i e a", "", 0 },
	{ "ug", "ama om a e i u o", "", 0 },
	{ "log", "ama om a u e", "", 0 },
	{ "g", "ovima ama ovi ove ova om a e i u o", "", 0 },
	{ "rari", RAR, "", 0 },
	{ "oti", RAR, "", 0 },
	{ "si", RAR, "", 0 },
	{ "li", RAR, "", 0 },
	{ "uj", "ući emo ete mo em eš e u", "", 0 },
	{ "caj", CAJ, "", 0 },
	{ "čaj", CAJ, "", 0 },
	{ "ćaj", CAJ, "", 0 },
	{ "đaj", CAJ, "", 0 },
	{ "laj", CAJ, "", 0 },
	{ "raj", CAJ, "", 0 },
	{ "bij", E8, "", 0 },
	{ "cij", E8, "", 0 },
	{ "dij", E8, "", 0 },
	{ "lij", "ima ama om e i o", "", 0 },
	{ "nij", "ama om o", "", 0 },
	{ "mij", E8, "", 0 },
	{ "žij", E8, "", 0 },
	{ "gij", E8, "", 0 },
	{ "fij", E8, "", 0 },
	{ "pij", E8, "", 0 },
	{ "rij", E8, "", 0 },
	{ "sij", "ima ama om e i o", "", 0 },
	{ "tij", E8, "", 0 },
	{ "zij", E8, "", 0 },
	{ "nal", E8, "", 0 },
	{ "ijal", E8, "", 0 },
	{ "ozil", "ima om a e u i", "", 0 },
	{ "olov", "ima i a e", "", 0 },
	{ "ol", "ima om a u e i", "", 0 },
	{ "lem", "ama ima om a e i u o", "", 0 },
	{ "ram", "ama om a e i u o", "", 0 },
	{ "ar", "ama ima om u a e i", "", 0 },
	{ "dr", "ama ima om u a e i", "", 0 },
	{ "er", "ama ima om u a e i", "", 0 },
	{ "or", "ama ima om u a e i", "", 0 },
	{ "es", "ima om e a u", "", 0 },
	{ "is", "ima om e a u", "", 0 },
	{ "taš", TAS, "", 0 },
	{ "naš", TAS, "", 0 },
	{ "jaš", TAS, "", 0 },
	{ "kaš", TAS, "", 0 },
	{ "baš", TAS, "", 0 },
	{ "gaš", TAS, "", 0 },
	{ "vaš", TAS, "", 0 },
	{ "eš", "ima ama om em i e a u", "", 0 },
	{ "iš", "ima ama om em i e a u", "", 0 },
	{ "ikat", "ima om a e i u o", "", 0 },
	{ "lat", "ima om a e i u o", "", 0 },
	{ "et", "ama ima om a e i u o avši ući emo imo em eš", "", 0 },
	{ "est", E8, "", 0 },
	{ "ist", E8, "", 0 },
	{ "kst", E8, "", 0 },
	{ "ost", E8, "", 0 },
	{ "išt", "ima em a e u", "", 0 },
	{ "ova", "smo ste hu ti še li la le lo t h o", "", 0 },
	{ "av", ADJ " ama", "", 0 },
	{ "ev", ADJ " ama", "", 0 },
	{ "iv", ADJ " ama", "", 0 },
	{ "ov",
	  "ijemu ijima ijega ijeg ijem emu ega eg ijim "
	  "ijih ijoj oga ome omu ima iji ije ija iju im ih "
	  "oj om og i a u e o", "", 0 },
	{ "mov", "ima om a u e i", "", 0 },
	{ "lov", "ima om a u e i", "", 0 },
	{ "el", ADJ, "", 0 },
	{ "anj", ADJ, "", 0 },
	{ "enj", ADJ, "", 0 },
	{ "šnj", ADJ, "", 0 },
	{ "en", "emu ega eg em", "", 0 },
	{ "šn", "emu ega eg em", "", 0 },
	{ "čin", "ama ome omu oga ima og om im ih oj a u i o e", "", 0 },
	{ "roši", "vši smo ste še mo te ti li la lo le m š t h o", "", 0 },
	{ "oš",
	  "ijemu ijima ijega ijeg ijem emu ega eg em ijim "
	  "ijih ijoj oga ome omu ima iji ije ija iju im ih "
	  "oj om og i a u e", "", 0 },
	{ "evit", SKI, "", 0 },
	{ "ovit", SKI, "", 0 },
	{ "ast", SKI, "", 0 },
	{ "k",
	  "ijemu ijima ijega ijeg ijem emu ega eg em ijim "
	  "ijih ijoj oga ome omu ima iji ije ija iju im ih "
	  "oj om og ov i a u e o", "", 0 },
	{ "eva", EVA, "", 0 },
	{ "ava", EVA, "", 0 },
	{ "iva", EVA, "", 0 },
	{ "uva", EVA, "", 0 },
	{ "ir",
	  "ujemo ujete ujući ajući ivat ujem uješ ujmo "
	  "ujte avši asmo aste ati amo ate aju aše ahu ala "
	  "alo ali ale uje uju uj al an am aš at ah ao", "", 0 },
	{ "ač",
	  "ismo iste iti imo ite iše eći ila ilo ili ile "
	  "ena eno eni ene io im iš it ih en i e", "", 0 },
	{ "ača",
	  "vši smo ste hu ti mo te še la lo li le ju na no "
	  "ni ne o m š t h n", "", 0 },
	{ "ni", "vši smo ste ti la lo le li š o", "", 0 },
	{ "a",
	  "jući vši smo jmo jte jem loj mo te je ju ti še "
	  "hu la li le lo no t h o j n m š lama lima lom "
	  "lu l", "", 0 },
	{ "ur",
	  "ajući asmo aste ajmo ajte amo ate aju ati aše "
	  "ahu ala ali ale alo ana ano ani ane al at ah ao "
	  "aj an am aš", "", 0 },
	{ "astaj", STAJ, "", 0 },
	{ "istaj", STAJ, "", 0 },
	{ "ostaj", STAJ, "", 0 },
	{ "aj", "evima evi eva eve ama ima a i", "", 0 },
	{ "asta", STA, "", 0 },
	{ "ista", STA, "", 0 },
	{ "osta", STA, "", 0 },
	{ "ta",
	  "smo ste jmo jte vši ti mo te ju la lo le li na "
	  "no ni ne n j o m š t h", "", 0 },
	{ "inj",
	  "asmo aste ati emo ete ali ala alo ale aše ahu "
	  "em eš at ah ao", "", 0 },
	{ "as", "temo tete timo tite tući teš li la lo le", "", 0 },
	{ "i",
	  "vši eći smo mo te ti li la lo le m š t h o jemo "
	  "jete jem ješ jmo jte ju je j lu lama lima lom l", "", 0 },
	{ "luč",
	  "ujete ujući ujemo ujem uješ ismo iste ujmo ujte "
	  "uje uju iše iti imo ite ila ilo ili ile ena eno "
	  "eni ene uj io en im iš it ih e i", "", 0 },
	{ "jeti", "smo ste še mo te ti li la lo le m š t h o", "", 0 },
	{ "e", "mo m š lama l", "", 0 },
	{ "at",
	  "ijega ijemu ijima ijeg ijem ega emu eg em ijih "
	  "ijim ima oga ome omu iji ije ija iju oj og om "
	  "im ih a u o", "", 0 },
	{ "luc",
	  "ujuci ujemo ujete ujem ujes ujmo ujte ismo iste "
	  "iti ite ise uje uju ila ile ili ilo ena eni ene "
	  "eno imo im is ih it io uj en e i", "", 1 },
	{ "snj",
	  "ijima ijemu ijega ijim ijih ijeg ijoj iji ija "
	  "ije iju ima emu omu ome ega oga ih im em om eg "
	  "og oj a e i o u", "", 1 },
	{ "os",
	  "ijima ijemu ijega ijih ijim ijem ijeg ijoj ima "
	  "emu omu ome ega oga ija ije iji iju ih im em om "
	  "eg og oj a e i u", "", 1 },
	{ "snjijem", "", "os", 1 },
	{ "ac",
	  "ismo iste ima imo ome omu ite iti ise ila ile "
	  "ili ilo ega ene eci eni emu ena eno oga oj ih "
	  "em om en og it io eg im uh is e a i", "", 1 },
	{ "ec",
	  "ome oga emu ima ega omu oj uh om og eg ih em im "
	  "a e", "", 1 },
	{ "uc",
	  "omu ome ima oga ega emu ih og eg om em im uh oj "
	  "a e", "", 1 },
	{ "rosi", "smo vsi ste ti li se te lo mo le la t s o m h", "", 1 },
	{ "aca",
	  "vsi ste smo ju ne te li ni ti le hu se no mo lo "
	  "na la m n o s t h", "", 1 },
	{ "jas", "ima ama em om e i a u", "", 1 },
	{ "tas", "ima ama em om e a u i", "", 1 },
	{ "gas", "ima ama em om i u e a", "", 1 },
	{ "nas", "ima ama em om i u e a", "", 1 },
	{ "kas", "ima ama em om i u e a", "", 1 },
	{ "vas", "ima ama em om i u e a", "", 1 },
	{ "bas", "ima ama em om i u e a", "", 1 },
	{ "as", "tuci tes", "", 1 },
	{ "cin", "ima ome ama omu oga om ih im og oj o i u e a", "", 1 },
	{ "astaj", "ase uci es", "", 1 },
	{ "istaj", "ase uci es", "", 1 },
	{ "ostaj", "ase uci es", "", 1 },
	{ "asta", "dose des nes vsi", "", 1 },
	{ "ista", "dose des nes vsi", "", 1 },
	{ "osta", "dose des nes vsi", "", 1 },
	{ "ava", "juci se s", "", 1 },
	{ "eva", "juci se s", "", 1 },
	{ "iva", "juci se s", "", 1 },
	{ "uva", "juci se s", "", 1 },
	{ "ova", "se", "", 1 },
	{ "jeti", "se s", "", 1 },
	{ "inj", "ase es", "", 1 },
	{ "ist", "em", "", 1 },
	{ "es", "ama em i", "", 1 },
	{ "et", "avsi uci es", "", 1 },
	{ "is", "ama em i", "", 1 },
	{ "ir", "ajuci ujuci ujes avsi ase as", "", 1 },
	{ "ur", "ajuci ase as", "", 1 },
	{ "uj", "uci es", "", 1 },
	{ "ni", "vsi s", "", 1 },
	{ "sn", "ega emu em eg", "", 1 },
	{ "ta", "vsi s", "", 1 },
	{ "a", "juci vsi se s", "", 1 },
	{ "i", "jes vsi eci s", "", 1 },
	{ "e", "s", "", 1 },
	{ "n", "uvsi uci es", "", 1 },
};

/* Step 3: endings deleted in R1. */
static const struct group step3[] = {
	{ "",
	  "enom enoj enog enim enih anoj anog anim anih "
	  "ost eno eni oga ima enu ena ama ano ani om og u "
	  "o i e a", "", 0 },
};

#define NELEM(a) (sizeof (a) / sizeof *(a))

/* The Latin of Cyrillic а (U+0430) to я (U+044F); "" for the letters
 * Serbian does not use, which stay as they are. */
static const char cyr_latin[32][3] = {
	"a", "b", "v", "g", "d", "e", "\xC5\xBE", "z", "i", "", "k", "l",
	"m", "n", "o", "p", "r", "s", "t", "u", "f", "h", "c", "\xC4\x8D",
	"\xC5\xA1", "", "", "", "", "", "", ""
};

/* The Latin of the Serbian letters after я: ђ ј љ њ ћ (U+0452, U+0458
 * to U+045B); NULL for the others. */
static const char *serbian_latin(unsigned char second)
{
	switch (second) {
	case 0x92: return "\xC4\x91";	/* ђ: đ */
	case 0x98: return "j";
	case 0x99: return "lj";
	case 0x9A: return "nj";
	case 0x9B: return "\xC4\x87";	/* ћ: ć */
	default: return NULL;
	}
}

/* Step 1 of the description on W[0..N), which has room for ROOM more
 * bytes; returns the new length.  All letters but џ take one or two
 * bytes for their two, so they are rewritten from the left in place;
 * then each џ (D1 9F) grows into dž from the right, if they all fit. */
static size_t to_latin(char *w, size_t n, size_t room)
{
	size_t r = 0, o = 0, dz = 0;

	while (r < n) {
		unsigned char c = (unsigned char)w[r];
		unsigned char d = r + 1 < n ? (unsigned char)w[r + 1] : 0;
		const char *l = NULL;
		if (c == 0xD0 && d >= 0xB0 && d <= 0xBF)
			l = cyr_latin[d - 0xB0];
		else if (c == 0xD1 && d >= 0x80 && d <= 0x8F)
			l = cyr_latin[d - 0x80 + 16];
		else if (c == 0xD1)
			l = serbian_latin(d);
		dz += c == 0xD1 && d == 0x9F;
		if (l != NULL && *l != '\0') {
			size_t k = strlen(l);
			memcpy(w + o, l, k);
			o += k;
			r += 2;
		} else {
			w[o++] = w[r++];
		}
	}
	if (dz == 0 || dz > room + (n - o))
		return o;
	for (size_t i = o, j = o + dz; i > 0;) {
		if (i >= 2 && (unsigned char)w[i - 2] == 0xD1 &&
		    (unsigned char)w[i - 1] == 0x9F) {
			w[--j] = '\xBE';
			w[--j] = '\xC5';
			w[--j] = 'd';
			i -= 2;
		} else {
			w[--j] = w[--i];
		}
	}
	return o + dz;
}

/* The byte length of the letter of č ć đ š ž (C4 8D, C4 87, C4 91,
 * C5 A1, C5 BE) at W[I], or 0. */
static size_t diacritic(const char *w, size_t i, size_t n)
{
	unsigned char c = (unsigned char)w[i], d;

	if (i + 1 >= n)
		return 0;
	d = (unsigned char)w[i + 1];
	if ((c == 0xC4 && (d == 0x8D || d == 0x87 || d == 0x91)) ||
	    (c == 0xC5 && (d == 0xA1 || d == 0xBE)))
		return 2;
	return 0;
}

/* The byte length of the consonant at W[I] (< N), or 0. */
static size_t consonant(const char *w, size_t i, size_t n)
{
	if (w[i] != '\0' && strchr("bvgdzjklmnprstfhc", w[i]) != NULL)
		return 1;
	return diacritic(w, i, n);
}

/* Offset just past the character that starts at I (< N): UTF-8
 * continuation bytes (10xxxxxx) belong to the character before them. */
static size_t next_char(const char *w, size_t i, size_t n)
{
	for (i++; i < n && ((unsigned char)w[i] & 0xC0) == 0x80; i++)
		;
	return i;
}

/* Rewrites every PAT (PL bytes) of W[0..N) that has a consonant on each
 * side as e; returns the new length.  The search goes on from the
 * consonant before, as a rewrite cannot make a new match there. */
static size_t ije_to_e(char *w, size_t n, const char *pat, size_t pl)
{
	for (size_t i = 0; i < n; i = next_char(w, i, n)) {
		size_t a = consonant(w, i, n), p = i + a;
		if (a == 0 || n - p < pl + 1 || memcmp(w + p, pat, pl) != 0 ||
		    consonant(w, p + pl, n) == 0)
			continue;
		w[p] = 'e';
		memmove(w + p + 1, w + p + pl, n - p - pl);
		n -= pl - 1;
	}
	return n;
}

/* Step 2 of the description. */
static size_t prelude(char *w, size_t n)
{
	n = ije_to_e(w, n, "ije", 3);
	n = ije_to_e(w, n, "je", 2);
	for (size_t i = 0; i + 1 < n; i = next_char(w, i, n))
		if (w[i] == 'd' && w[i + 1] == 'j') {
			w[i] = '\xC4';
			w[i + 1] = '\x91';
		}
	return n;
}

static int is_vowel(char c)
{
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* The number of characters in W[FROM..TO). */
static size_t chars(const char *w, size_t from, size_t to)
{
	size_t k = 0;

	for (size_t i = from; i < to; i++)
		k += ((unsigned char)w[i] & 0xC0) != 0x80;
	return k;
}

/* R1 of W[0..N) as step 3 of the description finds it. */
static size_t find_r1(const char *w, size_t n)
{
	size_t p1 = n, i = 0, r;

	while (i < n && !is_vowel(w[i]))
		i = next_char(w, i, n);
	if (i < n) {
		p1 = i + 1;
		if (p1 == 1) {	/* opens with a vowel: past a non-vowel */
			for (i = 1; i < n && is_vowel(w[i]); i++)
				;
			if (i < n)
				p1 = next_char(w, i, n);
		}
	}
	for (r = 0; r < n && w[r] != 'r'; r = next_char(w, r, n))
		;
	if (r >= n)
		return p1;
	r++;	/* past the r */
	if (r < 2) {	/* the first letter: past the letter after the r's */
		while (r < n && w[r] == 'r')
			r++;
		if (r >= n)
			return p1;
		r = next_char(w, r, n);
	}
	return p1 > r && chars(w, r, p1) > 1 ? r : p1;
}

/* The group of the longest suffix in G[0..NG) that ends W[0..N), and in
 * *LEN that suffix's length; NULL if none does. */
static const struct group *longest(const char *w, size_t n,
                                   const struct group *g, size_t ng,
                                   size_t *len)
{
	const struct group *best = NULL;

	*len = 0;
	for (size_t k = 0; k < ng; k++) {
		size_t bl = strlen(g[k].base);
		const char *s = g[k].ends;
		do {
			size_t el = 0;
			while (s[el] != '\0' && s[el] != ' ')
				el++;
			if (bl + el > *len && bl + el <= n &&
			    memcmp(w + n - el, s, el) == 0 &&
			    memcmp(w + n - el - bl, g[k].base, bl) == 0) {
				best = &g[k];
				*len = bl + el;
			}
			s += el;
			while (*s == ' ')
				s++;
		} while (*s != '\0');
	}
	return best;
}

/* One step on W[0..*N): the longest suffix of G[0..NG) becomes what its
 * group says, if it starts at or after R and the word is PLAIN (without
 * diacritics) when its group asks.  Returns whether it did. */
static int step(char *w, size_t *n, const struct group *g, size_t ng,
                size_t r, int plain)
{
	size_t l, tl;
	const struct group *m = longest(w, *n, g, ng, &l);
	const char *to;

	if (m == NULL || *n - l < r || (m->plain && !plain))
		return 0;
	to = m->to[0] != '\0' ? m->to : m->base;
	tl = strlen(to);
	memcpy(w + *n - l, to, tl);	/* never longer than the suffix */
	*n = *n - l + tl;
	return 1;
}

static size_t stem_sr(char *word, size_t len)
{
	size_t n = prelude(word, to_latin(word, len, LANG_STEM_ROOM));
	size_t r1 = find_r1(word, n);
	int plain = 1;

	for (size_t i = 0; i < n && plain; i = next_char(word, i, n))
		plain = diacritic(word, i, n) == 0;
	step(word, &n, step1, NELEM(step1), 0, plain);
	if (!step(word, &n, step2, NELEM(step2), r1, plain))
		step(word, &n, step3, NELEM(step3), r1, plain);
	return n;
}

/* Abbreviations that close their phrase: itd. / итд. (i tako dalje); a
 * capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][7] = {
	"itd", "итд"
};

const lang lang_sr = {
	.code = "sr",
	.name = "Serbian",
	.script = SCRIPT_CYRILLIC,
	.stopwords = WORD_LIST(stopwords, 14),
	.titles = WORD_LIST(titles, 10),
	.abbrevs = WORD_LIST(abbrevs, 6),
	.lower_abbrevs = WORD_LIST(abbrevs, 6),	/* all of them */
	.phrase_ends = WORD_LIST(phrase_ends, 6),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 10),
	.dangling = WORD_LIST(dangling, 12),
	.stem = stem_sr,
};

/*
 * el.c - Greek: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Greek function words, in the folded (lower case) form and both with
 * and without their accent, since texts drop it on capitals: articles,
 * the weak and strong pronouns, prepositions and their contractions with
 * the article, conjunctions and particles, the forms of "είμαι" (be) and
 * "έχω" (have), and the adverbs and question words every text uses.
 * Sorted in strcmp() (UTF-8 byte) order. */
static const char stopwords[][17] = {
	"άλλα", "άλλες", "άλλη", "άλλο", "άλλοι", "άλλος", "άλλων", "ένα",
	"έναν", "ένας", "έξω", "έτσι", "έχει", "έχεις", "έχετε", "έχουμε",
	"έχουν", "έχω", "έως", "ή", "ήδη", "ήμασταν", "ήμουν", "ήσασταν",
	"ήσουν", "ήταν", "ίδια", "ίδιο", "ίδιος", "ακομα", "ακομη", "ακόμα",
	"ακόμη", "αλλά", "αλλα", "αλλεσ", "αλλη", "αλλο", "αλλοι", "αλλοσ",
	"αλλων", "αν", "αντί", "αντι", "απο", "από", "αρκετά", "αρκετα",
	"ας", "ασ", "αυριο", "αυτά", "αυτές", "αυτή", "αυτήν", "αυτής",
	"αυτα", "αυτεσ", "αυτη", "αυτην", "αυτησ", "αυτο", "αυτοί", "αυτοι",
	"αυτον", "αυτοσ", "αυτου", "αυτουσ", "αυτού", "αυτούς", "αυτων",
	"αυτό", "αυτόν", "αυτός", "αυτών", "αφου", "αφού", "αύριο", "για",
	"γιατί", "γιατι", "γυρω", "γύρω", "δίπλα", "δε", "δεν", "δηλαδή",
	"δηλαδη", "διά", "δια", "διπλα", "εάν", "είμαι", "είμαστε", "είναι",
	"είσαι", "είστε", "είτε", "είχα", "είχαμε", "είχαν", "είχατε",
	"είχε", "είχες", "εαν", "εγω", "εγώ", "εδω", "εδώ", "ειμαι",
	"ειμαστε", "ειναι", "εισαι", "ειστε", "ειτε", "ειχα", "ειχαμε",
	"ειχαν", "ειχατε", "ειχε", "ειχεσ", "εκεί", "εκείνα", "εκείνες",
	"εκείνη", "εκείνης", "εκείνο", "εκείνοι", "εκείνον", "εκείνος",
	"εκείνου", "εκείνους", "εκείνων", "εκει", "εκεινα", "εκεινεσ",
	"εκεινη", "εκεινησ", "εκεινο", "εκεινοι", "εκεινον", "εκεινοσ",
	"εκεινου", "εκεινουσ", "εκεινων", "εμάς", "εμένα", "εμασ", "εμείς",
	"εμεισ", "εμενα", "ενα", "εναν", "ενασ", "ενοσ", "ενω", "ενός",
	"ενώ", "εξω", "επίσης", "επειδή", "επειδη", "επισησ", "εσάς",
	"εσένα", "εσασ", "εσείς", "εσεισ", "εσενα", "εσυ", "εσύ", "ετσι",
	"εχει", "εχεισ", "εχετε", "εχουμε", "εχουν", "εχω", "εωσ", "η",
	"ηδη", "ημασταν", "ημουν", "ησασταν", "ησουν", "ηταν", "θα", "ιδια",
	"ιδιο", "ιδιοσ", "κάθε", "κάποια", "κάποιες", "κάποιο", "κάποιοι",
	"κάποιος", "κάποιων", "κάπου", "κάτι", "κάτω", "καθε", "καθολου",
	"καθωσ", "καθόλου", "καθώς", "και", "καμία", "καμια", "κανένα",
	"κανένας", "κανείς", "κανεισ", "κανενα", "κανενασ", "καποια",
	"καποιεσ", "καποιο", "καποιοι", "καποιοσ", "καποιων", "καπου",
	"κατά", "κατα", "κατι", "κατω", "κι", "λίγο", "λιγο", "λοιπον",
	"λοιπόν", "μάλλον", "μέσα", "μέχρι", "μήτε", "μία", "μαλλον", "μας",
	"μασ", "με", "μεσα", "μετά", "μετα", "μεταξυ", "μεταξύ", "μεχρι",
	"μη", "μην", "μητε", "μια", "μιας", "μιασ", "μολισ", "μονο", "μου",
	"μπορεί", "μπορει", "μπροστά", "μπροστα", "μόλις", "μόνο", "να",
	"ναι", "ο", "οι", "ολα", "ολεσ", "ολη", "ολο", "ολοι", "ολοσ",
	"ολουσ", "ολων", "ομωσ", "οποία", "οποίας", "οποίες", "οποίο",
	"οποίοι", "οποίον", "οποίος", "οποίου", "οποίους", "οποίων",
	"οποια", "οποιασ", "οποιεσ", "οποιο", "οποιοι", "οποιον", "οποιοσ",
	"οποιου", "οποιουσ", "οποιων", "οποτε", "οπου", "οπότε", "οσα",
	"οση", "οσο", "οσοι", "οσοσ", "οταν", "οτι", "ουτε", "οχι", "ούτε",
	"πάλι", "πάντα", "πάνω", "πάρα", "πίσω", "παλι", "παντα", "παντου",
	"παντού", "πανω", "παρά", "παρα", "περί", "περίπου", "περι",
	"περιπου", "πια", "πιο", "πισω", "ποια", "ποιας", "ποιασ", "ποιες",
	"ποιεσ", "ποιο", "ποιοι", "ποιον", "ποιος", "ποιοσ", "ποιου",
	"ποιους", "ποιουσ", "ποιων", "πολυ", "πολύ", "ποσα", "ποσο",
	"ποσοι", "ποτέ", "ποτε", "που", "πουθενά", "πουθενα", "πού",
	"πρέπει", "πρεπει", "πριν", "προς", "προσ", "πως", "πωσ", "πόσα",
	"πόσο", "πόσοι", "πότε", "πώς", "σήμερα", "σας", "σασ", "σε",
	"σημερα", "σου", "στα", "στη", "στην", "στης", "στησ", "στις",
	"στισ", "στο", "στον", "στου", "στους", "στουσ", "στων", "σχεδον",
	"σχεδόν", "τέτοια", "τέτοιες", "τέτοιο", "τέτοιοι", "τέτοιος",
	"τίποτα", "τα", "τετοια", "τετοιεσ", "τετοιο", "τετοιοι", "τετοιοσ",
	"τη", "την", "της", "τησ", "τι", "τιποτα", "τις", "τισ", "το",
	"τον", "τοσο", "τοτε", "του", "τους", "τουσ", "των", "τωρα", "τόσο",
	"τότε", "τώρα", "υπέρ", "υπερ", "υπο", "υπό", "χθες", "χθεσ",
	"χωρίς", "χωρισ", "ως", "ωσ", "ωστε", "ωστοσο", "ωστόσο", "όλα",
	"όλες", "όλη", "όλο", "όλοι", "όλος", "όλους", "όλων", "όμως",
	"όποια", "όποιο", "όποιος", "όπου", "όσα", "όση", "όσο", "όσοι",
	"όσος", "όταν", "ότι", "όχι", "ώστε"
};

/* Words that, followed by a period, introduce a name. */
static const char titles[][7] = {
	"αγ", "δρ", "κ", "κα", "καθ"
};

/* Abbreviations usually followed by a period that may still end a
 * sentence ("κ.λπ.", "π.χ."). */
static const char abbrevs[][9] = {
	"απρ", "αρ", "αυγ", "βλ", "δεκ", "δηλ", "δημ", "δισ", "εκ", "εκατ",
	"ιαν", "ιουλ", "ιουν", "κ.ά", "κ.α", "κ.λπ", "κεφ", "κλπ", "λ.χ",
	"λεωφ", "μ.χ", "μαρ", "νοε", "οδ", "οκτ", "π.χ", "παρ", "περ", "σελ",
	"σεπτ", "σημ", "σχ", "τ.μ", "τηλ", "φεβ", "χιλ", "χλμ"
};

/* Greek writes them in lower case. */
static const char lower_abbrevs[][9] = {
	"απρ", "αρ", "αυγ", "βλ", "δεκ", "δηλ", "δημ", "δισ", "εκ", "εκατ",
	"ιαν", "ιουλ", "ιουν", "κ.ά", "κ.α", "κ.λπ", "κεφ", "κλπ", "λ.χ",
	"λεωφ", "μ.χ", "μαρ", "νοε", "οδ", "οκτ", "π.χ", "παρ", "περ", "σελ",
	"σεπτ", "σημ", "σχ", "τ.μ", "τηλ", "φεβ", "χιλ", "χλμ"
};

/* The relative pronouns: "που", "οποίος" in its forms, "όπου"... */
static const char relatives[][15] = {
	"οποία", "οποίας", "οποίες", "οποίο", "οποίοι", "οποίον", "οποίος",
	"οποίου", "οποίους", "οποίων", "οποια", "οποιασ", "οποιεσ", "οποιο",
	"οποιοι", "οποιον", "οποιοσ", "οποιου", "οποιουσ", "οποιων", "οπου",
	"που", "όπου"
};

/* Articles, prepositions and conjunctions that cannot end a line. */
static const char dangling[][11] = {
	"ένα", "έναν", "ένας", "ή", "αλλά", "αλλα", "απο", "από", "για",
	"ενα", "εναν", "ενασ", "ενοσ", "ενω", "ενός", "ενώ", "η", "και",
	"κατά", "κατα", "μία", "με", "μετά", "μετα", "μια", "μιας", "μιασ",
	"ο", "οι", "οτι", "προς", "προσ", "σε", "στα", "στη", "στην",
	"στης", "στησ", "στις", "στισ", "στο", "στον", "στου", "στους",
	"στουσ", "στων", "τα", "την", "της", "τησ", "τις", "τισ", "το",
	"τον", "του", "τους", "τουσ", "των", "χωρίς", "χωρισ", "ότι"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Greek (after Ntais's stemmer as revised by
 * Saroukos).
 *
 * Greek endings are many and short, and a bare suffix rule would cut
 * into too many stems; so most rules here remove an ending and then,
 * for listed stems that the ending really belongs to, put part of it
 * back.
 *
 *  1. Normalise: capitals become small letters, accents and diaereses
 *     go, final ς becomes σ.  (As the reference does, ΐ and ϊ become η.)
 *     Words of fewer than three letters stop here.
 *  2. A few irregular nouns map to a fixed stem: φαγιά -> φα,
 *     κρέατος -> κρε, καθεστώτα -> καθεστ, ...
 *  3. Then a fixed sequence of rules, each independent of the others.
 *     A rule finds the longest of its endings at the end of the word
 *     (some want the ending to be the whole word), removes it or
 *     rewrites it, and then tries its repairs in order, taking the
 *     first that fits:
 *       - the word left is exactly one of a list: append a string;
 *       - the word left ends in one of a list: append a string, or
 *         rewrite that ending (σκεπτικ -> σκεπτ);
 *       - the word left ends in a vowel (α ε η ι ο υ ω, or the same
 *         without υ): append a string;
 *       - always: append a string.
 *     The rules deal with the verb suffixes ιζ-, ωθηκ-, ισ-, the nouns
 *     in -ισμός, -ιστής, diminutives in -άκι, -ίτσα, -ούδι, plurals in
 *     -άδες, -έδες, -ούδες, -έως, adjectives in -ικός, and the verb
 *     endings -αμε, -ανε, -ετε, -οντας, -ομαστε, -εστε, -ηκα, -ουσα,
 *     -αγα, -ησε, -ηστε, -ουνε, -ουμε.
 *  4. If none of the rules that remove an ending fired (the plural
 *     rules of -άδες, -έδες, -ούδες do not count), one common
 *     inflectional ending goes (-α, -ες, -ος, -ουμε, -ονταν, ...).
 *  5. Comparative and superlative endings (-τερ, -τατ) go.
 *
 * All the endings are Greek letters, two bytes each in UTF-8: the rules
 * match bytes, and only the normalisation decodes characters.  The
 * lists are kept as strings of words separated by spaces; "x>y" in a
 * list means that x is rewritten as y.
 */

/*
 * The lists, in the normalised spelling (no accents, σ for ς), named
 * after the rules that use them: sN (s1 to s10) for the derivational
 * endings ιζ-, ωθηκ-, ισ- (two), ιστ-, ισμ-, αρακι, ακι/ιτσα, ιδι-,
 * ισκ-; s2a to s2d for the plurals -αδες, -εδες, -ουδες, -εως; s3x,
 * s4x for -ια and -ικα; s5a to s5m for the verb endings; s6x and s7x
 * for steps 4 and 5.  A list named after a rule holds its endings; one
 * with a second part holds the stems of one of its repairs.
 */
static const char step1[] =
	"φαγια>φα φαγιου>φα φαγιων>φα σκαγια>σκα σκαγιου>σκα "
	"σκαγιων>σκα ολογιου>ολο ολογια>ολο ολογιων>ολο σογιου>σο "
	"σογια>σο σογιων>σο τατογια>τατο τατογιου>τατο τατογιων>τατο "
	"κρεασ>κρε κρεατοσ>κρε κρεατα>κρε κρεατων>κρε περασ>περ "
	"περατοσ>περ περατη>περ περατα>περ περατων>περ τερασ>τερ "
	"τερατοσ>τερ τερατα>τερ τερατων>τερ φωσ>φω φωτοσ>φω φωτα>φω "
	"φωτων>φω καθεστωσ>καθεστ καθεστωτοσ>καθεστ καθεστωτα>καθεστ "
	"καθεστωτων>καθεστ γεγονοσ>γεγον γεγονοτοσ>γεγον "
	"γεγονοτα>γεγον γεγονοτων>γεγον";
static const char s1[] =
	"ιζα ιζεσ ιζε ιζαμε ιζατε ιζαν ιζανε ιζω ιζεισ ιζει ιζουμε "
	"ιζετε ιζουν ιζουνε";
static const char s1_i[] =
	"αναμπα εμπα επα ξαναπα πα περιπα αθρο συναθρο δανε";
static const char s1_iz[] =
	"μαρκ κορν αμπαρ αρρ βαθυρι βαρκ β βολβορ γκρ γλυκορ γλυκυρ "
	"ιμπ λ λου μαρ μ πρ μπρ πολυρ π ρ πιπερορ";
static const char s2[] = "ωθηκα ωθηκεσ ωθηκε ωθηκαμε ωθηκατε ωθηκαν ωθηκανε";
static const char s2_on[] = "αλ βι εν υψ λι ζω σ χ";
static const char s3[] = "ισα ισεσ ισε ισαμε ισατε ισαν ισανε";
static const char s3_i[] =
	"αναμπα αθρο εμπα εσε εσωκλε επα ξαναπα επε περιπα συναθρο "
	"δανε κλε χαρτοπα εξαρχα μετεπε αποκλε απεκλε εκλε πε";
static const char s3_is[] =
	"αν αφ γε γιγαντοαφ γκε δημοκρατ κομ γκ μ π πουκαμ ολο λαρ";
static const char s4[] = "ισω ισεισ ισει ισουμε ισετε ισουν ισουνε";
static const char s4_i[] =
	"αναμπα εμπα εσε εσωκλε επα ξαναπα επε περιπα αθρο συναθρο "
	"δανε κλε χαρτοπα εξαρχα μετεπε αποκλε απεκλε εκλε πε";
static const char s5[] =
	"ιστοσ ιστου ιστο ιστε ιστοι ιστων ιστουσ ιστη ιστησ ιστα "
	"ιστεσ";
static const char s5_i[] = "δανε συναθρο κλε σε εσωκλε ασε πλε";
static const char s5_ist[] =
	"μ π απ αρ ηδ κτ σκ σχ υψ φα χρ χτ ακτ αορ ασχ ατα αχν αχτ "
	"γεμ γυρ εμπ ευπ εχθ ηφα καθ κακ κυλ λυγ μακ μεγ ταχ φιλ χωρ";
static const char s6[] = "ισμο ισμοι ισμοσ ισμου ισμουσ ισμων";
static const char s6_ism[] = "σε μετασε μικροσε εγκλε αποκλε";
static const char s6_i[] = "δανε αντιδανε";
static const char s6_map[] =
	"αγνωστικ>αγνωστ ατομικ>ατομ γνωστικ>γνωστ εθνικ>εθν "
	"εκλεκτικ>εκλεκτ σκεπτικ>σκεπτ τοπικ>τοπ αλεξανδριν>αλεξανδρ "
	"βυζαντιν>βυζαντ θεατριν>θεατρ";
static const char s7[] = "αρακι αρακια ουδακι ουδακια";
static const char s8[] = "ακι ακια ιτσα ιτσασ ιτσεσ ιτσων αρακι αρακια";
static const char s8_ak[] =
	"βαμβ βρ καιμ κον κορ λαβρ λουλ μερ μουστ ναγκασ πλ ρ ρυ σ σκ "
	"σοκ σπαν τζ φαρμ χ καπακ αλισφ αμβρ ανθρ κ φυλ κατραπ κλιμ "
	"μαλ σλοβ φ σφ τσεχοσλοβ";
static const char s8_its[] =
	"β βαλ γιαν γλ ζ ηγουμεν καρδ μακρυν νυφ πατερ π τοσ τριπολ";
static const char s9[] = "ιδιο ιδια ιδιων";
static const char s9_whole[] = "αιφν ιρ ολο ψαλ";
static const char s9_ends[] = "ε παιχν";
static const char s10[] = "ισκοσ ισκου ισκο ισκε";
static const char s10_isk[] = "δ ιβ μην ρ φραγκ λυκ οβελ";
static const char s2a[] = "αδεσ αδων";
static const char s2a_not[] =
	"οκ μαμ μαν μπαμπ πατερ γιαγι νταντ κυρ θει πεθερ";
static const char s2b[] = "εδεσ εδων";
static const char s2b_ed[] = "οπ ιπ εμπ υπ γηπ δαπ κρασπ μιλ";
static const char s2c[] = "ουδεσ ουδων";
static const char s2c_oud[] =
	"αρκ καλιακ πεταλ λιχ πλεξ σκ σ φλ φρ βελ λουλ χν σπ τραγ φε";
static const char s2d[] = "εωσ εων";
static const char s2d_e[] = "θ δ ελ γαλ ν π ιδ παρ";
static const char s3x[] = "ια ιου ιων";
static const char s4x[] = "ικα ικο ικου ικων";
static const char s4x_ik[] =
	"αλ αδ ενδ αμαν αμμοχαλ ηθ ανηθ αντιδ φυσ βρωμ γερ εξωδ καλπ "
	"καλλιν καταδ μουλ μπαν μπαγιατ μπολ μποσ νιτ ξικ συνομηλ "
	"πετσ πιτσ πικαντ πλιατσ ποστελν πρωτοδ σερτ συναδ τσαμ υποδ "
	"φιλον φυλοδ χασ";
static const char s5a_pre[] = "αγαμε ησαμε ουσαμε ηκαμε ηθηκαμε";
static const char s5a_am[] =
	"αναπ αποθ αποκ αποστ βουβ ξεθ ουλ πεθ πικρ ποτ σιχ χ";
static const char s5b_pre[] =
	"αγανε ησανε ουσανε ιοντανε ιοτανε ιουντανε οντανε οτανε "
	"ουντανε ηκανε ηθηκανε";
static const char s5b_an[] =
	"βετερ βουλκ βραχμ γ δραδουμ θ καλπουζ καστελ κορμορ λαοπλ "
	"μωαμεθ μ μουσουλμ ν ουλ π πελεκ πλ πολισ πορτολ σαρακατσ "
	"σουλτ τσαρλατ ορφ τσιγγ τσοπ φωτοστεφ χ ψυχοπλ αγ γαλ γερ "
	"δεκ διπλ αμερικαν ουρ πιθ πουριτ σ ζωντ ικ καστ κοπ λιχ "
	"λουθηρ μαιντ μελ σιγ σπ στεγ τραγ τσαγ φ ερ αδαπ αθιγγ αμηχ "
	"ανικ ανοργ απηγ απιθ ατσιγγ βασ βασκ βαθυγαλ βιομηχ βραχυκ "
	"διατ διαφ ενοργ θυσ καπνοβιομηχ καταγαλ κλιβ κοιλαρφ λιβ "
	"μεγλοβιομηχ μικροβιομηχ νταβ ξηροκλιβ ολιγοδαμ ολογαλ "
	"πενταρφ περηφ περιτρ πλατ πολυδαπ πολυμηχ στεφ ταβ τετ "
	"υπερηφ υποκοπ χαμηλοδαπ ψηλοταβ";
static const char s5c_ends[] =
	"οδ αιρ φορ ταθ διαθ σχ ενδ ευρ τιθ υπερθ ραθ ενθ ροθ σθ πυρ "
	"αιν συνδ συν συνθ χωρ πον βρ καθ ευθ εκθ νετ ρον αρκ βαρ βολ "
	"ωφελ";
static const char s5c_whole[] =
	"αβαρ βεν εναρ αβρ αδ αθ αν απλ βαρον ντρ σκ κοπ μπορ νιφ παγ "
	"παρακαλ σερπ σκελ συρφ τοκ υ δ εμ θαρρ θ";
static const char s5f_pre[] = "π απ συμπ ασυμπ ακαταπ αμεταμφ";
static const char s5f[] = "αλ αρ εκτελ ζ μ ξ παρακαλ προ νισ";
static const char s5g_pre[] = "ηθηκα ηθηκεσ ηθηκε";
static const char s5g[] = "ηκα ηκεσ ηκε";
static const char s5g_ends[] = "σκωλ σκουλ ναρθ σφ οθ πιθ";
static const char s5g_whole[] = "διαθ θ παρακαταθ προσθ συνθ";
static const char s5h[] = "ουσα ουσεσ ουσε";
static const char s5h_ends[] =
	"ποδαρ βλεπ πανταχ φρυδ μαντιλ μαλλ κυματ λαχ ληγ φαγ ομ πρωτ";
static const char s5h_whole[] =
	"φαρμακ χαδ αγκ αναρρ βρομ εκλιπ λαμπιδ λεχ μ πατ ρ λ μεδ "
	"μεσαζ υποτειν αμ αιθ ανηκ δεσποζ ενδιαφερ δε δευτερευ "
	"καθαρευ πλε τσα";
static const char s5i[] = "αγα αγεσ αγε";
static const char s5i_ends[] = "οφ πελ χορτ λλ σφ ρπ φρ πρ λοχ σμην";
static const char s5i_whole[] =
	"αβαστ πολυφ αδηφ παμφ ρ ασπ αφ αμαλ αμαλλι ανυστ απερ ασπαρ "
	"αχαρ δερβεν δροσοπ ξεφ νεοπ νομοτ ολοπ ομοτ προστ προσωποπ "
	"συμπ συντ τ υποτ χαρ αειπ αιμοστ ανυπ αποτ αρτιπ διατ εν "
	"επιτ κροκαλοπ σιδηροπ λ ναυ ουλαμ ουρ π τρ μ";
static const char s5j[] = "ησε ησου ησα";
static const char s5j_is[] = "ν χερσον δωδεκαν ερημον μεγαλον επταν";
static const char s5k_ist[] =
	"ασβ σβ αχρ χρ απλ αειμν δυσχρ ευχρ κοινοχρ παλιμψ";
static const char s5l[] = "ουνε ησουνε ηθουνε";
static const char s5l_oun[] = "ν ρ σπι στραβομουτσ κακομουτσ εξων";
static const char s5m[] = "ουμε ησουμε ηθουμε";
static const char s5m_oum[] = "παρασουσ φ χ ωριοπλ αζ αλλοσουσ ασουσ";
static const char s6x[] =
	"α αγατε αγαν αει αμαι αν ασ ασαι αται αω ε ει εισ ειτε εσαι "
	"εσ εται ι ιεμαι ιεμαστε ιεται ιεσαι ιεσαστε ιομασταν ιομουν "
	"ιομουνα ιονταν ιοντουσαν ιοσασταν ιοσαστε ιοσουν ιοσουνα "
	"ιοταν ιουμα ιουμαστε ιουνται ιουνταν η ηδεσ ηδων ηθει ηθεισ "
	"ηθειτε ηθηκατε ηθηκαν ηθουν ηθω ηκατε ηκαν ησ ησαν ησατε "
	"ησει ησεσ ησουν ησω ο οι ομαι ομασταν ομουν ομουνα ονται "
	"ονταν οντουσαν οσ οσασταν οσαστε οσουν οσουνα οταν ου ουμαι "
	"ουμαστε ουν ουνται ουνταν ουσ ουσαν ουσατε υ υσ ω ων";
static const char s7x[] = "εστερ εστατ οτερ οτατ υτερ υτατ ωτερ ωτατ";

/* How a rule repairs the word after removing its ending. */
enum kind {
	K_NONE,		/* end of the repairs */
	K_WHOLE,	/* the word left is one of LIST: append ADD */
	K_ENDS,		/* it ends in one of LIST: append ADD (or rewrite) */
	K_VOWEL,	/* it ends in α ε η ι ο υ ω: append ADD */
	K_VOWEL2,	/* it ends in α ε η ι ο ω: append ADD */
	K_ALWAYS,	/* append ADD */
	K_TAIL		/* see tail_repair() */
};

/* ADD is held in place, as a pointer costs the loader a relocation at
 * every start; the lists stay pointers, long and many shared. */
struct repair {
	unsigned char	 kind;
	const char	*list;
	char		 add[11];	/* the longest, ομαστ, has 10 bytes */
};

#define WHOLE_WORD	1	/* the ending must be the whole word */
#define KEEP_TEST1	2	/* removing it leaves step 4 enabled */

struct rule {
	const char	*endings;
	unsigned char	 flags;
	struct repair	 repair[4];
};

#define R(kind, list, add) { kind, list, add }

/* The rules in the order they run; each is tried once. */
static const struct rule rules[] = {
	{ step1, 0, { R(K_NONE, NULL, "") } },
	{ s1, 0, { R(K_WHOLE, s1_i, "ι"), R(K_WHOLE, s1_iz, "ιζ") } },
	{ s2, 0, { R(K_WHOLE, s2_on, "ων") } },
	{ s3, 0, { R(K_WHOLE, s3_i, "ι"), R(K_WHOLE, s3_is, "ισ") } },
	{ s4, 0, { R(K_WHOLE, s4_i, "ι") } },
	{ s5, 0, { R(K_WHOLE, s5_i, "ι"), R(K_WHOLE, s5_ist, "ιστ") } },
	{ s6, 0, { R(K_WHOLE, s6_ism, "ισμ"), R(K_WHOLE, s6_i, "ι"),
	    R(K_ENDS, s6_map, "") } },
	{ s7, 0, { R(K_WHOLE, "σ χ", "αρακ") } },
	{ s8, 0, { R(K_WHOLE, s8_ak, "ακ"), R(K_WHOLE, s8_its, "ιτσ"),
	    R(K_ENDS, "κορ", "ιτσ") } },
	{ s9, 0, { R(K_WHOLE, s9_whole, "ιδ"), R(K_ENDS, s9_ends, "ιδ") } },
	{ s10, 0, { R(K_WHOLE, s10_isk, "ισκ") } },
	{ s2a, KEEP_TEST1, { R(K_ENDS, s2a_not, ""),
	    R(K_ALWAYS, NULL, "αδ") } },
	{ s2b, KEEP_TEST1, { R(K_ENDS, s2b_ed, "εδ") } },
	{ s2c, KEEP_TEST1, { R(K_ENDS, s2c_oud, "ουδ") } },
	{ s2d, 0, { R(K_WHOLE, s2d_e, "ε") } },
	{ s3x, 0, { R(K_VOWEL, NULL, "ι") } },
	{ s4x, 0, { R(K_VOWEL, NULL, "ικ"), R(K_TAIL, s4x_ik, "ικ") } },
	{ "αγαμε>αγαμ", WHOLE_WORD | KEEP_TEST1, { R(K_NONE, NULL, "") } },
	{ s5a_pre, 0, { R(K_NONE, NULL, "") } },
	{ "αμε", 0, { R(K_WHOLE, s5a_am, "αμ") } },
	{ s5b_pre, 0, { R(K_WHOLE, "τρ τσ", "αγαν") } },
	{ "ανε", 0, { R(K_VOWEL2, NULL, "αν"), R(K_TAIL, s5b_an, "αν") } },
	{ "ησετε", 0, { R(K_NONE, NULL, "") } },
	{ "ετε", 0, { R(K_VOWEL2, NULL, "ετ"), R(K_ENDS, s5c_ends, "ετ"),
	    R(K_TAIL, s5c_whole, "ετ") } },
	{ "οντασ ωντασ", 0, { R(K_WHOLE, "αρχ", "οντ"),
	    R(K_ENDS, "κρε", "ωντ") } },
	{ "ομαστε ιομαστε", 0, { R(K_WHOLE, "ον", "ομαστ") } },
	{ "ιεστε", 0, { R(K_WHOLE, s5f_pre, "ιεστ") } },
	{ "εστε", 0, { R(K_WHOLE, s5f, "ιεστ") } },
	{ s5g_pre, 0, { R(K_NONE, NULL, "") } },
	{ s5g, 0, { R(K_ENDS, s5g_ends, "ηκ"), R(K_WHOLE, s5g_whole, "ηκ") } },
	{ s5h, 0, { R(K_ENDS, s5h_ends, "ουσ"),
	    R(K_WHOLE, s5h_whole, "ουσ") } },
	{ s5j, 0, { R(K_WHOLE, s5j_is, "ησ") } },
	{ s5i, 0, { R(K_ENDS, "κολλ", "αγ"), R(K_ENDS, "ψοφ ναυλοχ", ""),
	    R(K_ENDS, s5i_ends, "αγ"), R(K_WHOLE, s5i_whole, "αγ") } },
	{ "ηστε", 0, { R(K_WHOLE, s5k_ist, "ηστ") } },
	{ s5l, 0, { R(K_WHOLE, s5l_oun, "ουν") } },
	{ s5m, 0, { R(K_WHOLE, s5m_oum, "ουμ") } },
	{ "ματα>μα ματων>μα ματοσ>μα", KEEP_TEST1, { R(K_NONE, NULL, "") } },
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

struct el {
	char	*w;	/* the word, rewritten in place */
	size_t	 n;	/* its length in bytes */
	size_t	 cap;	/* the room it has, in bytes */
	size_t	 mark;	/* where the text a repair tested starts */
	size_t	 end;	/* where the word ended before its repair */
};

/* One word of a list: FROM[0..FLEN), and what it becomes, TO[0..TLEN),
 * when written "from>to" (else TO is NULL). */
struct token {
	const char	*from, *to;
	size_t		 flen, tlen;
};

/* The token that starts at *P in LIST, advancing *P past it; 0 at the
 * end of the list. */
static int
next_token(const char **p, struct token *t)
{
	const char *s = *p, *e, *gt;

	while (*s == ' ')
		s++;
	if (*s == '\0')
		return 0;
	for (e = s; *e != '\0' && *e != ' '; e++)
		;
	gt = memchr(s, '>', (size_t)(e - s));
	t->from = s;
	t->flen = (size_t)((gt ? gt : e) - s);
	t->to = gt ? gt + 1 : NULL;
	t->tlen = gt ? (size_t)(e - gt - 1) : 0;
	*p = e;
	return 1;
}

/*
 * The longest word of LIST that ends the word (is the whole word if
 * WHOLE), in *BEST; whether there is one.
 */
static int
longest(const struct el *st, const char *list, int whole,
        struct token *best)
{
	struct token t;
	int found = 0;

	while (next_token(&list, &t)) {
		if (t.flen > st->n || (whole && t.flen != st->n))
			continue;
		if (found && t.flen <= best->flen)
			continue;
		if (memcmp(st->w + st->n - t.flen, t.from, t.flen) == 0) {
			*best = t;
			found = 1;
		}
	}
	return found;
}

/* Append S to the word. */
static void
append(struct el *st, const char *s, size_t len)
{
	/* Every repair puts back less than its rule removed. */
	if (st->n + len > st->cap)
		return;
	memcpy(st->w + st->n, s, len);
	st->n += len;
}

/* Whether the word ends in one of the vowels α ε η ι ο ω, or υ too. */
static int
ends_in_vowel(const struct el *st, int with_upsilon)
{
	unsigned char a, b;

	if (st->n < 2)
		return 0;
	a = (unsigned char)st->w[st->n - 2];
	b = (unsigned char)st->w[st->n - 1];
	if (a == 0xCE)		/* α ε η ι ο */
		return b == 0xB1 || b == 0xB5 || b == 0xB7 || b == 0xB9 ||
		    b == 0xBF;
	if (a == 0xCF)		/* υ ω */
		return (b == 0x85 && with_upsilon) || b == 0x89;
	return 0;
}

/* Try the repair R on the word; whether it applied. */
static int
try_repair(struct el *st, const struct repair *r)
{
	struct token t;

	switch (r->kind) {
	case K_WHOLE:
	case K_ENDS:
		if (!longest(st, r->list, r->kind == K_WHOLE, &t))
			return 0;
		st->mark = st->n - t.flen;
		if (t.to != NULL) {
			st->n -= t.flen;
			append(st, t.to, t.tlen);
			return 1;
		}
		break;
	case K_VOWEL:
	case K_VOWEL2:
		if (!ends_in_vowel(st, r->kind == K_VOWEL))
			return 0;
		st->mark = st->n - 2;
		break;
	case K_ALWAYS:
		break;
	default:
		return 0;
	}
	append(st, r->add, strlen(r->add));
	return 1;
}

/*
 * The last repair of three rules (-ικα, -ανε, -ετε), which the reference
 * runs whether or not a repair before it applied: if the text before
 * what that repair tested (the final vowel, the listed ending; nothing
 * if none applied) is exactly a word of R's list, the tested text is
 * replaced by ADD.  So after -ικα, αλι gives αλιικ by the vowel and
 * then αλικικ, αλ being listed.
 */
static void
tail_repair(struct el *st, const struct repair *r)
{
	struct token t;
	size_t n = st->n, alen = strlen(r->add);

	st->n = st->mark;
	if (!longest(st, r->list, 1, &t) ||
	    n - (st->end - st->mark) + alen > st->cap) {
		st->n = n;
		return;
	}
	memmove(st->w + st->mark + alen, st->w + st->end, n - st->end);
	memcpy(st->w + st->mark, r->add, alen);
	st->n = n - (st->end - st->mark) + alen;
}

/* Apply rule RU; whether it removed an ending that disables step 4. */
static int
apply(struct el *st, const struct rule *ru)
{
	const struct repair *r;
	struct token t;
	int repaired = 0;

	if (!longest(st, ru->endings, ru->flags & WHOLE_WORD, &t))
		return 0;
	st->n -= t.flen;
	if (t.to != NULL)
		append(st, t.to, t.tlen);
	st->mark = st->end = st->n;
	for (r = ru->repair; r < ru->repair + NELEM(ru->repair); r++) {
		if (r->kind == K_TAIL)
			tail_repair(st, r);
		else if (r->kind != K_NONE && !repaired)
			repaired = try_repair(st, r);
	}
	return !(ru->flags & KEEP_TEST1);
}

/* The small unaccented letter for the Greek letter C, or C. */
static unsigned
fold(unsigned c)
{
	static const struct { unsigned short from, to; } map[] = {
		{ 0x0386, 0x03B1 }, { 0x0388, 0x03B5 }, { 0x0389, 0x03B7 },
		{ 0x038A, 0x03B9 }, { 0x038C, 0x03BF }, { 0x038E, 0x03C5 },
		{ 0x038F, 0x03C9 }, { 0x0390, 0x03B7 }, { 0x03AA, 0x03B9 },
		{ 0x03AB, 0x03C5 }, { 0x03AC, 0x03B1 }, { 0x03AD, 0x03B5 },
		{ 0x03AE, 0x03B7 }, { 0x03AF, 0x03B9 }, { 0x03B0, 0x03C5 },
		{ 0x03C2, 0x03C3 }, { 0x03CA, 0x03B7 }, { 0x03CB, 0x03C5 },
		{ 0x03CC, 0x03BF }, { 0x03CD, 0x03C5 }, { 0x03CE, 0x03C9 },
	};
	size_t k;

	if (c >= 0x0391 && c <= 0x03A9 && c != 0x03A2)
		return c + 0x20;
	for (k = 0; k < NELEM(map); k++)
		if (map[k].from == c)
			return map[k].to;
	return c;
}

/*
 * Normalise the word in place (every Greek letter and its folded form
 * take two bytes) and return its length in characters.
 */
static size_t
normalise(char *w, size_t n)
{
	size_t i, chars = 0;
	unsigned char a, b;
	unsigned c;

	for (i = 0; i < n; i++) {
		a = (unsigned char)w[i];
		if ((a & 0xC0) != 0x80)
			chars++;
		if ((a != 0xCE && a != 0xCF) || i + 1 >= n ||
		    ((unsigned char)w[i + 1] & 0xC0) != 0x80)
			continue;
		b = (unsigned char)w[i + 1];
		c = fold((unsigned)(a & 0x1F) << 6 | (b & 0x3F));
		w[i] = (char)(0xC0 | c >> 6);
		w[i + 1] = (char)(0x80 | (c & 0x3F));
		i++;
	}
	return chars;
}

static size_t
stem_el(char *word, size_t len)
{
	struct el st;
	struct token t;
	size_t k;
	int test1 = 1;

	if (normalise(word, len) < 3)
		return len;
	st.w = word;
	st.n = len;
	st.cap = len + LANG_STEM_ROOM;
	for (k = 0; k < NELEM(rules); k++)
		if (apply(&st, &rules[k]))
			test1 = 0;
	if (test1 && longest(&st, s6x, 0, &t))
		st.n -= t.flen;
	if (longest(&st, s7x, 0, &t))
		st.n -= t.flen;
	return st.n;
}

/* Abbreviations that close their phrase: κ.λπ. (και λοιπά), κτλ., κ.ά.
 * (και άλλα); a capital after one opens a sentence (see lang.h). */
static const char phrase_ends[][8] = {
	"κ.ά", "κ.λπ", "κτλ"
};

/* The words of its letters' closing formulas (see lang.h). */
static const char closings[][25] = {
	"εκτίμηση", "φιλικά", "χαιρετισμούς"
};

const lang lang_el = {
	.code = "el",
	.name = "Greek",
	.script = SCRIPT_GREEK,
	.semicolon_asks = 1,
	.stopwords = WORD_LIST(stopwords, 16),
	.titles = WORD_LIST(titles, 6),
	.abbrevs = WORD_LIST(abbrevs, 8),
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 8),
	.phrase_ends = WORD_LIST(phrase_ends, 7),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = WORD_LIST(relatives, 14),
	.dangling = WORD_LIST(dangling, 10),
	.closings = WORD_LIST(closings, 24),
	.stem = stem_el,
};

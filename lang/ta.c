/*
 * ta.c - Tamil: its word lists and its stemmer (see lang.h).
 */
#include "lang.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Word lists                                                          */
/* ------------------------------------------------------------------ */

/* Tamil function words: the personal and demonstrative pronouns with
 * their commonest cases (அவர் அவரை அவருக்கு அவரது ...), question words,
 * the demonstratives அந்த இந்த and their adverbs, conjunctions
 * (மற்றும், ஆனால், அல்லது, எனவே ...), postpositions written apart (பற்றி,
 * மூலம், வரை, போது, இருந்து ...), the quotative என்று and its forms, the
 * auxiliaries உள்ளது, இருக்கிறது, இல்லை, ஆகும், வேண்டும், முடியும் and
 * their kin, quantifiers and particles (ஒரு, சில, பல, மட்டும், கூட ...).
 * Sorted in strcmp order. */
static const char stopwords[][34] = {
	"அங்கு", "அங்கே", "அதனால்", "அதன்", "அதற்கு", "அதாவது", "அதில்", "அது",
	"அதுவும்", "அதே", "அதை", "அந்த", "அனைத்து", "அனைத்தும்", "அனைவரும்",
	"அப்படி", "அப்போது", "அருகில்", "அருகே", "அல்ல", "அல்லது", "அல்லாமல்",
	"அவனது", "அவனுக்கு", "அவனை", "அவன்", "அவரது", "அவருக்கு", "அவருடைய",
	"அவரை", "அவர்", "அவர்களது", "அவர்களின்", "அவர்களுக்கு", "அவர்களை",
	"அவர்கள்", "அவளது", "அவளுக்கு", "அவளை", "அவள்", "அவை", "அவ்வளவு", "ஆக",
	"ஆகவே", "ஆகிய", "ஆகியோர்", "ஆகிறது", "ஆகும்", "ஆகையால்", "ஆன", "ஆனது",
	"ஆனார்", "ஆனாலும்", "ஆனால்", "ஆம்", "ஆயினும்", "ஆவார்", "இங்கு",
	"இங்கே", "இடையில்", "இடையே", "இதனால்", "இதன்", "இதற்கு", "இதில்",
	"இது", "இதுவும்", "இதே", "இதை", "இந்த", "இன்னும்", "இப்படி", "இப்போது",
	"இருக்கிறது", "இருக்கிறார்", "இருக்கும்", "இருந்த", "இருந்தது",
	"இருந்தன", "இருந்தனர்", "இருந்தார்", "இருந்து", "இருப்பது",
	"இருப்பினும்", "இல்லாத", "இல்லை", "இவன்", "இவரது", "இவருக்கு", "இவரை",
	"இவர்", "இவர்கள்", "இவள்", "இவை", "இவ்வளவு", "உங்களுக்கு", "உங்களை",
	"உங்கள்", "உடன்", "உட்பட", "உண்டு", "உனக்கு", "உனது", "உன்",
	"உன்னுடைய", "உன்னை", "உள்ள", "உள்ளது", "உள்ளன", "உள்ளனர்", "உள்ளார்",
	"உள்ளே", "எங்களுக்கு", "எங்களை", "எங்கள்", "எங்கு", "எங்கே", "எதிராக",
	"எது", "எதுவும்", "எதையும்", "எத்தனை", "எந்த", "என", "எனக்கு", "எனது",
	"எனவே", "எனினும்", "எனில்", "எனும்", "என்", "என்ன", "என்னுடைய",
	"என்னும்", "என்னை", "என்பதால்", "என்பது", "என்பதை", "என்ற", "என்றார்",
	"என்றால்", "என்று", "என்றும்", "எப்படி", "எப்போது", "எல்லா", "எல்லாம்",
	"எல்லோரும்", "எவர்", "எவை", "எவ்வளவு", "ஏதாவது", "ஏதோ", "ஏனெனில்",
	"ஏனென்றால்", "ஏன்", "ஏற்கனவே", "ஒரு", "ஒவ்வொரு", "ஓர்", "கீழ்",
	"குறித்து", "கூட", "கூடும்", "கொண்டு", "சற்று", "சார்பில்", "சில",
	"சுமார்", "தங்கள்", "தனக்கு", "தனது", "தன்", "தன்னை", "தமது", "தம்",
	"தவிர", "தான்", "நமக்கு", "நமது", "நம்", "நம்முடைய", "நம்மை",
	"நாங்கள்", "நான்", "நாம்", "நீ", "நீங்கள்", "நோக்கி", "படும்", "பட்ட",
	"பட்டது", "பதிலாக", "பற்றி", "பல", "பின்", "பின்னர்", "பின்பு",
	"பிறகு", "போது", "போன்ற", "போன்றவை", "போல", "போல்", "மட்டுமே",
	"மட்டும்", "மற்ற", "மற்றும்", "மிக", "மிகவும்", "மீண்டும்", "மீது",
	"முடியும்", "முதல்", "முன்", "முன்பு", "மூலம்", "மேலும்", "மேல்",
	"யாரும்", "யாரோ", "யார்", "வரை", "வழியாக", "வேண்டிய", "வேண்டும்",
	"வேறு"
};

/* Titles abbreviated with a period: திரு. (Mr.), and பேரா. (professor);
 * திருமதி (Mrs.) is written with one too at times. */
static const char titles[][22] = {
	"திரு", "திருமதி", "பேரா"
};

/* Abbreviations, which no case tells from a sentence's end, so these
 * never end one before a Tamil word: ரூ. (rupees, before an amount),
 * and the parts of the dotted ones, கி.மீ. (kilometre), கி.மு. (BC),
 * கி.பி. (AD) and எ.கா. (for example); and the names of the Latin
 * letters, the initials of many a name (எஸ்.ஆர். கண்ணன், கே. பாலு).
 * Every part of a dotted abbreviation must be here: one with a part that
 * is not is taken for a domain name, which ends a sentence (a part's
 * length is counted in bytes, and a Tamil letter is three).  Of the
 * parts, மு is also an initial (மு. கருணாநிதி); other initials in Tamil
 * letters, any syllable, are not listed. */
static const char lower_abbrevs[][22] = {
	"ஆர்", "இசட்", "ஈ", "எ", "எஃப்", "எக்ஸ்", "என்", "எம்", "எல்", "எஸ்",
	"ஏ", "ஐ", "ஒய்", "ஓ", "கா", "கி", "கே", "க்யூ", "சி", "ஜி", "ஜே",
	"டபிள்யூ", "டி", "பி", "மீ", "மு", "யூ", "ரூ", "வி", "ஹெச்"
};

/* Conjunctions, the demonstratives and ஒரு, and the adjectival forms
 * (என்ற, போன்ற, ஆகிய, உள்ள) that need the noun after them.  Tamil's
 * postpositions follow their noun, so a line may end with one. */
static const char dangling[][22] = {
	"அதாவது", "அந்த", "அல்லது", "ஆகிய", "ஆனால்", "இந்த", "உள்ள", "எந்த",
	"எனவே", "என்ற", "ஏனெனில்", "ஒரு", "ஒவ்வொரு", "ஓர்", "போன்ற", "மற்றும்",
	"மேலும்"
};

/* ------------------------------------------------------------------ */
/* The stemmer                                                         */
/* ------------------------------------------------------------------ */

/*
 * The stemmer: Snowball Tamil, by Damodharan Rajalingam.  Tamil joins
 * case endings, postpositions, plurals and the endings of person and
 * tense to the word, and where two pieces meet it doubles or changes a
 * consonant (அவனுக்கு, படித்தான்); the algorithm takes the pieces off
 * from the end, each step once, and after most steps tidies the join
 * that the piece leaves (fix_ending).  A word's length is counted in
 * characters (code points: a consonant, a vowel sign and the virama ்
 * are one each).
 *
 *  0. The join is tidied once; a word of four characters or fewer is
 *     then its own stem.
 *  1. A question prefix எ + consonant + ் (எந்த ...) goes, then a
 *     demonstrative one அ இ or உ + consonant + ் (அந்த இந்த ...); a
 *     word left starting with வோ வொ வு or வூ gets the vowel itself
 *     (ஓ ஒ உ ஊ).
 *  2. A final question vowel ா ே or ோ becomes ்; then the joins.
 *  3. A final -ும் ("also, and") becomes ்; then the join, once.
 *  4. Common endings written joined: -உடன், -இல்லை, -ஆகிய, -படி, -தான,
 *     ...; then the joins if one went.
 *  5. The case endings (accusative -ஐ, locative -இல், ablative
 *     -இருந்து, ...) and postpositions (-மேல், -பின், ...); then a
 *     final -இன் becomes ் and the joins are tidied, which now may
 *     also take -த்த் to -ம் (மரத்தை: மரத்த் -> மரம்).
 *  6. The plural -கள் goes (-ற்கள் -> -ல், -ட்கள் -> -ள்).
 *  7. An imperative -பி or -வி goes.
 *  8. Endings of person and tense, as long as one goes and the word
 *     is longer than four characters: -ஆன், -ஆள், -ஆர், -ஓம், -கிற,
 *     -கின்ற, ...; the joins after each round.
 * Steps 2 to 5, 7 and 8 need more than four characters.
 *
 * Every Tamil character is three bytes of UTF-8 (U+0B80 to U+0BFF), so
 * endings are matched as bytes.  The steps are tables of rules tried in
 * order, the first that applies winning; a rule's pattern may hold a
 * class of characters, written as a capital letter (see class_chars).  No
 * rule makes the word longer.
 */

/* The classes a pattern's capital letters stand for. */
static const char *
class_chars(char c)
{
	switch (c) {
	case 'A': return "அஇஉ";                 /* demonstrative vowels */
	case 'C': return "கஙசஞதநபமயவ";          /* after a prefix's vowel */
	case 'H': return "கசடதபற";              /* the hard consonants */
	case 'M': return "ஙஞணநனமயரலளழவ";        /* soft and medial ones */
	case 'I': return "ிீை";                  /* vowel signs before ய் */
	case 'S': return "ாிீுூெேை";             /* the vowel signs */
	case 'V': return "அஆஇஈஉஊஎஏஐஒஓஔ";       /* the vowels */
	default: return "";
	}
}

/* Whether the character at P (three bytes) is of class C. */
static int
in_class(char c, const char *p)
{
	const char *q;

	for (q = class_chars(c); *q; q += 3)
		if (memcmp(q, p, 3) == 0)
			return 1;
	return 0;
}

/* The bytes a pattern matches: a capital, a character of three. */
static size_t
pattern_bytes(const char *pat)
{
	size_t n = 0;

	for (; *pat; pat++)
		n += *pat >= 'A' && *pat <= 'Z' ? 3 : 1;
	return n;
}

/* Whether PAT matches W from byte AT on (W has the bytes). */
static int
matches_at(const char *w, size_t at, const char *pat)
{
	for (; *pat; pat++) {
		if (*pat >= 'A' && *pat <= 'Z') {
			if (!in_class(*pat, w + at))
				return 0;
			at += 3;
		} else if (w[at++] != *pat) {
			return 0;
		}
	}
	return 1;
}

/* Whether PAT ends W[0..N). */
static int
ends_in(const char *w, size_t n, const char *pat)
{
	size_t k = pattern_bytes(pat);

	return k <= n && matches_at(w, n - k, pat);
}

/* Whether PAT begins W[0..N). */
static int
begins_with(const char *w, size_t n, const char *pat)
{
	return pattern_bytes(pat) <= n && matches_at(w, 0, pat);
}

/* The word being stemmed. */
struct ta {
	char	*w;
	size_t	 n;
	int	 after_case;     /* step 5 took a case ending */
};

/* Its length in characters: the bytes that begin one. */
static size_t
chars(const struct ta *s)
{
	size_t i, k = 0;

	for (i = 0; i < s->n; i++)
		k += ((unsigned char)s->w[i] & 0xC0) != 0x80;
	return k;
}

/* A rule: when the word ends in END (and UNLESS, if any, does not come
 * just before it), END but its first KEEP characters (context only)
 * becomes TO.  The strings are held in place: a pointer would cost the
 * loader a relocation at every start. */
struct rule {
	char		 end[25];	/* the longest: -கொண்டிர், 24 bytes */
	char		 to[7];
	unsigned char	 keep;
	unsigned char	 flags;
	char		 unless[4];	/* "": none */
};

enum {
	IF_CASE = 1,                 /* only once step 5 took an ending */
	IF_LONG = 2                  /* only in a word of 7 characters up */
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))

/* Whether rule R applies to S. */
static int
applies(const struct ta *s, const struct rule *r)
{
	size_t k = pattern_bytes(r->end);

	if (!ends_in(s->w, s->n, r->end))
		return 0;
	if ((r->flags & IF_CASE) && !s->after_case)
		return 0;
	if ((r->flags & IF_LONG) && chars(s) < 7)
		return 0;
	return r->unless[0] == '\0' || !ends_in(s->w, s->n - k, r->unless);
}

/* Applies the first of the N rules R that applies to S; whether one
 * did. */
static int
apply(struct ta *s, const struct rule *r, size_t n)
{
	size_t i, at, t;

	for (i = 0; i < n; i++) {
		if (!applies(s, &r[i]))
			continue;
		/* Every character of a pattern is three bytes. */
		at = s->n - pattern_bytes(r[i].end) + 3 * (size_t)r[i].keep;
		t = strlen(r[i].to);
		memcpy(s->w + at, r[i].to, t);
		s->n = at + t;
		return 1;
	}
	return 0;
}

/* The join at the end of the word, tidied: a consonant doubled or
 * changed by what followed it goes back to what it was (-ட்ட் -> -டு,
 * -ன்ற் -> -ல்), a consonant left alone after ் goes, a final ் after
 * a vowel sign goes. */
static const struct rule joins[] = {
	{ "ந்த்", "", 0, 0, "" }, { "ந்த", "", 0, 0, "" },
	{ "ந்", "", 0, 0, "" },
	{ "Iய்", "", 1, 0, "" },
	{ "ட்ப்", "ள்", 0, 0, "" }, { "ட்க்", "ள்", 0, 0, "" },
	{ "ன்ற்", "ல்", 0, 0, "" },
	{ "ற்க்", "ல்", 0, 0, "" },
	{ "ட்ட்", "டு", 0, 0, "" },
	{ "த்த்", "ம்", 0, IF_CASE, "ை" },
	{ "ுக்", "்", 0, 0, "" }, { "ுக்க்", "்", 0, 0, "" },
	{ "H்H்", "", 0, 0, "" },
	{ "H்", "", 0, 0, "" },
	{ "்M்", "", 1, 0, "" },
	{ "வ்", "", 0, 0, "" }, { "ய", "", 0, 0, "" },
	{ "வ", "", 0, 0, "" },
	{ "னு", "", 0, 0, "S" },
	{ "ங்", "ம்", 0, 0, "ை" },
	{ "ங்", "", 0, 0, "" },
	{ "S்", "", 1, 0, "" }, { "்்", "", 1, 0, "" }
};

/* Tidies the join once, in a word of more than three characters;
 * whether something changed. */
static int
fix_ending(struct ta *s)
{
	return chars(s) > 3 && apply(s, joins, NELEM(joins));
}

/* Tidies the join until nothing changes.  Every rule but -ங் -> -ம்
 * shortens the word, and -ம் is no join, so this ends. */
static void
fix_endings(struct ta *s)
{
	while (fix_ending(s))
		;
}

/* Step 1: the prefixes, each followed by the வ fix. */
static const struct rule va_start[] = {
	{ "வோ", "ஓ", 0, 0, "" }, { "வொ", "ஒ", 0, 0, "" },
	{ "வு", "உ", 0, 0, "" }, { "வூ", "ஊ", 0, 0, "" }
};

/* Takes the prefix PAT (of three characters) off S if it begins it. */
static void
prefix(struct ta *s, const char *pat)
{
	size_t i, k;

	if (!begins_with(s->w, s->n, pat))
		return;
	memmove(s->w, s->w + 9, s->n - 9);
	s->n -= 9;
	for (i = 0; i < NELEM(va_start); i++) {
		k = strlen(va_start[i].end);
		if (begins_with(s->w, s->n, va_start[i].end)) {
			/* A character for two: the word shortens by 3. */
			memcpy(s->w, va_start[i].to, 3);
			memmove(s->w + 3, s->w + k, s->n - k);
			s->n -= k - 3;
			return;
		}
	}
}

/* Step 2: the question vowels. */
static const struct rule questions[] = {
	{ "ா", "்", 0, 0, "" }, { "ே", "்", 0, 0, "" },
	{ "ோ", "்", 0, 0, "" }
};

/* Step 3: -ும். */
static const struct rule um[] = {
	{ "ும்", "்", 0, 0, "" }
};

/* Step 4: common endings, the first that ends the word.  The
 * conjunctive and adverbial ones leave ்; the others (-பட்ட, -தான,
 * -விட்டு, ...) go whole, -படிதான before -தான. */
static const struct rule commons[] = {
	{ "ுடன்", "்", 0, 0, "" }, { "ில்லை", "்", 0, 0, "" },
	{ "ிடம்", "்", 0, 0, "" }, { "ின்றி", "்", 0, 0, "" },
	{ "ாகி", "்", 0, 0, "" }, { "ாகிய", "்", 0, 0, "" },
	{ "ென்று", "்", 0, 0, "" }, { "ுள்ள", "்", 0, 0, "" },
	{ "ுடைய", "்", 0, 0, "" }, { "ுடை", "்", 0, 0, "" },
	{ "ெனும்", "்", 0, 0, "" }, { "ல்ல", "்", 0, 0, "S" },
	{ "ென", "்", 0, 0, "" },
	{ "பட்ட", "", 0, 0, "" }, { "பட்டண", "", 0, 0, "" },
	{ "படிதான", "", 0, 0, "" }, { "தான", "", 0, 0, "" },
	{ "குரிய", "", 0, 0, "" }, { "படி", "", 0, 0, "" },
	{ "பற்றி", "", 0, 0, "" }, { "படு", "", 0, 0, "" },
	{ "விடு", "", 0, 0, "" }, { "பட்டு", "", 0, 0, "" },
	{ "விட்டு", "", 0, 0, "" }, { "பட்டது", "", 0, 0, "" },
	{ "ெல்லாம்", "", 0, 0, "" }
};

/* Step 5: the case endings and postpositions.  The accusative -னை goes
 * whole; -ை becomes ், but after a hard consonant only where ் comes
 * before that (மரத்தை loses its -ை, கவிதை keeps the ை of its noun).
 * (The reference also tries -ினை, after -னை: it never applies.) */
static const struct rule cases[] = {
	{ "னை", "", 0, 0, "" },
	{ "ை", "்", 0, 0, "H" }, { "்Hை", "்", 2, 0, "" },
	{ "ொடு", "்", 0, 0, "" }, { "ோடு", "்", 0, 0, "" },
	{ "ில்", "்", 0, 0, "" }, { "ிற்", "்", 0, 0, "" },
	{ "ின்", "்", 0, 0, "ம" }, { "ின்று", "்", 0, 0, "" },
	{ "ிருந்து", "்", 0, 0, "" }, { "விட", "்", 0, 0, "" },
	{ "ிடம்", "்", 0, IF_LONG, "" }, { "ால்", "்", 0, 0, "" },
	{ "ுடை", "்", 0, 0, "" }, { "ாமல்", "்", 0, 0, "" },
	{ "ல்", "்", 0, 0, "S" }, { "ுள்", "்", 0, 0, "" },
	{ "கண்", "", 0, 0, "" }, { "முன்", "", 0, 0, "" },
	{ "மேல்", "", 0, 0, "" }, { "மேற்", "", 0, 0, "" },
	{ "கீழ்", "", 0, 0, "" }, { "பின்", "", 0, 0, "" },
	{ "து", "", 0, 0, "S" },
	{ "ீ", "ி", 0, 0, "" }
};

/* Step 5, after a case ending: the oblique -இன். */
static const struct rule oblique[] = {
	{ "ின்", "்", 0, 0, "" }
};

/* Step 6: the plural. */
static const struct rule plurals[] = {
	{ "ுங்கள்", "்", 0, 0, "H" }, { "ற்கள்", "ல்", 0, 0, "" },
	{ "ட்கள்", "ள்", 0, 0, "" }, { "கள்", "", 0, 0, "" }
};

/* Step 7: the imperative. */
static const struct rule commands[] = {
	{ "பி", "", 0, 0, "" }, { "வி", "", 0, 0, "" }
};

/* Step 8: person and tense.  First the auxiliaries -படு and
 * -கொண்டிர், then endings that go whole (-மார், -னான், -வன் unless a
 * vowel comes before it, the bare consonants -ன -ப -க -த -ய, ...),
 * then endings whose vowel goes and leaves ் (-ஆன் unless after ச,
 * -ஆள், -ஓம், ...), then -கு or -து after ். */
static const struct rule tenses[] = {
	{ "படு", "", 0, 0, "" }, { "கொண்டிர்", "", 0, 0, "" },
	{ "மார்", "", 0, 0, "" }, { "மின்", "", 0, 0, "" },
	{ "னன்", "", 0, 0, "" }, { "னான்", "", 0, 0, "" },
	{ "னாள்", "", 0, 0, "" }, { "னார்", "", 0, 0, "" },
	{ "வன்", "", 0, 0, "V" }, { "னள்", "", 0, 0, "" },
	{ "வள்", "", 0, 0, "" }, { "னர்", "", 0, 0, "" },
	{ "வர்", "", 0, 0, "" }, { "ன", "", 0, 0, "" },
	{ "ப", "", 0, 0, "" }, { "க", "", 0, 0, "" },
	{ "த", "", 0, 0, "" }, { "ய", "", 0, 0, "" },
	{ "பன்", "", 0, 0, "" }, { "பள்", "", 0, 0, "" },
	{ "பர்", "", 0, 0, "" }, { "து", "", 0, 0, "S" },
	{ "ிற்று", "", 0, 0, "" }, { "பம்", "", 0, 0, "" },
	{ "னம்", "", 0, 0, "" }, { "தும்", "", 0, 0, "" },
	{ "றும்", "", 0, 0, "" }, { "கும்", "", 0, 0, "" },
	{ "னென்", "", 0, 0, "" }, { "னை", "", 0, 0, "" },
	{ "வை", "", 0, 0, "" },
	{ "ான்", "்", 0, 0, "ச" }, { "ாள்", "்", 0, 0, "" },
	{ "ார்", "்", 0, 0, "" }, { "ேன்", "்", 0, 0, "" },
	{ "ா", "்", 0, 0, "" }, { "ாம்", "்", 0, 0, "" },
	{ "ெம்", "்", 0, 0, "" }, { "ேம்", "்", 0, 0, "" },
	{ "ோம்", "்", 0, 0, "" }, { "டும்", "்", 0, 0, "" },
	{ "ாய்", "்", 0, 0, "" }, { "னிர்", "்", 0, 0, "" },
	{ "ீர்", "்", 0, 0, "" }, { "ீயர்", "்", 0, 0, "" },
	{ "்கு", "", 1, 0, "" }, { "்து", "", 1, 0, "" }
};

/* Step 8, after those: the present tense's sign. */
static const struct rule presents[] = {
	{ "ாநின்ற்", "", 0, 0, "" }, { "கின்ற்", "", 0, 0, "" },
	{ "கிற்", "", 0, 0, "" }, { "ாநின்ற", "", 0, 0, "" },
	{ "கின்ற", "", 0, 0, "" }, { "கிற", "", 0, 0, "" }
};

/* Steps 2 to 5: the endings of a word longer than four characters. */
static void
endings(struct ta *s)
{
	if (chars(s) > 4) {
		apply(s, questions, NELEM(questions));
		fix_endings(s);
	}
	if (chars(s) > 4 && apply(s, um, NELEM(um)))
		fix_ending(s);
	if (chars(s) > 4 && apply(s, commons, NELEM(commons)))
		fix_endings(s);
	s->after_case = 0;
	if (chars(s) > 4 && apply(s, cases, NELEM(cases))) {
		s->after_case = 1;
		apply(s, oblique, NELEM(oblique));
		fix_endings(s);
	}
}

/* Step 8: one round; whether an ending went. */
static int
tense(struct ta *s)
{
	int found;

	if (chars(s) <= 4)
		return 0;
	found = apply(s, tenses, NELEM(tenses));
	found |= apply(s, presents, NELEM(presents));
	fix_endings(s);
	return found;
}

static size_t
stem_ta(char *word, size_t len)
{
	struct ta s = { word, len, 0 };

	fix_ending(&s);
	if (chars(&s) <= 4)
		return s.n;
	prefix(&s, "எC்");
	prefix(&s, "AC்");
	endings(&s);
	apply(&s, plurals, NELEM(plurals));
	if (chars(&s) > 4)
		apply(&s, commands, NELEM(commands));
	while (tense(&s))
		;
	return s.n;
}

/* The quotative particle and verbs of saying, in the attribution after
 * a quotation: “…?” என்று அம்மா கேட்டார்.
 * Folded, sorted. */
static const char said[][25] = {
	"என்று", "கூறினார்", "கேட்டான்", "கேட்டார்", "கேட்டாள்",
	"சொன்னார்", "சொன்னாள்"
};

const lang lang_ta = {
	.code = "ta",
	.name = "Tamil",
	.script = SCRIPT_TAMIL,
	.verb_final = 1,
	.stopwords = WORD_LIST(stopwords, 33),
	.titles = WORD_LIST(titles, 21),
	.abbrevs = NO_WORDS,
	.lower_abbrevs = WORD_LIST(lower_abbrevs, 21),
	.times = NO_WORDS,
	.time_followers = NO_WORDS,
	.relatives = NO_WORDS,
	.said = WORD_LIST(said, 24),
	.dangling = WORD_LIST(dangling, 21),
	.stem = stem_ta,
};

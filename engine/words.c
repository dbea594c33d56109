/*
 * words.c - words and list markers, the tokens that every later stage
 * reads: a word is a maximal run of letters and digits in any script,
 * apostrophes and Armenian's signs over a vowel (ինչո՞ւ) inside it
 * kept, a dotted acronym ("U.S.") one word with its final period; a
 * list marker ("1.", "b)", "(iv)") opens an item.
 * Takes the text by offsets; hands on where each token ends and the
 * folded key of a word (see words.h).
 */
#include "words.h"
#include "chars.h"

/* Where the dotted acronym that starts at S[I] ends ("U.S.", "e.g.": two
 * or more ASCII letters, each followed by a period), or I if none does. */
static size_t acronym_end(const unsigned char *s, size_t i, size_t end)
{
	if (!(i + 3 < end && s[i + 1] == '.' && (byte_class[s[i]] & C_LETTER) &&
	      (byte_class[s[i + 2]] & C_LETTER) && s[i + 3] == '.'))
		return i;
	i += 4;
	while (i + 1 < end && s[i + 1] == '.' && (byte_class[s[i]] & C_LETTER))
		i += 2;
	return i;
}

/* Where the first word at or after TEXT[I] starts (END if none). */
static size_t skip_to_word(const char *text, size_t i, size_t end)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t n;

	while (i < end) {
		if (s[i] < 0x80) {
			if (byte_class[s[i]] & C_ALNUM)
				break;
			i++;
		} else if (class_at(text, end, i, &n) & C_ALNUM) {
			break;
		} else {
			i += n;
		}
	}
	return i;
}

/* Whether TEXT[I] (I < END) starts a letter or a digit. */
static int alnum_at(const char *text, size_t end, size_t i)
{
	size_t n;

	return (class_at(text, end, i, &n) & C_ALNUM) != 0;
}

/* Appends the N ASCII bytes at S, all of a word, to KEY[K..] folded:
 * byte | 0x20 turns capitals to lower case, and letters in lower case,
 * digits, apostrophes and periods have that bit already.  Eight bytes
 * at a step where there are eight.  Returns the new length of KEY. */
static size_t fold_ascii(const unsigned char *s, size_t n, char *key,
                         size_t k)
{
	uint64_t w;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		w |= 0x2020202020202020u;
		memcpy(key + k + i, &w, 8);
	}
	for (; i < n; i++)
		key[k + i] = (char)(s[i] | 0x20);
	return k + n;
}

#include "compose.inc"

/* The letter that the lower-case letter BASE and the combining MARK
 * (U+0300-U+036F) compose into, or 0 if none (engine/mkcompose.py). */
static uint32_t compose(uint32_t base, uint32_t mark)
{
	uint32_t key = base << 7 | (mark - 0x300);
	size_t lo = 0, hi = COMPOSE_COUNT;

	if (base >= 0x3000)
		return 0;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (composed[mid].key < key)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < COMPOSE_COUNT && composed[lo].key == key ? composed[lo].cp : 0;
}

/* Whether CP is in FILTER, a filter of code points by their low eleven
 * bits (engine/mkcompose.py), which few other letters pass:
 * Devanagari's vowel sign aa does not share Bengali's. */
static int in_filter(const uint64_t *filter, uint32_t cp)
{
	return filter[(cp >> 6) & 31] >> (cp & 63) & 1;
}

/* Whether CP may compose with the code point before it, beyond the
 * block of combining accents (see compose_other). */
static int composes_other(uint32_t cp)
{
	return cp >= OTHER_MARK_FIRST && cp <= OTHER_MARK_LAST &&
	       in_filter(other_mark_filter, cp);
}

/* The letter that BASE and MARK (not of U+0300-U+036F) compose into, as
 * NFC composes them, or 0 if none (engine/mkcompose.py): Kana and its
 * voicing marks, an Arabic letter and a madda or hamza written apart,
 * an Indic vowel sign typed in its two parts (Bengali's, Tamil's, a
 * keyboard's way with Malayalam and Sinhala). */
static uint32_t compose_other(uint32_t base, uint32_t mark)
{
	size_t lo = 0, hi = OTHER_COMPOSE_COUNT;

	if (!in_filter(other_base_filter, base))
		return 0;           /* Tamil's aa after a consonant, say */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (other_composed[mid].mark < mark ||
		    (other_composed[mid].mark == mark &&
		     other_composed[mid].base < base))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < OTHER_COMPOSE_COUNT && other_composed[lo].mark == mark &&
	       other_composed[lo].base == base ? other_composed[lo].cp : 0;
}

size_t voiced_kana_key(const char *text, size_t len, char *key)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, k = 0, last = 0;

	while (i < len) {
		uint32_t cp, c;
		size_t n = u8_decode(s + i, len - i, &cp);

		if ((cp == 0x3099 || cp == 0x309A) && k > 0 &&
		    (u8_decode((const unsigned char *)key + last, k - last, &c),
		     c = compose_other(c, cp))) {
			k = last + u8_encode(c, key + last);
		} else {
			last = k;
			memcpy(key + k, text + i, n);
			k += n;
		}
		i += n;
	}
	return k;
}

/* Composes the conjoining jamo CP (a vowel or a final consonant) with
 * the Hangul before it in KEY, as NFC does (Unicode's arithmetic: 19
 * initials, 21 vowels, 28 finals counting none): text from a macOS file
 * name or some PDFs spells "한" as ᄒ, ᅡ, ᆫ.  Returns 1 if it did. */
static int compose_jamo(char *key, size_t *k, size_t last, uint32_t cp)
{
	uint32_t p, s;

	u8_decode((const unsigned char *)key + last, *k - last, &p);
	if (cp <= 0x1175 && p >= 0x1100 && p <= 0x1112)          /* L + V */
		s = 0xAC00 + ((p - 0x1100) * 21 + (cp - 0x1161)) * 28;
	else if (cp >= 0x11A8 && p >= 0xAC00 && p <= 0xD7A3 &&   /* LV + T */
	         (p - 0xAC00) % 28 == 0)
		s = p + (cp - 0x11A7);
	else
		return 0;
	*k = last + u8_encode(s, key + last);
	return 1;
}

/* The letters (and marks) that CP, a presentation form (U+FB00 to
 * U+FEFF), stands for, into PARTS (four, zero after the last); 0 if it
 * is none (engine/mkcompose.py).  Text copied from a PDF writes "fi" as
 * one ligature and Arabic letters in their shapes; some Yiddish is typed
 * with a letter and its point as one code point. */
static int presentation_parts(uint32_t cp, uint32_t parts[4])
{
	size_t lo = 0, hi = FORM_COUNT;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (presentation[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == FORM_COUNT || presentation[lo].cp != cp)
		return 0;
	for (int j = 0; j < 4; j++)
		parts[j] = presentation[lo].part[j];
	return 1;
}

/* The letter that CP, a letter with a nukta of Devanagari, Bengali,
 * Gurmukhi or Oriya that NFC writes as two code points (a composition
 * exclusion: क़ is क and ़), takes the nukta after; 0 for any other.  The
 * nukta is U+..3C of the letter's block. */
static uint32_t nukta_base(uint32_t cp)
{
	switch (cp) {
	case 0x958: return 0x915;          /* क़ */
	case 0x959: return 0x916;
	case 0x95A: return 0x917;
	case 0x95B: return 0x91C;
	case 0x95C: return 0x921;
	case 0x95D: return 0x922;
	case 0x95E: return 0x92B;
	case 0x95F: return 0x92F;
	case 0x9DC: return 0x9A1;          /* ড় */
	case 0x9DD: return 0x9A2;
	case 0x9DF: return 0x9AF;
	case 0xA33: return 0xA32;          /* ਲ਼ */
	case 0xA36: return 0xA38;
	case 0xA59: return 0xA16;
	case 0xA5A: return 0xA17;
	case 0xA5B: return 0xA1C;
	case 0xA5E: return 0xA2B;
	case 0xB5C: return 0xB21;          /* ଡ଼ */
	case 0xB5D: return 0xB22;
	default: return 0;
	}
}

/* The chillu letter that CONSONANT, a virama and a zero-width joiner
 * stand for, or 0.  Malayalam wrote its final consonants so before
 * Unicode 5.1 gave them code points (U+0D7A to U+0D7F), and much text
 * still does: അവന്‍ is അവൻ. */
static uint32_t chillu_of(uint32_t consonant)
{
	switch (consonant) {
	case 0xD23: return 0xD7A;          /* ണ ൺ */
	case 0xD28: return 0xD7B;          /* ന ൻ */
	case 0xD30: return 0xD7C;          /* ര ർ */
	case 0xD32: return 0xD7D;          /* ല ൽ */
	case 0xD33: return 0xD7E;          /* ള ൾ */
	case 0xD15: return 0xD7F;          /* ക ൿ */
	default: return 0;
	}
}

/* Whether a zero-width joiner after KEY[0..K), whose last code point
 * starts at LAST, makes a Malayalam chillu of its last two (see
 * chillu_of); if so, writes the chillu in their place.  Both are three
 * bytes in UTF-8, as the chillu is. */
static int fold_chillu(char *key, size_t *k, size_t *last)
{
	const unsigned char *u = (const unsigned char *)key;
	uint32_t virama, consonant, c;

	if (*last < 3 || *k - *last != 3 ||
	    (u8_decode(u + *last, 3, &virama), virama != 0xD4D) ||
	    (u8_decode(u + *last - 3, 3, &consonant), !(c = chillu_of(consonant))))
		return 0;
	*last -= 3;
	*k = *last + u8_encode(c, key + *last);
	return 1;
}

/* Whether CP beyond ASCII is typed for an apostrophe, the key's ':
 * U+2019 (’), U+02BC (ʼ, as Uzbek writes its glottal stop), and U+02BB
 * (ʻ) and U+2018 (‘), which Uzbek writes in oʻ and gʻ (oʻzbek, o‘zbek)
 * where most of its text types o'zbek; Hawaiian's ʻokina is U+02BB too.
 * Between two letters none of them is a quotation mark. */
static int is_apostrophe(uint32_t cp)
{
	return cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x02BB;
}

size_t apostrophe_before(const char *text, size_t start, size_t i)
{
	size_t p;
	uint32_t cp;

	if (i <= start)
		return i;
	p = prev_char(text, start, i);
	u8_decode((const unsigned char *)text + p, i - p, &cp);
	if ((cp != '\'' && !is_apostrophe(cp)) || p <= start ||
	    !alnum_at(text, p, prev_char(text, start, p)))
		return i;
	return p;
}

/* Appends CP, a code point beyond ASCII, to the key KEY[0..*K), whose
 * last code point starts at *LAST (*LAST == *K: none), folded: in lower
 * case, a presentation form as the letters it stands for, a curly
 * apostrophe straight, a mark a writer may leave out and an Armenian
 * sign over a vowel left out, a combining accent composed with the
 * letter before it, so that a decomposed "e" U+0301 is the key of "é"
 * (and so for every pair NFC composes: "ো" typed as "ে" and "া"),
 * and a Malayalam chillu written in three code points as one; an Indic
 * letter with a nukta is written as NFC writes it, in two (য় is য and
 * ়), as the word lists are.  Returns 0 when it does not fit in MAX_KEY
 * bytes. */
static int fold_cp(char *key, size_t *k, size_t *last, uint32_t cp)
{
	uint32_t base, c, parts[4];

	if (cp >= 0xFB00 && cp <= 0xFEFF && presentation_parts(cp, parts)) {
		for (int j = 0; j < 4 && parts[j]; j++)
			if (!fold_cp(key, k, last, parts[j]))
				return 0;
		return 1;
	}
	if (is_optional_mark(cp) || is_word_sign(cp))
		return 1;
	if (cp >= 0x300 && cp <= 0x36F && *last < *k &&
	    (u8_decode((const unsigned char *)key + *last, *k - *last, &base),
	     c = compose(base, cp))) {
		*k = *last + u8_encode(c, key + *last);
		return 1;
	}
	if (cp >= 0x1161 && cp <= 0x11C2 && (cp <= 0x1175 || cp >= 0x11A8) &&
	    *last < *k && compose_jamo(key, k, *last, cp))
		return 1;
	if (composes_other(cp) && *last < *k &&
	    (u8_decode((const unsigned char *)key + *last, *k - *last, &base),
	     c = compose_other(base, cp))) {
		*k = *last + u8_encode(c, key + *last);
		return 1;
	}
	if (cp >= 0x958 && cp <= 0x200D) {     /* Indic, up to the joiner */
		if (cp <= 0xB5D && (base = nukta_base(cp))) {
			if (*k + 6 > MAX_KEY)
				return 0;
			*k += u8_encode(base, key + *k);   /* in lower case */
			*last = *k;
			*k += u8_encode((cp & ~0x7Fu) + 0x3C, key + *k);
			return 1;
		}
		if (cp == 0x200D && fold_chillu(key, k, last))
			return 1;
	}
	if (*k + 4 > MAX_KEY)
		return 0;
	*last = *k;
	if (is_apostrophe(cp))
		key[(*k)++] = '\'';
	else
		*k += u8_encode(cp_lower(cp), key + *k);
	return 1;
}

/* Where the run of letters of a script without spaces that starts at
 * S[I] ends. */
static size_t spaceless_end(const unsigned char *s, size_t i, size_t end)
{
	uint32_t cp;

	while (i < end && s[i] >= 0x80) {
		size_t n = u8_decode(s + i, end - i, &cp);
		if (!is_spaceless(cp))
			break;
		i += n;
	}
	return i;
}

size_t word_end(const char *text, size_t i, size_t end, char *key,
                       size_t *klen)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t k = 0, last = 0, n, run, e = acronym_end(s, i, end);
	int fits = 1;
	uint32_t cp;

	if (s[i] >= 0x80 && (u8_decode(s + i, end - i, &cp), is_spaceless(cp))) {
		/* A run of a script without spaces: its terms are pairs of
		 * characters (see terms.c), never a key of its own. */
		i = spaceless_end(s, i, end);
		fits = 0;
	} else if (e > i) {
		/* A dotted acronym, all ASCII. */
		if (key && (fits = e - i <= MAX_KEY))
			k = fold_ascii(s + i, e - i, key, k);
		i = e;
	} else {
		for (;;) {
			/* A run of ASCII letters and digits, apostrophes inside. */
			for (run = i; i < end && ((byte_class[s[i]] & C_ALNUM) ||
			     (s[i] == '\'' && i + 1 < end && alnum_at(text, end, i + 1)));
			     i++)
				;
			if (key && fits && i > run &&
			    (fits = k + (i - run) <= MAX_KEY)) {
				k = fold_ascii(s + run, i - run, key, k);
				last = k - 1;
			}
			if (i >= end || s[i] < 0x80)
				break;
			/* A letter or digit, or a curly apostrophe between two. */
			n = u8_decode(s + i, end - i, &cp);
			if (is_word_sign(cp) && i + n < end &&
			    alnum_at(text, end, i + n)) {
				i += n;                 /* inside: not in the key */
				continue;
			}
			if ((!(cp_class(cp) & C_ALNUM) &&
			     !(is_apostrophe(cp) && i + n < end &&
			       alnum_at(text, end, i + n))) ||
			    is_spaceless(cp))
				break;
			if (key && fits)
				fits = fold_cp(key, &k, &last, cp);
			i += n;
		}
	}
	if (key) {
		memset(key + k, 0, 8);
		*klen = fits ? k : 0;
	}
	return i;
}

/* Whether the word S[WS..WE) is a URL's scheme: ASCII letters and
 * digits, the first a letter ("https", "s3"), with "://" after it. */
static int opens_url(const unsigned char *s, size_t ws, size_t we,
                     size_t end)
{
	if (!(we + 2 < end && s[we] == ':' && s[we + 1] == '/' &&
	      s[we + 2] == '/' && (byte_class[s[ws]] & C_LETTER)))
		return 0;
	for (size_t i = ws; i < we; i++)
		if (!(byte_class[s[i]] & C_ALNUM))
			return 0;
	return 1;
}

/* Whether the word S[WS..WE) is "www" of a host name: a period and a
 * letter or digit after it. */
static int opens_host(const unsigned char *s, size_t ws, size_t we,
                      size_t end)
{
	return we - ws == 3 && we + 1 < end && s[we] == '.' &&
	       (s[ws] | 0x20) == 'w' && (s[ws + 1] | 0x20) == 'w' &&
	       (s[ws + 2] | 0x20) == 'w' && (byte_class[s[we + 1]] & C_ALNUM);
}

/* Where the '@' is when the word that ends at S[WE], before a period,
 * underscore or plus sign and a letter or digit, opens the local part of
 * an e-mail address ("john" of john.smith@x.org, first_last@x.org): the
 * local part's characters (letters, digits, ". _ + - %", 64 at most) run
 * to it; else WE.  (Not a hyphen: "well-known" is too common to look
 * past, for the 64-byte steps, see sends_on.) */
static size_t local_part_end(const unsigned char *s, size_t we, size_t end)
{
	size_t i = we;

	if (!((s[we] == '.' || s[we] == '_' || s[we] == '+') && we + 1 < end &&
	      (byte_class[s[we + 1]] & C_ALNUM)))
		return we;
	while (i < end && i - we < 64 && s[i] < 0x80 &&
	       ((byte_class[s[i]] & C_ALNUM) || s[i] == '.' || s[i] == '_' ||
	        s[i] == '+' || s[i] == '-' || s[i] == '%'))
		i++;
	return i < end && s[i] == '@' ? i : we;
}

size_t address_end(const char *text, size_t ws, size_t we, size_t end)
{
	const unsigned char *s = (const unsigned char *)text;
	int mail, domain = 0;
	size_t i, at;

	if (we + 1 >= end)
		return 0;
	at = local_part_end(s, we, end);
	mail = s[at] == '@';
	if (mail ? !(at + 1 < end && (byte_class[s[at + 1]] & C_ALNUM))
	         : !opens_url(s, ws, we, end) && !opens_host(s, ws, we, end))
		return 0;
	for (i = at + 1; i < end; ) {
		uint32_t cp;
		size_t n;

		if (s[i] < 0x80) {
			if (byte_class[s[i]] & C_SPACE)
				break;
			domain |= s[i] == '.' && i + 1 < end &&
			          (byte_class[s[i + 1]] & C_ALNUM);
			i++;
			continue;
		}
		n = u8_decode(s + i, end - i, &cp);
		/* (an apostrophe or sign that a word holds inside it, as
		 * word_end reads it: the address does not end inside a word) */
		if ((!(cp_class(cp) & C_ALNUM) &&
		     !((is_apostrophe(cp) || is_word_sign(cp)) && i + n < end &&
		       alnum_at(text, end, i + n))) ||
		    is_spaceless(cp))
			break;
		i += n;
	}
	return !mail || domain ? i : 0;
}

int summ_next_word(const char *text, size_t end, size_t *pos,
                   size_t *wstart, size_t *wend)
{
	size_t i = skip_to_word(text, *pos, end);

	if (i >= end)
		return 0;
	*wstart = i;
	*wend = *pos = word_end(text, i, end, NULL, NULL);
	return 1;
}

int next_folded_word(const char *text, size_t end, size_t *pos,
                     size_t *start, char *key, size_t *klen)
{
	size_t i = skip_to_word(text, *pos, end);

	if (i >= end)
		return 0;
	*start = i;
	*pos = word_end(text, i, end, key, klen);
	return 1;
}

int next_word_spaced(const char *text, size_t from, size_t end,
                     size_t *ws, size_t *we)
{
	size_t pos = from;

	if (!summ_next_word(text, end, &pos, ws, we))
		return 0;
	for (size_t j = from; j < *ws; j++)
		if (!is_ascii_space((unsigned char)text[j]))
			return 0;
	return 1;
}

size_t summ_fold_word(const char *text, size_t start, size_t end, char *key)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = start, k = 0, last = 0, n;
	uint32_t cp;

	while (i < end) {
		if (s[i] < 0x80) {
			if (k + 1 > MAX_KEY)
				return 0;
			last = k;
			key[k++] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
			i++;
			continue;
		}
		n = u8_decode(s + i, end - i, &cp);
		if (cp == BAD_CP) {
			if (k + 4 > MAX_KEY)
				return 0;
			last = k;
			key[k++] = (char)s[i];
		} else if (!fold_cp(key, &k, &last, cp)) {
			return 0;
		}
		i += n;
	}
	return k;
}

static unsigned roman_value(const char *s, size_t n)
{
	unsigned v = 0, prev = 0;

	for (size_t k = n; k-- > 0;) {
		unsigned d = s[k] == 'i' ? 1 : s[k] == 'v' ? 5 : s[k] == 'x' ? 10 : 0;
		if (d == 0)
			return 0;
		v = d < prev ? v - d : v + d;
		prev = d > prev ? d : prev;
	}
	return v;
}

/* Whether a list marker may start at S[I], judged from its first two
 * characters (after an opening bracket): a digit; a letter before ')'
 * or '.' (a capital only before ')': "J." is an initial); or i, v or x
 * before another of them.  Most words fail at once, so parse_marker,
 * called at every sentence start, costs little for them. */
static int may_be_marker(const unsigned char *s, size_t i, size_t end)
{
	unsigned char c, next;

	if (i < end && s[i] == '(')
		i++;
	if (i + 2 >= end)                   /* no room for "1." and a space */
		return 0;
	c = s[i];
	next = s[i + 1];
	if (c >= '0' && c <= '9')
		return 1;
	if (c >= 'A' && c <= 'Z')
		return next == ')';
	if (c >= 'a' && c <= 'z')
		return next == ')' || next == '.' ||
		       ((c == 'i' || c == 'v' || c == 'x') &&
		        (next == 'i' || next == 'v' || next == 'x'));
	return 0;
}

int parse_marker(const char *text, size_t i, size_t end, marker *m)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t k = i, b;

	memset(m, 0, sizeof *m);
	if (!may_be_marker(s, i, end))
		return 0;
	/* Most words are no marker: one ends in ')' or '.' after at most
	 * an opening bracket and five letters or digits. */
	b = k < end && s[k] == '(' ? k + 1 : k;
	while (b < end && b - k < 6 && (byte_class[s[b]] & C_ALNUM))
		b++;
	if (b >= end || (s[b] != ')' && s[b] != '.'))
		return 0;
	if (k < end && s[k] == '(') {
		m->paren = 1;
		k++;
	}
	b = k;
	if (k < end && s[k] >= '0' && s[k] <= '9') {
		while (k < end && k - b < 4 && s[k] >= '0' && s[k] <= '9')
			m->num = m->num * 10 + (s[k++] - '0');
		if (k - b > 3)
			return 0;
	} else if (k < end && ((s[k] | 0x20) >= 'a' && (s[k] | 0x20) <= 'z')) {
		while (k < end && k - b < 5 && s[k] >= 'a' && s[k] <= 'z')
			k++;
		if (k == b)
			k++;                          /* one capital letter */
		if (k - b == 1)
			m->alpha = (unsigned)((s[b] | 0x20) - 'a' + 1);
		m->roman = roman_value(text + b, k - b);
		if (!m->alpha && !m->roman)
			return 0;
	} else {
		return 0;
	}
	if (m->paren) {
		if (k >= end || s[k] != ')')
			return 0;
		k++;
	} else if (k < end && s[k] == ')') {
		k++;
	} else if (k < end && s[k] == '.' && !(s[b] >= 'A' && s[b] <= 'Z')) {
		/* "a." and "1." are markers; "J." is an initial. */
		k++;
		if (k < end && s[k] == ')')
			k++;
	} else {
		return 0;
	}
	if (k >= end || !(s[k] == ' ' || s[k] == '\t' || s[k] == '\n' ||
	                  s[k] == '\r'))
		return 0;
	m->len = k - i;
	return 1;
}

int marker_at(const char *text, size_t i, size_t end)
{
	marker m;

	return parse_marker(text, i, end, &m);
}

int marker_follows(const marker *a, const marker *b)
{
	return a->len && a->paren == b->paren &&
	       ((a->num && b->num == a->num + 1) ||
	        (a->alpha && b->alpha == a->alpha + 1) ||
	        (a->roman && b->roman == a->roman + 1));
}

size_t listed_words(const char *text, size_t start, size_t end,
                    const word_list *a, const word_list *b, size_t max)
{
	size_t pos = start, ws, k, n = 0;
	char key[MAX_KEY + 8];

	while (n < max && next_folded_word(text, end, &pos, &ws, key, &k))
		if (k > 0 && (in_word_list(a, key, k) || in_word_list(b, key, k)))
			n++;
	return n;
}

/*
 * mdsyntax.c - the grammar of the Markdown that inline.c drops: link
 * destinations, titles and labels, link reference definitions,
 * autolinks, HTML tags, the end of a bare URL (see inline.h).  Each
 * function reads forwards from where it is told and stops at the first
 * byte that cannot belong; what bounds each search (at most 32
 * parentheses in a destination, 999 characters in a label) keeps the
 * reader linear.
 */
#include "inline.h"

#include <string.h>

#define NONE MD_NONE
#define MAX_PARENS 32            /* in a raw link destination */

size_t md_find(const char *s, size_t n, size_t i, const char *pat,
               size_t len)
{
	while (i + len <= n) {
		const char *p = memchr(s + i, pat[0], n - i - len + 1);

		if (!p)
			return NONE;
		i = (size_t)(p - s);
		if (memcmp(p, pat, len) == 0)
			return i;
		i++;
	}
	return NONE;
}

/* The end of the link destination at S[I]: "<...>" on one line, or a
 * run without white space or control characters whose parentheses
 * balance; NONE when there is none. */
static size_t dest_end(const char *s, size_t n, size_t i)
{
	int depth = 0;

	if (i < n && s[i] == '<') {
		for (i++; i < n; i++) {
			if (s[i] == '>')
				return i + 1;
			if (s[i] == '<' || s[i] == '\n' || s[i] == '\r')
				return NONE;
			if (escaped(s, n, i))
				i++;
		}
		return NONE;
	}
	for (; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c <= ' ' || c == 0x7F)
			break;
		if (escaped(s, n, i))
			i++;
		else if (c == '(' && ++depth > MAX_PARENS)
			return NONE;
		else if (c == ')' && depth-- == 0)
			return i;
	}
	return depth > 0 ? NONE : i;
}

/* The end of the link title at S[I] ('"', '\'' or '('), or NONE. */
static size_t title_end(const char *s, size_t n, size_t i)
{
	char close = s[i] == '(' ? ')' : s[i];

	for (i++; i < n; i++) {
		if (s[i] == close)
			return i + 1;
		if (close == ')' && s[i] == '(')
			return NONE;
		if (escaped(s, n, i))
			i++;
	}
	return NONE;
}

/* The end of the link label at S[I] ('['): up to 999 characters, no
 * unescaped bracket; NONE when there is none. */
static size_t label_end(const char *s, size_t n, size_t i)
{
	for (size_t j = i + 1; j < n && j - i <= 1000; j++) {
		if (s[j] == ']')
			return j + 1;
		if (s[j] == '[')
			return NONE;
		if (escaped(s, n, j))
			j++;
	}
	return NONE;
}

size_t md_link_tail(const char *s, size_t n, size_t i)
{
	size_t j, k;

	if (i >= n)
		return NONE;
	if (s[i] == '[')
		return label_end(s, n, i);
	if (s[i] != '(')
		return NONE;
	j = skip_ws(s, n, i + 1);
	if (j < n && s[j] == ')')
		return j + 1;
	if ((k = dest_end(s, n, j)) == NONE || k == j)
		return NONE;
	j = skip_ws(s, n, k);
	if (j > k && j < n && (s[j] == '"' || s[j] == '\'' || s[j] == '(')) {
		if ((k = title_end(s, n, j)) == NONE)
			return NONE;
		j = skip_ws(s, n, k);
	}
	return j < n && s[j] == ')' ? j + 1 : NONE;
}

size_t md_autolink_end(const char *s, size_t n, size_t i)
{
	size_t j = i + 1, k;

	if (j < n && is_alpha((unsigned char)s[j])) {
		for (k = j + 1; k < n && k - j <= 32 &&
		     (is_alnum((unsigned char)s[k]) || s[k] == '+' ||
		      s[k] == '.' || s[k] == '-'); k++)
			;
		if (k < n && s[k] == ':' && k - j >= 2 && k - j <= 32) {
			for (k++; k < n; k++) {
				unsigned char c = (unsigned char)s[k];

				if (c == '>')
					return k + 1;
				if (c <= ' ' || c == '<' || c == 0x7F)
					return NONE;
			}
			return NONE;
		}
	}
	for (k = j; k < n && (is_alnum((unsigned char)s[k]) ||
	                      strchr(".!#$%&'*+/=?^_`{|}~-", s[k]) != NULL) &&
	            s[k] != '\0'; k++)
		;
	if (k == j || k >= n || s[k] != '@')
		return NONE;
	for (j = ++k; k < n && (is_alnum((unsigned char)s[k]) || s[k] == '-' ||
	                        s[k] == '.'); k++)
		;
	return k > j && k < n && s[k] == '>' ? k + 1 : NONE;
}

size_t md_html_tag(const char *s, size_t n, size_t i)
{
	size_t j = i + 1, k;
	int closing = j < n && s[j] == '/';

	j += closing;
	if (j >= n || !is_alpha((unsigned char)s[j]))
		return 0;
	while (j < n && (is_alnum((unsigned char)s[j]) || s[j] == '-'))
		j++;
	for (;;) {
		k = skip_ws(s, n, j);
		if (k < n && s[k] == '>')
			return k + 1;
		if (!closing && k + 1 < n && s[k] == '/' && s[k + 1] == '>')
			return k + 2;
		if (closing || k == j || k >= n)
			return 0;
		/* An attribute: white space, a name, maybe "= value". */
		if (!is_alpha((unsigned char)s[k]) && s[k] != '_' && s[k] != ':')
			return 0;
		for (j = k + 1; j < n && (is_alnum((unsigned char)s[j]) ||
		                          s[j] == '_' || s[j] == '.' ||
		                          s[j] == ':' || s[j] == '-'); j++)
			;
		k = skip_ws(s, n, j);
		if (k >= n || s[k] != '=')
			continue;
		k = skip_ws(s, n, k + 1);
		if (k >= n)
			return 0;
		if (s[k] == '"' || s[k] == '\'') {
			const char *q = memchr(s + k + 1, s[k], n - k - 1);

			if (!q)
				return 0;
			j = (size_t)(q - s) + 1;
		} else {
			for (j = k; j < n && !is_ws((unsigned char)s[j]) &&
			            !strchr("\"'=<>`", s[j]); j++)
				;
			if (j == k)
				return 0;
		}
	}
}

int md_spacing_tag(const char *s, size_t n, size_t i)
{
	static const char *const names[] = { "br", "p", "div", "hr", "li",
	                                     "td", "th", "tr" };
	size_t j = i + 1 + (i + 1 < n && s[i + 1] == '/'), k = j;

	while (k < n && is_alnum((unsigned char)s[k]))
		k++;
	for (size_t t = 0; t < sizeof names / sizeof *names; t++)
		if (strlen(names[t]) == k - j) {
			size_t c = 0;

			while (c < k - j && (s[j + c] | 0x20) == names[t][c])
				c++;
			if (c == k - j)
				return 1;
		}
	return 0;
}

size_t md_url_end(const char *s, size_t n, size_t i)
{
	size_t j = i, opens = 0, closes = 0;

	while (j < n && !is_ws((unsigned char)s[j]) && s[j] != '<') {
		opens += s[j] == '(';
		closes += s[j] == ')';
		j++;
	}
	while (j > i) {
		char c = s[j - 1];

		if (c != '\0' && strchr("?!.,:;*_~'\"", c))
			j--;
		else if (c == ')' && closes > opens) {
			closes--;
			j--;
		} else
			break;
	}
	return j;
}

/* Where the line that S[I] is on ends, when only spaces and tabs are
 * left on it; else NONE. */
static size_t line_rest(const char *s, size_t n, size_t i)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i == n || s[i] == '\n' || s[i] == '\r' ? i : NONE;
}

size_t md_skip_definitions(const char *s, size_t n)
{
	size_t at = 0;

	for (;;) {
		size_t i = skip_ws(s, n, at), j, k, d, t, e;

		if (i >= n || s[i] != '[' || (j = label_end(s, n, i)) == NONE ||
		    j >= n || s[j] != ':' || skip_ws(s, j - 1, i + 1) == j - 1)
			return at;
		k = skip_ws(s, n, j + 1);
		if ((d = dest_end(s, n, k)) == NONE || d == k)
			return at;
		t = skip_ws(s, n, d);
		if (t > d && t < n && (s[t] == '"' || s[t] == '\'' || s[t] == '(') &&
		    (e = title_end(s, n, t)) != NONE &&
		    (e = line_rest(s, n, e)) != NONE) {
			at = e;
			continue;
		}
		if ((e = line_rest(s, n, d)) == NONE)
			return at;
		at = e;
	}
}

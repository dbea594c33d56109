/*
 * tags.c - the HTML elements the reader tells apart (see html.h): each
 * tag's name and what it is -- a block, void, raw text, never article
 * text, the end of an open <p>, formatting, a scope for end tags.
 */
#include "html.h"

#include <string.h>

#define B TF_BLOCK
#define CP TF_CLOSES_P
/* Each tag's name and flags; the names are in enum order, which is
 * alphabetical from T_A on, for a binary search.  They are held in
 * place: a pointer would cost the loader a relocation at every start. */
static const struct {
	char name[11];	/* the longest, "figcaption", has 10 bytes */
	unsigned char flags;
} tags[T_COUNT] = {
	[T_A] = { "a", TF_INLINE },
	[T_ADDRESS] = { "address", B | CP },
	[T_APPLET] = { "applet", TF_SCOPE | TF_DROP },
	[T_AREA] = { "area", TF_VOID },
	[T_ARTICLE] = { "article", B | CP },
	[T_ASIDE] = { "aside", B | CP | TF_DROP },
	[T_AUDIO] = { "audio", TF_DROP },
	[T_B] = { "b", TF_INLINE },
	[T_BASE] = { "base", TF_VOID },
	[T_BIG] = { "big", TF_INLINE },
	[T_BLOCKQUOTE] = { "blockquote", B | CP },
	[T_BODY] = { "body", 0 },
	[T_BR] = { "br", TF_VOID },
	[T_BUTTON] = { "button", TF_DROP },
	[T_CANVAS] = { "canvas", TF_DROP },
	[T_CAPTION] = { "caption", B | TF_SCOPE },
	[T_CENTER] = { "center", B | CP },
	[T_CODE] = { "code", TF_INLINE },
	[T_COL] = { "col", TF_VOID },
	[T_DD] = { "dd", B },
	[T_DETAILS] = { "details", B | CP },
	[T_DIALOG] = { "dialog", B | CP | TF_DROP },
	[T_DIR] = { "dir", B | CP },
	[T_DIV] = { "div", B | CP },
	[T_DL] = { "dl", B | CP },
	[T_DT] = { "dt", B },
	[T_EM] = { "em", TF_INLINE },
	[T_EMBED] = { "embed", TF_VOID | TF_DROP },
	[T_FIELDSET] = { "fieldset", B | CP },
	[T_FIGCAPTION] = { "figcaption", B | CP },
	[T_FIGURE] = { "figure", B | CP },
	[T_FONT] = { "font", TF_INLINE },
	[T_FOOTER] = { "footer", B | CP | TF_DROP },
	[T_FORM] = { "form", B | CP | TF_DROP },
	[T_H1] = { "h1", B | CP | TF_HEADING },
	[T_H2] = { "h2", B | CP | TF_HEADING },
	[T_H3] = { "h3", B | CP | TF_HEADING },
	[T_H4] = { "h4", B | CP | TF_HEADING },
	[T_H5] = { "h5", B | CP | TF_HEADING },
	[T_H6] = { "h6", B | CP | TF_HEADING },
	[T_HEAD] = { "head", 0 },
	[T_HEADER] = { "header", B | CP },
	[T_HGROUP] = { "hgroup", B | CP },
	[T_HR] = { "hr", TF_VOID | B | CP },
	[T_HTML] = { "html", 0 },
	[T_I] = { "i", TF_INLINE },
	[T_IFRAME] = { "iframe", TF_RAW | TF_DROP },
	[T_IMG] = { "img", TF_VOID },
	[T_INPUT] = { "input", TF_VOID | TF_DROP },
	[T_KEYGEN] = { "keygen", TF_VOID },
	[T_LI] = { "li", B },
	[T_LINK] = { "link", TF_VOID },
	[T_LISTING] = { "listing", B | CP },
	[T_MAIN] = { "main", B | CP },
	[T_MARQUEE] = { "marquee", TF_SCOPE },
	[T_MATH] = { "math", 0 },
	[T_MENU] = { "menu", B | CP | TF_DROP },
	[T_META] = { "meta", TF_VOID },
	[T_NAV] = { "nav", B | CP | TF_DROP },
	[T_NOEMBED] = { "noembed", TF_RAW | TF_DROP },
	[T_NOFRAMES] = { "noframes", TF_RAW | TF_DROP },
	[T_NOSCRIPT] = { "noscript", TF_RAW | TF_DROP },
	[T_OBJECT] = { "object", TF_SCOPE | TF_DROP },
	[T_OL] = { "ol", B | CP },
	[T_OPTGROUP] = { "optgroup", TF_DROP },
	[T_OPTION] = { "option", TF_DROP },
	[T_P] = { "p", B | CP },
	[T_PARAM] = { "param", TF_VOID },
	[T_PLAINTEXT] = { "plaintext", B | CP },
	[T_PRE] = { "pre", B | CP },
	[T_S] = { "s", TF_INLINE },
	[T_SCRIPT] = { "script", TF_RAW | TF_DROP },
	[T_SECTION] = { "section", B | CP },
	[T_SELECT] = { "select", TF_DROP },
	[T_SMALL] = { "small", TF_INLINE },
	[T_SOURCE] = { "source", TF_VOID },
	[T_SPAN] = { "span", 0 },
	[T_STRIKE] = { "strike", TF_INLINE },
	[T_STRONG] = { "strong", TF_INLINE },
	[T_STYLE] = { "style", TF_RAW | TF_DROP },
	[T_SUMMARY] = { "summary", B | CP },
	[T_SVG] = { "svg", TF_DROP },
	[T_TABLE] = { "table", B | CP | TF_SCOPE },
	[T_TBODY] = { "tbody", 0 },
	[T_TD] = { "td", B | TF_SCOPE },
	[T_TEMPLATE] = { "template", TF_SCOPE | TF_DROP },
	[T_TEXTAREA] = { "textarea", TF_RAW | TF_DROP },
	[T_TFOOT] = { "tfoot", 0 },
	[T_TH] = { "th", B | TF_SCOPE },
	[T_THEAD] = { "thead", 0 },
	[T_TIME] = { "time", TF_INLINE },
	[T_TITLE] = { "title", TF_RAW | TF_DROP },
	[T_TR] = { "tr", B },
	[T_TRACK] = { "track", TF_VOID },
	[T_TT] = { "tt", TF_INLINE },
	[T_U] = { "u", TF_INLINE },
	[T_UL] = { "ul", B | CP },
	[T_VIDEO] = { "video", TF_DROP },
	[T_WBR] = { "wbr", TF_VOID },
	[T_XMP] = { "xmp", TF_RAW | TF_DROP | B | CP },
};
#undef B
#undef CP
unsigned tag_flags(unsigned tag)
{
	return tag < T_COUNT ? tags[tag].flags : 0;
}

const char *tag_name(unsigned tag)
{
	return tag >= T_A && tag < T_COUNT ? tags[tag].name : "";
}

unsigned tag_named(const char *s, size_t n)
{
	char name[12];
	size_t lo = T_A, hi = T_COUNT;

	if (n >= sizeof name)
		return T_OTHER;
	for (size_t i = 0; i < n; i++)
		name[i] = (char)ascii_lower((unsigned char)s[i]);
	name[n] = '\0';
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(tags[mid].name, name);

		if (c == 0)
			return (unsigned)mid;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return T_OTHER;
}


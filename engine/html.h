/*
 * html.h - the HTML reader's insides: the light tree that html.c builds
 * from the source and extract.c chooses the article's text from.
 *
 * The tree is one array of nodes in document order (an element before
 * everything inside it), each knowing its parent and where its subtree
 * ends, so that every walk over it is a loop, never a recursion: a page
 * of a million nested tags cannot blow the stack.
 */
#ifndef SUMM_HTML_H
#define SUMM_HTML_H

#include <stddef.h>
#include <stdint.h>

#include "reading.h"

/* How deep elements nest: a start tag deeper is ignored. */
#define HTML_MAX_DEPTH 512

/* The elements the reader tells apart; any other is T_OTHER. */
enum tag {
	T_OTHER, T_TEXT, T_ROOT,
	T_A, T_ADDRESS, T_APPLET, T_AREA, T_ARTICLE, T_ASIDE, T_AUDIO, T_B,
	T_BASE, T_BIG, T_BLOCKQUOTE, T_BODY, T_BR, T_BUTTON, T_CANVAS,
	T_CAPTION, T_CENTER, T_CODE, T_COL, T_DD, T_DETAILS, T_DIALOG,
	T_DIR, T_DIV, T_DL, T_DT, T_EM, T_EMBED, T_FIELDSET, T_FIGCAPTION,
	T_FIGURE, T_FONT, T_FOOTER, T_FORM, T_H1, T_H2, T_H3, T_H4, T_H5,
	T_H6, T_HEAD, T_HEADER, T_HGROUP, T_HR, T_HTML, T_I, T_IFRAME,
	T_IMG, T_INPUT, T_KEYGEN, T_LI, T_LINK, T_LISTING, T_MAIN,
	T_MARQUEE, T_MATH, T_MENU, T_META, T_NAV, T_NOEMBED, T_NOFRAMES,
	T_NOSCRIPT, T_OBJECT, T_OL, T_OPTGROUP, T_OPTION, T_P, T_PARAM,
	T_PLAINTEXT, T_PRE, T_S, T_SCRIPT, T_SECTION, T_SELECT, T_SMALL,
	T_SOURCE, T_SPAN, T_STRIKE, T_STRONG, T_STYLE, T_SUMMARY, T_SVG, T_TABLE,
	T_TBODY, T_TD, T_TEMPLATE, T_TEXTAREA, T_TFOOT, T_TH, T_THEAD,
	T_TIME, T_TITLE, T_TR, T_TRACK, T_TT, T_U, T_UL, T_VIDEO, T_WBR, T_XMP,
	T_COUNT
};

/* What a tag is (tag_flags). */
enum {
	TF_BLOCK = 1 << 0,     /* starts a block of text of its own */
	TF_VOID = 1 << 1,      /* has no content, no end tag */
	TF_RAW = 1 << 2,       /* raw text or RCDATA up to its end tag */
	TF_DROP = 1 << 3,      /* never part of the article's text */
	TF_CLOSES_P = 1 << 4,  /* its start tag ends an open <p> */
	TF_INLINE = 1 << 5,    /* formatting: its end tag closes no block */
	TF_SCOPE = 1 << 6,     /* end tags outside it do not close in it */
	TF_HEADING = 1 << 7
};

/* What a node is or sits in (node.flags). */
enum {
	N_DEAD = 1 << 0,       /* dropped, or inside something dropped */
	N_LINK = 1 << 1,       /* inside an <a> */
	N_TABLE = 1 << 2,      /* inside a table */
	N_FIGURE = 1 << 3,     /* inside a figure */
	N_UNLIKELY = 1 << 4,   /* its class or id says boilerplate */
	N_BYLINE = 1 << 5,     /* its class, id, rel or itemprop say author */
	N_SHARE = 1 << 6,      /* its class or id say share */
	N_BODY = 1 << 7,       /* itemprop articleBody */
	N_HIDDEN = 1 << 8,     /* hidden, aria-hidden, display:none */
	N_CODE = 1 << 9,       /* inside code or pre */
	N_ARIA_DROP = 1 << 10, /* a role of menus, dialogs and asides */
	N_MATH = 1 << 11,      /* inside MathML */
	N_INVISIBLE = 1 << 12, /* visibility:hidden, or inside: laid out but
	                          not shown, until a script shows it */
	N_CODE_CLASS = 1 << 13 /* its class or id name a syntax highlighter */
};

/* A node: an element (from its start tag) or a run of text. */
typedef struct {
	size_t from, to;       /* the start tag, or the text */
	uint32_t parent;
	uint32_t end;          /* element: past its last descendant */
	uint32_t chars;        /* text: its characters, runs of white space
	                          counted once */
	uint32_t commas;       /* text: its commas */
	uint32_t klass;        /* element: a hash of its class, 0 if none */
	uint16_t flags;
	uint8_t tag;
	int8_t weight;         /* what its class and id say: -50..50 */
} hnode;

/* The tree of a page, and what its head says the title is. */
typedef struct {
	const char *s;
	size_t n;
	hnode *nodes;
	size_t count, cap;
	size_t title_from, title_to;     /* the <title>'s text, or 0, 0 */
	size_t og_from, og_to;           /* og:title's content value */
	int oom;
} htree;

/* The flags of TAG (TF_*). */
unsigned tag_flags(unsigned tag);

/* The tag named S[0..N), any case (T_OTHER for none of ours); TAG's
 * name. */
unsigned tag_named(const char *s, size_t n);
const char *tag_name(unsigned tag);

/* Builds the tree of S[0..N) into T; node 0 is the root.  Returns 0, or
 * -1 when memory ran out.  The caller frees T->nodes. */
int html_tree(htree *t, const char *s, size_t n);

/* Reads the article of tree T into R: the title block first, then the
 * blocks of the article's text in document order. */
void html_extract(const htree *t, reading *r);

/* Reads the source bytes FROM..TO into R, character references
 * decoded (as in an attribute value when IN_ATTRIBUTE). */
void html_read_text(reading *r, size_t from, size_t to, int in_attribute);

#endif /* SUMM_HTML_H */

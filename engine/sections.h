/*
 * sections.h - a document's boilerplate sections, which no summary
 * takes: the licence's, as its headings part it, the notice of the
 * service that sent a message, at its end, and a letter's courtesies.
 * Found as the sentences are read (summarize.c), after their kinds are
 * marked (engine/paragraphs.h).
 */
#ifndef SUMM_SECTIONS_H
#define SUMM_SECTIONS_H

#include "doc.h"

#include <stdint.h>

/* A document's last section, when its heading names a licence
 * ("## License", "Lizenz"), after some of its body: the legal text
 * under it is boilerplate that the project's README, manual or page
 * carries, not what the document says.  A heading that names none ends
 * the section (a licence's own headings name it: "The MIT License").
 * Watched as the sentences are read, from watch_licence's start
 * { SIZE_MAX, 0 }. */
typedef struct {
	size_t from;                 /* the section's first sentence, or
	                                SIZE_MAX: none open */
	int body;                    /* a body sentence came before */
} licence_watch;

/* Takes the sentences of D from FIRST on into W. */
void watch_licence(licence_watch *w, const summ_doc *d, size_t first);

/* Makes D's boilerplate sections frames: the licence's section W found
 * in it, if any; the notice of the service that sent it, and what
 * follows it: a sentence among D's last that speaks of the message
 * itself, why its reader receives it or how to stop it ("You are
 * receiving this email because", "To unsubscribe": lang.notices), after
 * some of D's body; and the courtesy formulas among its first and last
 * sentences: a sentence that is formulas and little else, greeting,
 * thanking or offering help ("Thank you for your email.", "お世話になって
 * おります。", "안녕하세요, 김 팀장님.": lang.formulas), and among its
 * first a short sentence that says who writes ("My name is Ann Lee.":
 * lang.introductions), unless they are all of D's body.  Words of D's
 * language or of English.  A letter's courtesies, and a tracker's, a
 * shop's or a list's footer, carry none of what the text says. */
void frame_sections(const licence_watch *w, summ_doc *d);

#endif

/*
 * sections.h - a document's sections, as its headings part them: the
 * licence's, a boilerplate section that no summary takes.  Watched as
 * the sentences are read (summarize.c), after their kinds are marked
 * (engine/paragraphs.h).
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

/* Makes the licence's section W found in D, if any, frames. */
void frame_licence(const licence_watch *w, summ_doc *d);

#endif

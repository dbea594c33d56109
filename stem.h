#ifndef SUMM_STEM_H
#define SUMM_STEM_H

#include <stddef.h>

/* Porter2 (Snowball English) stemmer.  WORD holds LEN bytes of a
 * case-folded (lower-case) UTF-8 word; the stem is written over it in
 * place and its length returned (never more than LEN).  No allocation,
 * thread-safe, never reads past WORD[LEN-1]. */
size_t summ_stem(char *word, size_t len);

#endif /* SUMM_STEM_H */

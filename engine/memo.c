/*
 * memo.c - each thread's memo of stems (see memo.h): made at its second
 * document, freed when it ends.
 */
#include "memo.h"

#include <pthread.h>
#include <stdlib.h>

/* What a thread that has read one document holds: no memo yet. */
static char first_document;
#define AFTER_FIRST ((void *)&first_document)

static pthread_key_t memo_key;
static int memo_key_made;
static pthread_once_t memo_once = PTHREAD_ONCE_INIT;

static void free_memo(void *m)
{
	if (m != AFTER_FIRST)
		free(m);
}

static void make_key(void)
{
	memo_key_made = pthread_key_create(&memo_key, free_memo) == 0;
}

memo_entry *thread_memo(void)
{
	void *m;

	if (pthread_once(&memo_once, make_key) != 0 || !memo_key_made)
		return NULL;
	m = pthread_getspecific(memo_key);
	if (m == NULL) {
		pthread_setspecific(memo_key, AFTER_FIRST);
		return NULL;
	}
	if (m == AFTER_FIRST) {
		if (!(m = calloc(MEMO_SLOTS, sizeof(memo_entry))) ||
		    pthread_setspecific(memo_key, m) != 0) {
			free(m);
			return NULL;
		}
	}
	return m;
}

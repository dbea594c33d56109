/*
 * doc.c - the document's records (see doc.h): arrays that grow by
 * doubling, and the indexes that find a sentence's offset and
 * paragraph from its sixteen bytes.
 */
#define _DEFAULT_SOURCE          /* madvise, where the system has it */
#include "doc.h"

#include <stdint.h>
#include <stdlib.h>
#if defined(__linux__) && !defined(SUMM_PORTABLE)
#include <sys/mman.h>
#include <unistd.h>
#endif

/* Arrays smaller than this are left to fault in a page at a time. */
#define POPULATE_MIN ((size_t)1 << 20)

void prefault(void *p, size_t from, size_t to)
{
#ifdef MADV_POPULATE_WRITE
	long size = sysconf(_SC_PAGESIZE);
	uintptr_t page = size > 0 ? (uintptr_t)size : 1,
	          a = ((uintptr_t)p + from + page - 1) & ~(page - 1),
	          e = ((uintptr_t)p + to) & ~(page - 1);

	if (to - from >= POPULATE_MIN && size > 0 && e > a)
		(void)madvise((void *)a, e - a, MADV_POPULATE_WRITE);
#else
	(void)p, (void)from, (void)to;
#endif
}

int grow_room(void *arr, size_t *cap, size_t need, size_t size)
{
	void **p = arr;
	size_t n = *cap ? *cap : 16;

	if (need <= *cap)
		return 0;
	while (n < need) {
		if (n > SIZE_MAX / 2 / size)
			return -1;
		n *= 2;
	}
	void *q = realloc(*p, n * size);
	if (!q)
		return -1;
	/* Half the new room: at most a quarter of the array is then mapped
	 * and never written. */
	prefault(q, *cap * size, (*cap + (n - *cap) / 2) * size);
	*p = q;
	*cap = n;
	return 0;
}

size_t sent_offset(const summ_doc *d, size_t k)
{
	size_t lo = 0, hi = d->nhigh;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (d->high[mid] <= k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return (size_t)((uint64_t)lo << SENT_LOW_BITS | d->sent[k].low);
}

size_t candidate_rank(const summ_doc *d, size_t k)
{
	size_t rank = d->body_at[k / PARA_BLOCK];

	for (size_t j = k - k % PARA_BLOCK; j < k; j++)
		rank += is_candidate(d, j);
	return rank;
}

int index_paragraphs(summ_doc *d)
{
	size_t opened = 0, words = (d->nsent + 63) / 64;

	if (!(d->para_at = malloc((d->nsent / PARA_BLOCK + 1) * sizeof *d->para_at)))
		return -1;
	for (size_t j = 0; j < words; j++) {
		if (j % (PARA_BLOCK / 64) == 0)
			d->para_at[j / (PARA_BLOCK / 64)] = opened;
		opened += bit_count(d->para_bits[j]);
	}
	return 0;
}

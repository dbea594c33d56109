/*
 * doc.c - the document's records (see doc.h): arrays that grow by
 * doubling, and the indexes that find a sentence's offset and
 * paragraph from its sixteen bytes.
 */
#define _GNU_SOURCE              /* madvise, mremap, where the system
                                    has them */
#include "doc.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__) && !defined(SUMM_PORTABLE)
#include <sys/mman.h>
#include <unistd.h>
#endif

/* Large arrays are mapped (see MAPPED_MIN) on Linux, but not under a
 * sanitizer, which checks the bounds of the heap's blocks only. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define SANITIZED 1
#endif
#if defined(__linux__) && !defined(SUMM_PORTABLE) && !defined(SANITIZED)
#define LARGE_MAPPED 1
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

/* The capacity of an array of elements of SIZE bytes that grows by
 * doubling from CAP to hold NEED, or 0 if that is more than memory. */
static size_t doubled(size_t cap, size_t need, size_t size)
{
	size_t n = cap ? cap : 16;

	while (n < need) {
		if (n > SIZE_MAX / 2 / size)
			return 0;
		n *= 2;
	}
	return n;
}

/* A large array (of MAPPED_MIN bytes or more: a long text's sentences,
 * terms, forms, stems and keys, its term table) lives in a mapping of
 * its own, advised into huge pages where the system has them, not on
 * malloc's heap.  On a virtual machine a page fault is dear: 10 us for
 * each 4 KiB page was measured here, and the faults of these arrays were
 * a sixth of the time on 50 MB of news; a huge page takes one fault for
 * 512 pages.  A mapping grows in place, or by mremap, which moves its
 * pages rather than copying them (realloc on the heap copied, and each
 * page of the copy took a fault).  Mappings are whole multiples of
 * HUGE_SIZE, at an address that is one, as huge pages must be (the rest
 * of a mapping is address space only, until it is written).  From a
 * quarter of a huge page on: 2 MB of news took 0.83 of the time it took
 * with 1 MiB here, and peaked at 15 MiB, not 10. */
#define MAPPED_MIN ((size_t)512 << 10)
#define HUGE_SIZE ((size_t)2 << 20)

#ifdef LARGE_MAPPED
/* The bytes mapped for an array of BYTES bytes (MAPPED_MIN or more). */
static size_t mapped_size(size_t bytes)
{
	return (bytes + HUGE_SIZE - 1) / HUGE_SIZE * HUGE_SIZE;
}

/* Advises the mapping P, of an array of BYTES bytes, into huge pages. */
static void advise_huge(void *p, size_t bytes)
{
#ifdef MADV_HUGEPAGE
	(void)madvise(p, mapped_size(bytes), MADV_HUGEPAGE);
#else
	(void)p, (void)bytes;
#endif
}

/* A new mapping of BYTES bytes (MAPPED_MIN or more), zeroed, or NULL. */
static void *map_large(size_t bytes)
{
	size_t m = mapped_size(bytes);
	unsigned char *a, *q;

	if (m < bytes || m > SIZE_MAX - HUGE_SIZE)
		return NULL;
	a = mmap(NULL, m + HUGE_SIZE, PROT_READ | PROT_WRITE,
	         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (a == MAP_FAILED)
		return NULL;
	q = (unsigned char *)(((uintptr_t)a + HUGE_SIZE - 1) &
	                      ~(uintptr_t)(HUGE_SIZE - 1));
	if (q > a)
		(void)munmap(a, (size_t)(q - a));
	(void)munmap(q + m, (size_t)(a + HUGE_SIZE - q));
	advise_huge(q, bytes);
	return q;
}

/* *ARR, of OLD bytes (on the heap below MAPPED_MIN, else mapped), moved
 * to or grown in a mapping of BYTES bytes (MAPPED_MIN or more).
 * Returns -1 when out of memory, *ARR as it was. */
static int grow_mapped(void **arr, size_t old, size_t bytes)
{
	void *q;

	if (old >= MAPPED_MIN) {
		if (mapped_size(bytes) == mapped_size(old))
			return 0;
		q = mremap(*arr, mapped_size(old), mapped_size(bytes),
		           MREMAP_MAYMOVE);
		if (q == MAP_FAILED)
			return -1;
		advise_huge(q, bytes);
	} else {
		if (!(q = map_large(bytes)))
			return -1;
		if (old)
			memcpy(q, *arr, old);
		free(*arr);
	}
	*arr = q;
	return 0;
}
#endif

int grow_large(void *arr, size_t *cap, size_t need, size_t size)
{
	size_t n;

	if (need <= *cap)
		return 0;
	if (!(n = doubled(*cap, need, size)))
		return -1;
#ifdef LARGE_MAPPED
	if (n * size >= MAPPED_MIN) {
		if (grow_mapped(arr, *cap * size, n * size))
			return -1;
		prefault(*(void **)arr, *cap * size,
		         (*cap + (n - *cap) / 2) * size);
		*cap = n;
		return 0;
	}
#endif
	return grow_room(arr, cap, need, size);
}

void *alloc_large(size_t n, size_t size)
{
	if (size && n > SIZE_MAX / size)
		return NULL;
#ifdef LARGE_MAPPED
	if (n * size >= MAPPED_MIN)
		return map_large(n * size);
#endif
	return calloc(n, size);
}

void free_large(void *p, size_t cap, size_t size)
{
#ifdef LARGE_MAPPED
	if (p && cap * size >= MAPPED_MIN) {
		(void)munmap(p, mapped_size(cap * size));
		return;
	}
#else
	(void)cap, (void)size;
#endif
	free(p);
}

int grow_room(void *arr, size_t *cap, size_t need, size_t size)
{
	void **p = arr;
	size_t n;

	if (need <= *cap)
		return 0;
	if (!(n = doubled(*cap, need, size)))
		return -1;
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

/*
 * table.h - the term table: one open-addressed hash table of the folded
 * keys of the document's forms and stems (a key may be both), its slots
 * holding the first eight bytes of a key, so that most words are found
 * without reading anything else (see doc.h).  Internal to the tokenizer
 * (terms.c), and in a header, as blocks.h is: the lookup is in the
 * engine's hot loop, and inline there.  Forms and stems themselves, and
 * stemming, are terms.c's.
 */
#ifndef SUMM_TABLE_H
#define SUMM_TABLE_H

#include "blocks.h"                  /* hash_step, HASH_SEED */
#include "doc.h"

#include <stdint.h>
#include <string.h>

/* A hash of the folded word KEY (LEN bytes, zero bytes after it up to
 * the next multiple of eight), see blocks.h. */
static uint64_t hash_key(const char *key, size_t len)
{
	uint64_t h = len * HASH_SEED, w;

	for (size_t i = 0; i < len; i += 8) {
		memcpy(&w, key + i, 8);
		h = hash_step(h, w);
	}
	return h;
}

/* Whether the keys A and B, of LEN bytes each and both padded with zero
 * bytes to a multiple of eight, are equal: compared eight bytes at a
 * step. */
static int key_equal(const char *a, const char *b, size_t len)
{
	uint64_t x, y;

	for (size_t i = 0; i < len; i += 8) {
		memcpy(&x, a + i, 8);
		memcpy(&y, b + i, 8);
		if (x != y)
			return 0;
	}
	return 1;
}

/* The first eight bytes of the padded KEY, as a slot holds them. */
static uint64_t key_head(const char *key)
{
	uint64_t w;

	memcpy(&w, key, 8);
	return w;
}

/* Whether slot S is free: a key is never empty, so its head is never
 * zero. */
static int slot_empty(const slot *s)
{
	return s->head == 0;
}

/* The length of the key of slot S, one of eight bytes or more (its
 * head has no zero byte), as its form or stem keeps it. */
static size_t slot_long_len(const summ_doc *d, const slot *s)
{
	return s->form ? d->forms[s->form - 1].key_len
	               : d->stems[s->stem - 1].key_len;
}

/* The length of the key of slot S.  A key has no zero byte, so one of
 * fewer than eight bytes is the count of nonzero bytes of its head. */
static size_t slot_key_len(const summ_doc *d, const slot *s)
{
	size_t n = 0;

	for (unsigned i = 0; i < 64; i += 8)
		n += (s->head >> i & 0xFF) != 0;
	return n < 8 ? n : slot_long_len(d, s);
}

/* The key of slot S in the arena, one of eight bytes or more (a
 * shorter one is its head, and not stored, see store_key). */
static const char *slot_key(const summ_doc *d, const slot *s)
{
	return d->keys + (s->form ? d->forms[s->form - 1].key
	                          : d->stems[s->stem - 1].key);
}

/* The slot where the search for a key of the hash H starts in a table
 * of CAP slots: the high half of H (a product's low bits depend only on
 * the low bits of its factors; its high half on all of them) scaled to
 * CAP, which need not be a power of two (see table_reserve).  CAP is
 * below 2^32 (see MAX_KEYS). */
static inline size_t home_slot(uint64_t h, size_t cap)
{
	return (size_t)((h >> 32) * cap >> 32);
}

/* The slot after slot I, the first after the last. */
static inline size_t next_slot(size_t i, size_t cap)
{
	return i + 1 < cap ? i + 1 : 0;
}

/* Finds KEY (padded for key_equal, with the hash H) in the term table;
 * returns its slot (empty if absent).  A slot holds the head of its key,
 * so that a word of fewer than eight bytes, most words, is found without
 * reading anything else: with no zero byte in a key, a head with one is
 * the whole key. */
static inline slot *table_find(const summ_doc *d, const char *key,
                               size_t len, uint64_t h)
{
	const table *t = &d->table;
	size_t i = home_slot(h, t->cap);
	uint64_t head = key_head(key);

	for (;; i = next_slot(i, t->cap)) {
		slot *s = &t->slots[i];
		if (s->head == head) {
			if (len < 8 || (slot_long_len(d, s) == len &&
			                key_equal(slot_key(d, s) + 8, key + 8, len - 8)))
				return s;
		} else if (slot_empty(s)) {
			return s;
		}
	}
}

/* The hash of the key of slot S: a key of fewer than eight bytes is
 * its head, so only a longer one is read (its length from its form or
 * stem, its bytes from the arena, at random places of both). */
static uint64_t slot_hash(const summ_doc *d, const slot *s)
{
	size_t len = slot_key_len(d, s);

	return len <= 8 ? hash_step(len * HASH_SEED, s->head)
	                : hash_key(slot_key(d, s), len);
}

/* The term table is kept at most a quarter full while it is small, as
 * the vocabulary of most texts is: a word, the hot loop, is then found
 * at its first probe nearly always.  Past SMALL_TABLE slots (1 MiB) it
 * may fill to three quarters, so that a large vocabulary costs less
 * memory, and grows by a half or a third (2^K slots, then 1.5 x 2^K),
 * not doubling, for the same reason: a million keys take 1.5 million
 * slots, not two (8 MiB less). */
#define SMALL_TABLE ((size_t)1 << 16)

/* The most keys the term table holds: fewer than 2^31, so that form and
 * stem ids, and a slot's index, fit in 32 bits.  (More than 2^31
 * distinct words would take some 100 GB.) */
#define MAX_KEYS ((size_t)1 << 31)

/* The size of the first term table of a text of LEN bytes: room at a
 * quarter full for a key every eight bytes, as an article of a few
 * kilobytes has (a form, and a stem for most), up to 16,384 slots (256
 * KiB): a longer text repeats more of its words, and grows its table
 * as it needs.  A table grown from 1,024 slots cost a batch of 5 KB
 * articles two rehashes each, 8% of its time. */
static size_t first_cap(size_t len)
{
	size_t cap = 1024;

	while (cap < ((size_t)1 << 14) && cap < len / 2)
		cap *= 2;
	return cap;
}

/* The size of the term table after one of CAP slots (not 0). */
static size_t next_cap(size_t cap)
{
	if (cap < SMALL_TABLE)
		return cap * 2;
	return cap & (cap - 1) ? cap / 3 * 4 : cap / 2 * 3;
}

/* Makes room for one more slot in the term table, rehashing when full
 * (see SMALL_TABLE; the hashes, not kept, are computed again, see
 * slot_hash).  Returns 1 when it rehashed (slots found before have
 * moved), 0 when there was room, -1 when out of memory. */
static int table_reserve(summ_doc *d)
{
	table *t = &d->table;
	size_t ncap, j;
	slot *ns;

	if ((t->used + 1) * 4 <= (t->cap < SMALL_TABLE ? t->cap : t->cap * 3))
		return 0;
	if (t->used + 1 >= MAX_KEYS)
		return -1;
	ncap = t->cap ? next_cap(t->cap) : first_cap(d->len);
	ns = alloc_large(ncap, sizeof *ns);
	if (!ns)
		return -1;
	prefault(ns, 0, ncap * sizeof *ns);    /* its slots are all written */
	for (size_t i = 0; i < t->cap; i++) {
		const slot *o = &t->slots[i];
		if (slot_empty(o))
			continue;
		for (j = home_slot(slot_hash(d, o), ncap); !slot_empty(&ns[j]);
		     j = next_slot(j, ncap))
			;
		ns[j] = *o;
	}
	free_large(t->slots, t->cap, sizeof *t->slots);
	t->slots = ns;
	t->cap = ncap;
	return 1;
}

/* Stores KEY, padded with zero bytes to a multiple of eight (as KEY is,
 * see key_equal), in the key arena for slot S, unless S holds it already
 * (as a form, for a new stem, or the reverse).  Returns its offset, or
 * -1.  A key of fewer than eight bytes, most keys, is not stored: it is
 * its slot's head, and nothing reads it from the arena (a text of
 * distinct words saves eight bytes a word). */
static long long store_key(summ_doc *d, const slot *s, const char *key,
                           size_t len)
{
	size_t off = d->keys_len, padded = (len + 7) / 8 * 8;

	if (len < 8)
		return 0;
	if (!slot_empty(s))
		return (long long)(slot_key(d, s) - d->keys);
	if (off + padded > UINT32_MAX ||
	    grow_large(&d->keys, &d->keys_cap, off + padded, 1))
		return -1;
	memcpy(d->keys + off, key, padded);
	d->keys_len += padded;
	return (long long)off;
}

/* Takes slot S for KEY: a new slot is counted as used. */
static void slot_take(table *t, slot *s, const char *key)
{
	if (slot_empty(s)) {
		s->head = key_head(key);
		t->used++;
	}
}

#endif /* SUMM_TABLE_H */

/*
 * cli/input.c - reading an input: all of a file descriptor into memory,
 * by read(2) or, for a large regular file, by mapping it, with the guard
 * that keeps a mapped file that shrinks while it is read from killing
 * the run.
 *
 * Takes a descriptor; hands on the whole input as bytes in memory (which
 * input_unload gives back), and, for a mapped input, whether it stayed
 * whole while it was read (guard_end).
 */
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* Reads all of FD into a malloc'd buffer (*DATA, *LEN).  Returns 0, or an
 * errno value. */
static int read_all(int fd, char **data, size_t *len)
{
	struct stat st;
	size_t cap = 65536, n = 0;
	char *b;

	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
		cap = (size_t)st.st_size + 1;
	if (!(b = malloc(cap)))
		return ENOMEM;
	for (;;) {
		ssize_t r;
		if (n == cap) {
			char *nb = cap > SIZE_MAX / 2 ? NULL : realloc(b, cap * 2);
			if (!nb) {
				free(b);
				return ENOMEM;
			}
			b = nb;
			cap *= 2;
		}
		r = read(fd, b + n, cap - n);
		if (r == 0)
			break;
		if (r < 0) {
			int e = errno;
			if (e == EINTR)
				continue;
			free(b);
			return e;
		}
		n += (size_t)r;
	}
	*data = b;
	*len = n;
	return 0;
}

/* Regular files of this size (64 KiB) or more are mapped, not read:
 * mapping spares the copy and the fresh pages a read needs, a tenth of
 * the time taken for a large file; below this, reading costs no more. */
#define MAP_MIN (1 << 16)

/* A mapped file that shrinks while it is read (another program
 * truncates it) raises SIGBUS at the first page past its new end.  The
 * handler maps a page of zero bytes there instead, so reading goes on,
 * and notes the damage, so that the file is reported as changed and
 * nothing more of its output is written (what was, before the damage, is
 * the file's: see outlet_take in cli/outlet.c).  The pages guarded are
 * those of the mapped input that this thread is reading: SIGBUS goes to
 * the thread that touched the page. */
static _Thread_local const char *guard_start;
static _Thread_local size_t guard_len;
static _Thread_local volatile sig_atomic_t guard_hit;
static size_t page_size;

static void on_sigbus(int sig, siginfo_t *si, void *ctx)
{
	const char *a = si->si_addr;
	int saved = errno;

	(void)ctx;
#ifdef MAP_ANONYMOUS
	if (guard_start && a >= guard_start && a < guard_start + guard_len) {
		void *page = (void *)((uintptr_t)a & ~(uintptr_t)(page_size - 1));
		if (mmap(page, page_size, PROT_READ,
		         MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) != MAP_FAILED) {
			guard_hit = 1;
			errno = saved;
			return;
		}
	}
#endif
	signal(sig, SIG_DFL);
	raise(sig);
}

void catch_sigbus(void)
{
	struct sigaction sa;

	page_size = (size_t)sysconf(_SC_PAGESIZE);
	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_sigbus;
	sa.sa_flags = SA_SIGINFO;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGBUS, &sa, NULL);
}

/* Guards the mapped input DATA (LEN bytes) while this thread reads it. */
void guard_begin(const char *data, size_t len)
{
	guard_hit = 0;
	guard_len = len;
	guard_start = data;
}

/* Ends the guard; returns whether the input shrank while it was read. */
int guard_end(void)
{
	guard_start = NULL;
	return guard_hit;
}

/* Whether all this thread has read so far of its guarded input, if it
 * has one, is the file's: no page of it was lost yet. */
int guard_intact(void)
{
	return !guard_start || !guard_hit;
}

/* Maps FD, a regular file of at least MAP_MIN bytes read from its start,
 * into *DATA and *LEN, and moves its offset to its end as reading would.
 * Returns 0, or -1 when FD is not such a file or cannot be mapped (it
 * is then read). */
static int map_all(int fd, char **data, size_t *len)
{
#if defined(MAP_ANONYMOUS) && defined(MAP_POPULATE)
	struct stat st;
	void *p;

	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) ||
	    st.st_size < MAP_MIN || (uintmax_t)st.st_size > SIZE_MAX / 2 ||
	    lseek(fd, 0, SEEK_CUR) != 0)
		return -1;
	/* MAP_POPULATE maps every page at once, not a page a fault. */
	p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE | MAP_POPULATE,
	         fd, 0);
	if (p == MAP_FAILED)
		return -1;
	*data = p;
	*len = (size_t)st.st_size;
	lseek(fd, st.st_size, SEEK_SET);
	return 0;
#else
	(void)fd;
	(void)data;
	(void)len;
	return -1;
#endif
}

/* Reads or maps all of FD into *DATA, *LEN; *MAPPED tells which.
 * Returns 0, or an errno value. */
int input_load(int fd, char **data, size_t *len, int *mapped)
{
	*mapped = map_all(fd, data, len) == 0;
	return *mapped ? 0 : read_all(fd, data, len);
}

/* Releases what input_load gave. */
void input_unload(char *data, size_t len, int mapped)
{
	if (mapped)
		munmap(data, len);
	else
		free(data);
}

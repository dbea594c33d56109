/*
 * cli/outdir.c - writing under -o: each output goes to a temporary file
 * beside its final name and is renamed into place when whole, so that no
 * half-written file is ever seen at an output path; the directories
 * leading to it are made as needed; an output that would overwrite an
 * input is refused; and a thread that takes SIGINT, SIGTERM and SIGHUP
 * removes the temporary files before the signal ends the run.
 *
 * Takes an output path and bytes (from cli/outlet.c, or a record
 * stream's FILE from cli/streams.c); hands on files in place, or a
 * message into the caller's error buffer.
 */
#include "cli.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Creates the directories leading to PATH (its last component not
 * included).  Returns 0, or an errno value. */
static int make_parents(char *path)
{
	for (char *p = path + 1; *p; p++) {
		if (*p != '/' || p[-1] == '/')
			continue;
		*p = '\0';
		if (mkdir(path, 0777) != 0 && errno != EEXIST) {
			int e = errno;
			*p = '/';
			return e;
		}
		*p = '/';
	}
	return 0;
}

/* Whether FINAL, the output for input NAME, is one of the inputs (IDS,
 * sorted): as a hard link or through a symbolic link too.  If so,
 * reports it into ERR. */
int is_input(const char *final, const char *name, const file_id *ids,
             size_t nids, buf *err)
{
	struct stat st;
	file_id id;

	if (nids == 0 || stat(final, &st) != 0)
		return 0;
	id = (file_id){ st.st_dev, st.st_ino };
	if (!bsearch(&id, ids, nids, sizeof *ids, file_id_cmp))
		return 0;
	buf_msg(err, "%s: output file %s is an input file; not written", name,
	        final);
	return 1;
}

/* The temporary files being written under -o.  SIGINT, SIGTERM and
 * SIGHUP are blocked in every thread and taken by one that waits for
 * them (sigwait, so in no signal handler): holding the lock under which
 * temporary files are made and registered, it removes them before the
 * signal ends the process.  So an interrupted run leaves no partial file
 * behind, neither at an output path (those only ever appear whole, by
 * rename) nor beside it, however its threads stood. */
#define MAX_TEMPS (MAX_JOBS + 2)
static char *temps[MAX_TEMPS];
static pthread_mutex_t temps_lock = PTHREAD_MUTEX_INITIALIZER;
static sigset_t fatal_signals;

static void *fatal_signal_thread(void *arg)
{
	sigset_t one;
	int sig;

	(void)arg;
	if (sigwait(&fatal_signals, &sig) != 0)
		return NULL;
	/* From here on the run ends by the signal: see end_fatal_signals. */
	pthread_setcancelstate(PTHREAD_CANCEL_DISABLE, NULL);
	/* Never unlocked: no thread makes a temporary file from now on. */
	pthread_mutex_lock(&temps_lock);
	for (size_t i = 0; i < MAX_TEMPS; i++)
		if (temps[i])
			unlink(temps[i]);
	signal(sig, SIG_DFL);
	sigemptyset(&one);
	sigaddset(&one, sig);
	pthread_sigmask(SIG_UNBLOCK, &one, NULL);
	raise(sig);
	return NULL;
}

static pthread_t signal_thread;     /* see catch_fatal_signals */
static int signal_thread_up;

/* Takes the signals that end a run, to remove its temporary files.  To
 * be called before any other thread starts, as they inherit the mask. */
void catch_fatal_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	int n = 0;

	sigemptyset(&fatal_signals);
	for (size_t i = 0; i < sizeof sigs / sizeof *sigs; i++) {
		struct sigaction old;
		/* A signal ignored by whoever started us stays ignored. */
		if (sigaction(sigs[i], NULL, &old) == 0 && old.sa_handler != SIG_IGN)
			n += sigaddset(&fatal_signals, sigs[i]) == 0;
	}
	if (n == 0)
		return;
	pthread_sigmask(SIG_BLOCK, &fatal_signals, NULL);
	if (pthread_create(&signal_thread, NULL, fatal_signal_thread, NULL) == 0)
		signal_thread_up = 1;
	else                                   /* end without cleaning up */
		pthread_sigmask(SIG_UNBLOCK, &fatal_signals, NULL);
}

/* Ends the thread of catch_fatal_signals when no temporary file is left,
 * so that the run ends with no thread of its own still running: it is
 * cancelled where it waits (sigwait), or, had a signal come, the run
 * ends by it.  A signal after this takes its default action. */
void end_fatal_signals(void)
{
	if (!signal_thread_up)
		return;
	pthread_cancel(signal_thread);
	pthread_join(signal_thread, NULL);
	signal_thread_up = 0;
	pthread_sigmask(SIG_UNBLOCK, &fatal_signals, NULL);
}

/* Registers (or, with ADD 0, forgets) the temporary file NAME; the
 * caller holds temps_lock. */
static void track_temp_locked(char *name, int add)
{
	for (size_t i = 0; i < MAX_TEMPS; i++)
		if (add ? temps[i] == NULL : temps[i] == name) {
			temps[i] = add ? name : NULL;
			break;
		}
}

/* Forgets the temporary file NAME. */
static void untrack_temp(char *name)
{
	pthread_mutex_lock(&temps_lock);
	track_temp_locked(name, 0);
	pthread_mutex_unlock(&temps_lock);
}

/* Removes the temporary file TMP, forgets it and frees its name. */
void remove_temp(char *tmp)
{
	unlink(tmp);
	untrack_temp(tmp);
	free(tmp);
}

/* Creates a temporary file in FINAL's directory (and the directories
 * leading to it), to be renamed to FINAL by close_temp.  Sets *TMP to its
 * name (the caller frees it) and returns its descriptor, or reports into
 * ERR and returns -1. */
int open_temp(const char *final, char **tmp, buf *err)
{
	static const char suffix[] = ".summarize.XXXXXX";
	const char *slash = strrchr(final, '/');
	size_t dlen = slash ? (size_t)(slash - final) + 1 : 0;
	int fd, e = 0;

	if (!(*tmp = malloc(dlen + sizeof suffix))) {
		buf_msg(err, "%s: %s", final, strerror(ENOMEM));
		return -1;
	}
	memcpy(*tmp, final, dlen);
	memcpy(*tmp + dlen, suffix, sizeof suffix);
	/* Made and registered at once for fatal_signal_thread. */
	pthread_mutex_lock(&temps_lock);
	fd = mkstemp(*tmp);
	if (fd < 0 && errno == ENOENT && (e = make_parents(*tmp)) == 0) {
		memcpy(*tmp + dlen, suffix, sizeof suffix);
		fd = mkstemp(*tmp);
	}
	if (fd < 0 && !e)
		e = errno;
	if (fd >= 0)
		track_temp_locked(*tmp, 1);
	pthread_mutex_unlock(&temps_lock);
	if (fd < 0) {
		buf_msg(err, "%s: %s", final, strerror(e));
		free(*tmp);
		*tmp = NULL;
	}
	return fd;
}

/* Finishes the temporary file TMP (descriptor FD, or -1 when the caller
 * closed it) from open_temp: gives it MODE and renames it to FINAL;
 * or, when E (an errno value from writing it) is set or that fails,
 * removes it and reports into ERR.  Frees TMP; returns 0 or 1. */
int close_temp(int fd, char *tmp, const char *final, mode_t mode,
               int e, buf *err)
{
	if (!e && fd >= 0 && fchmod(fd, mode) != 0)
		e = errno;
	if (fd >= 0 && close(fd) != 0 && !e)
		e = errno;
	if (!e && rename(tmp, final) != 0)
		e = errno;
	if (e) {
		buf_msg(err, "%s: %s", final, strerror(e));
		remove_temp(tmp);
	} else {
		untrack_temp(tmp);
		free(tmp);
	}
	return e != 0;
}

/* Writes N bytes of DATA to FD.  Returns 0, or an errno value. */
int write_all(int fd, const char *data, size_t n)
{
	for (size_t off = 0; off < n;) {
		ssize_t w = write(fd, data + off, n - off);
		if (w < 0 && errno != EINTR)
			return errno;
		if (w > 0)
			off += (size_t)w;
	}
	return 0;
}

# summarize - a fast extractive summarizer.  POSIX make.
.POSIX:

PREFIX    = /usr/local
MANPREFIX = $(PREFIX)/share/man
CC        = cc
OPT       = -O2
WARN      = -Wall -Wextra -Wpedantic -Wstrict-prototypes -Wshadow -Werror
CFLAGS    = -std=c11 $(OPT) $(WARN)
# The engine keeps a memo for each thread (engine/memo.c): -pthread.
LDLIBS    = -lm $(PTHREAD)
PTHREAD   = -pthread
CHECK_CFLAGS = `pkg-config --cflags check`
CHECK_LIBS   = `pkg-config --libs check`

# The engine (the library of summarize.h) and the command on top of it.
ENGINE   = summarize.c engine/doc.c engine/chars.c engine/words.c \
           engine/paragraphs.c engine/sections.c engine/sentences.c \
           engine/abbrev.c \
           engine/terms.c engine/scores.c engine/select.c engine/explain.c \
           engine/keywords.c engine/language.c engine/stoplist.c \
           engine/reading.c engine/html.c engine/tags.c engine/extract.c \
           engine/title.c \
           engine/markdown.c engine/inline.c engine/mdsyntax.c \
           engine/entities.c engine/charset.c engine/decode.c engine/memo.c \
           engine/locate.c \
           lang/lang.c $(LANGS)
HDRS     = summarize.h engine/doc.h engine/chars.h engine/words.h \
           engine/paragraphs.h engine/sections.h engine/lines.h \
           engine/letters.h engine/width.h engine/cjk.h \
           engine/sentences.h engine/stopscan.h \
           engine/quotes.h engine/clauses.h engine/numbers.h engine/emoji.h \
           engine/splitter.h \
           engine/lastword.h engine/ordinals.h engine/memo.h \
           engine/abbrev.h engine/terms.h engine/blocks.h engine/table.h \
           engine/scores.h engine/select.h engine/language.h \
           engine/reading.h engine/inline.h engine/entities.inc \
           engine/compose.inc engine/casemap.inc engine/charset.h \
           engine/decode.h engine/locate.h \
           lang/lang.h \
           lang/stopindex.inc lang/ngrams.inc lang/en_common.inc \
           lang/romance.h \
           lang/nordic.h engine/html.h engine/extract.h
# One file per language (lang/lang.c lists them).
LANGS    = lang/af.c lang/am.c lang/ar.c lang/be.c lang/bg.c lang/bn.c \
           lang/ca.c lang/cs.c lang/cy.c lang/da.c lang/de.c lang/el.c \
           lang/en.c lang/eo.c lang/es.c lang/et.c lang/eu.c lang/fa.c \
           lang/fi.c lang/fr.c lang/ga.c lang/gl.c lang/gu.c lang/he.c \
           lang/hi.c lang/hr.c lang/hu.c lang/hy.c lang/ia.c lang/id.c \
           lang/is.c lang/it.c lang/ja.c lang/ka.c lang/kk.c lang/kn.c \
           lang/ko.c lang/ky.c lang/lt.c lang/lv.c lang/mi.c lang/mk.c \
           lang/ml.c lang/mn.c lang/mr.c lang/ms.c lang/mt.c lang/ne.c \
           lang/nl.c lang/no.c lang/or.c lang/pa.c lang/pl.c lang/pt.c \
           lang/ro.c lang/ru.c lang/si.c lang/sk.c lang/sl.c lang/sq.c \
           lang/sr.c lang/sv.c lang/sw.c lang/ta.c lang/te.c lang/tg.c \
           lang/th.c lang/tl.c lang/tr.c lang/uk.c lang/ur.c lang/uz.c \
           lang/vi.c lang/yi.c lang/zh.c
CLI      = main.c $(CLI_LIB)
# The command but its main, which a fuzzer links.
CLI_LIB  = cli/usage.c cli/buf.c cli/input.c cli/walk.c \
           cli/outdir.c cli/render.c cli/plain.c cli/tsv.c cli/grep.c \
           cli/mark.c cli/json.c cli/batch.c cli/outlet.c \
           cli/streams.c cli/records.c
CLI_HDRS = cli/cli.h cli/records.h
# The record reader, which the unit tests and a fuzzer link alone.
RECORDS  = cli/records.c
TESTS  = tests/check_main.c tests/check_chars.c tests/check_words.c \
         tests/check_paragraphs.c tests/check_sentences.c \
         tests/check_terms.c tests/check_scores.c tests/check_select.c \
         tests/check_explain.c tests/check_keywords.c tests/check_lang.c \
         tests/check_records.c tests/check_lang_sentences.c \
         tests/check_reading.c tests/check_html.c tests/check_markdown.c \
         tests/check_charset.c

all: summarize

summarize: $(CLI) $(CLI_HDRS) $(ENGINE) $(HDRS)
	$(CC) $(CFLAGS) $(PTHREAD) $(LDFLAGS) -o $@ $(CLI) $(ENGINE) $(LDLIBS)

tests/check_summarize: $(TESTS) $(RECORDS) $(CLI_HDRS) $(ENGINE) $(HDRS) \
    tests/check.h tests/check_sentences.inc tests/lang_cases_west.inc \
    tests/lang_cases_north.inc tests/lang_cases_east.inc \
    tests/lang_cases_other.inc
	$(CC) $(CFLAGS) -I. $(CHECK_CFLAGS) $(LDFLAGS) -o $@ $(TESTS) $(RECORDS) \
	    $(ENGINE) $(CHECK_LIBS) $(LDLIBS)

# The engine with its sentence limits made small, so that what happens
# past 4 GiB of text (offsets) and in a 4 GiB sentence (cut) is tested
# on small texts.
SMALL_LIMITS = -DSENT_LOW_BITS=8 -DSENT_MAX=64
tests/check_limits: tests/check_limits.c $(ENGINE) $(HDRS)
	$(CC) $(CFLAGS) $(SMALL_LIMITS) -I. $(CHECK_CFLAGS) $(LDFLAGS) -o $@ \
	    tests/check_limits.c $(ENGINE) $(CHECK_LIBS) $(LDLIBS)

# What the tests need, installed when missing (Debian: Check, pkg-config).
deps:
	@pkg-config --exists check 2>/dev/null || { \
	    s=; [ "$$(id -u)" -eq 0 ] || s=sudo; \
	    $$s apt-get update -qq && $$s apt-get install -y -qq check pkg-config; }

# The whole suite: unit tests (one Check suite per stage, and the
# engine with small limits), then the
# end-to-end golden and command-line tests, then the batch tests (-R, -o,
# -j, --records, GNU parallel), then the editor plugins in Vim and Emacs
# (skipped when they are not installed).
check: summarize tests/check_summarize tests/check_limits
	$(CC) $(CFLAGS) -o tests/mkindex lang/mkindex.c lang/lang.c $(LANGS)
	./tests/mkindex | cmp -s - lang/stopindex.inc || { \
	    echo "lang/stopindex.inc is not made from today's lists: make index"; \
	    exit 1; }
	./tests/check_summarize
	./tests/check_limits
	sh tests/cli.sh ./summarize
	sh tests/batch.sh ./summarize
	sh tests/editors.sh ./summarize
	sh tests/hardening.sh ./summarize
	sh tests/forms.sh ./summarize

# A real browser: headless Chromium (Debian's chromium) loads the -f mark
# output of the sample pages; the test checks through the DOM that every
# chosen sentence is inside <mark> and the page is otherwise unchanged.
CHROMIUM = chromium
browser: summarize
	python3 tests/browser.py ./summarize $(CHROMIUM) samples/*.html

# The portable code that machines without SSE2, or without GCC's
# builtins on a little-endian machine, run: built with SSE2 off and with
# every fast path off (SUMM_PORTABLE), against the golden outputs.
portable: tests/summarize-nosse tests/summarize-portable
	sh tests/cli.sh tests/summarize-nosse
	sh tests/cli.sh tests/summarize-portable

tests/summarize-nosse: $(CLI) $(CLI_HDRS) $(ENGINE) $(HDRS)
	$(CC) $(CFLAGS) -U__SSE2__ $(PTHREAD) $(LDFLAGS) -o $@ $(CLI) $(ENGINE) \
	    $(LDLIBS)

tests/summarize-portable: $(CLI) $(CLI_HDRS) $(ENGINE) $(HDRS)
	$(CC) $(CFLAGS) -DSUMM_PORTABLE $(PTHREAD) $(LDFLAGS) -o $@ $(CLI) \
	    $(ENGINE) $(LDLIBS)

# The suite under AddressSanitizer and UndefinedBehaviorSanitizer.  Check's
# tests run in the suite's process (CK_FORK=no), as under valgrind: a forked
# test ends with LeakSanitizer's scan of the whole heap, 86 ms each, and
# the language suite alone has 1,745 tests; leaks are found once, at exit.
# ASan keeps no signal stack of its own (use_sigaltstack=0): clang's, as a
# thread ends, writes that stack's record where the frames of a thread
# ended by pthread_cancel (-o's signal thread) are still poisoned, and
# reports its own write; `make asan CC=clang` failed ten checks of
# tests/batch.sh so.  The caller's ASAN_OPTIONS come after, and win.
asan ubsan:
	$(MAKE) clean
	CK_FORK=no ASAN_OPTIONS="use_sigaltstack=0:$$ASAN_OPTIONS" $(MAKE) check \
	    OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all"

# The unit tests and the command line under valgrind (no fork, so leaks in
# tests are seen), then the worker threads under helgrind and DRD on a
# small tree and a small record stream.  tests/valgrind.supp holds what
# the system's libraries, and pthread_once under helgrind, are reported
# for.
SUPPRESS = --suppressions=$(CURDIR)/tests/valgrind.supp
MEMCHECK = valgrind --error-exitcode=1 --leak-check=full -q $(SUPPRESS)
valgrind: summarize tests/check_summarize tests/check_limits
	CK_FORK=no $(MEMCHECK) ./tests/check_summarize
	CK_FORK=no $(MEMCHECK) ./tests/check_limits
	SUMMARIZE_WRAP="$(MEMCHECK)" sh tests/cli.sh ./summarize
	for tool in helgrind drd; do \
	    valgrind --tool=$$tool --error-exitcode=1 -q $(SUPPRESS) \
	        ./summarize -R -j 4 samples tests/expected >/dev/null && \
	    valgrind --tool=$$tool --error-exitcode=1 -q $(SUPPRESS) \
	        ./summarize --records=lines -j 4 <samples/harbor-bridge-wrapped.txt \
	        >/dev/null || exit 1; \
	done

bench: summarize
	sh tests/bench.sh ./summarize
	sh tests/bench_batch.sh ./summarize

install: summarize
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1
	cp -f summarize $(DESTDIR)$(PREFIX)/bin/summarize
	chmod 755 $(DESTDIR)$(PREFIX)/bin/summarize
	cp -f summarize.1 $(DESTDIR)$(MANPREFIX)/man1/summarize.1
	chmod 644 $(DESTDIR)$(MANPREFIX)/man1/summarize.1

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/summarize $(DESTDIR)$(MANPREFIX)/man1/summarize.1

clean:
	rm -f summarize tests/check_summarize tests/check_limits tests/mkindex \
	    tests/summarize-nosse \
	    tests/summarize-portable tests/summarize-asan tests/html_text \
	    tests/detect $(FUZZERS)

.PHONY: all deps check browser portable asan ubsan valgrind bench install uninstall \
        clean index ngrams common entities compose casemap

# libFuzzer targets (clang): make fuzz builds them into tests/; make
# fuzz-run runs each for FUZZ_SECONDS on a fresh seed corpus with the
# dictionary (tests/fuzz.sh) and fails on any crash or hang.
FUZZ_CC      = clang
FUZZ_CFLAGS  = -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined \
               -fno-sanitize-recover=all -fno-omit-frame-pointer $(WARN)
FUZZ_SECONDS = 15
FUZZERS      = tests/fuzz_engine tests/fuzz_split tests/fuzz_stem \
               tests/fuzz_records tests/fuzz_html tests/fuzz_markdown \
               tests/fuzz_charset tests/fuzz_streams

fuzz: $(FUZZERS)

tests/fuzz_engine: tests/fuzz_engine.c tests/fuzz.h $(ENGINE) $(HDRS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -DSUMM_SELF_CHECK -I. -o $@ tests/fuzz_engine.c \
	    $(ENGINE) $(LDLIBS)

# With small limits, as tests/check_limits: long sentences are cut and
# offsets pass their windows on the fuzzer's small inputs.
tests/fuzz_split: tests/fuzz_split.c tests/fuzz.h $(ENGINE) $(HDRS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -DSENT_LOW_BITS=10 -DSENT_MAX=300 -I. -o $@ \
	    tests/fuzz_split.c $(ENGINE) $(LDLIBS)

tests/fuzz_stem: tests/fuzz_stem.c tests/fuzz.h $(ENGINE) $(HDRS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -I. -o $@ tests/fuzz_stem.c $(ENGINE) $(LDLIBS)

tests/fuzz_html: tests/fuzz_html.c tests/fuzz.h $(ENGINE) $(HDRS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -I. -o $@ tests/fuzz_html.c $(ENGINE) $(LDLIBS)

tests/fuzz_markdown: tests/fuzz_markdown.c tests/fuzz.h $(ENGINE) $(HDRS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -I. -o $@ tests/fuzz_markdown.c $(ENGINE) \
	    $(LDLIBS)

tests/fuzz_records: tests/fuzz_records.c tests/fuzz.h $(RECORDS) $(CLI_HDRS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -I. -o $@ tests/fuzz_records.c $(RECORDS)

# A development tool: the text the HTML reader reads out of a page on
# standard input (for ../shared/eval/html/extract_eval.py; -t times it).
tests/html_text: tests/html_text.c $(ENGINE) $(HDRS)
	$(CC) $(CFLAGS) -I. $(LDFLAGS) -o $@ tests/html_text.c $(ENGINE) $(LDLIBS)

# A development tool: the language detected in each NUL-separated text on
# standard input (for tests/detect_eval.py).
tests/detect: tests/detect.c $(ENGINE) $(HDRS)
	$(CC) $(CFLAGS) -I. $(LDFLAGS) -o $@ tests/detect.c $(ENGINE) $(LDLIBS)

tests/fuzz_charset: tests/fuzz_charset.c tests/fuzz.h $(ENGINE) $(HDRS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -I. -o $@ tests/fuzz_charset.c $(ENGINE) \
	    $(LDLIBS)

tests/fuzz_streams: tests/fuzz_streams.c tests/fuzz.h $(CLI_LIB) $(CLI_HDRS) \
    $(ENGINE) $(HDRS)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -I. -o $@ tests/fuzz_streams.c $(CLI_LIB) \
	    $(ENGINE) $(LDLIBS)

# The merged index of all stopwords that language detection reads
# (lang/stopindex.inc, committed): made again after a list changes.
index:
	$(CC) $(CFLAGS) -o lang/mkindex lang/mkindex.c lang/lang.c $(LANGS)
	./lang/mkindex >lang/stopindex.inc
	rm -f lang/mkindex

# The character trigram profiles that language detection weighs with the
# stopwords (lang/ngrams.inc, committed), from the message catalogues
# installed here (see lang/mkngrams.py): made again after a language is
# added.
ngrams: index
	python3 lang/mkngrams.py >lang/ngrams.inc.tmp
	mv lang/ngrams.inc.tmp lang/ngrams.inc

# The splitter's English dictionary of common words (lang/en_common.inc,
# committed), from Debian's wamerican and wbritish word lists (see
# lang/mkcommon.py).
common:
	python3 lang/mkcommon.py >lang/en_common.inc.tmp
	mv lang/en_common.inc.tmp lang/en_common.inc

# The named character references (engine/entities.inc, committed), from
# the WHATWG table that Python's html.entities carries.
entities:
	python3 engine/mkentities.py >engine/entities.inc.tmp
	mv engine/entities.inc.tmp engine/entities.inc

# The letters a lower-case letter and a combining accent compose into,
# and the letters each presentation form stands for (engine/compose.inc,
# committed), from Python's unicodedata.
compose:
	python3 engine/mkcompose.py >engine/compose.inc.tmp
	mv engine/compose.inc.tmp engine/compose.inc

# Each code point's class and lower case up to CASEMAP_END
# (engine/casemap.inc, committed), from the rules of engine/chars.c.
casemap:
	$(CC) $(CFLAGS) -DCASEMAP_BOOTSTRAP -o tests/mkcase engine/mkcase.c \
	    engine/chars.c
	./tests/mkcase >engine/casemap.inc.tmp
	mv engine/casemap.inc.tmp engine/casemap.inc
	rm -f tests/mkcase

fuzz-run: fuzz
	sh tests/fuzz.sh $(FUZZ_SECONDS) $(FUZZERS)

# The whole command under AddressSanitizer and UBSan, run FUZZ_SECONDS on
# damaged inputs with random options (tests/fuzz_cli.py): what the
# targets above cannot reach, the command's options, files, threads and
# writers.
SANITIZE     = -fsanitize=address,undefined -fno-sanitize-recover=all \
               -fno-omit-frame-pointer
tests/summarize-asan: $(CLI) $(CLI_HDRS) $(ENGINE) $(HDRS)
	$(FUZZ_CC) -std=c11 -g -O1 $(SANITIZE) $(WARN) $(PTHREAD) -o $@ \
	    $(CLI) $(ENGINE) $(LDLIBS)

fuzz-cli: tests/summarize-asan
	python3 tests/fuzz_cli.py tests/summarize-asan $(FUZZ_SECONDS)

.PHONY: fuzz fuzz-run fuzz-cli

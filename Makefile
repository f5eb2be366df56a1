# newsext: build, test, demo and measurement targets.
#
#   make            ./newsext.so (and libnewsext.a for static linking)
#   make demo       install missing dependencies, build, build demo.db, print reports
#   make test       install missing dependencies, build, run every test
#   make test SAN=1 the same, built with -fsanitize=address,undefined
#   make bench      speed and memory, as ratios to SQLite's built-ins
#   make accuracy   accuracy against the gold sets in ../shared/data
#   make fuzz       libFuzzer targets (FUZZ_SECONDS=N each); make valgrind,
#                   make tsan, make integrity-big: see README, "Reliability"
#   make format     clang-format every C file
#   make fuzz       libFuzzer targets (clang); FUZZ_SECONDS=N runs each N s
#   make valgrind   the test suite under valgrind memcheck
#   make tsan       the thread test under ThreadSanitizer (clang)

CC      ?= cc
PYTHON  ?= /usr/bin/python3
SHARED  ?= ../shared/data
PKGS     = sqlite3 icu-uc icu-i18n libutf8proc
# The extension is loaded into a host that already has SQLite: link ICU and
# utf8proc only, never a copy of SQLite.
LIBPKGS  = icu-uc icu-i18n libutf8proc

OPT     ?= -O2 -g
CFLAGS  ?=
WARN     = -Wall -Wextra
ifeq ($(SAN),1)
  OPT    = -O1 -g -fno-omit-frame-pointer
  SANFLAGS = -fsanitize=address,undefined -fno-sanitize-recover=undefined
endif
ALL_CFLAGS = -std=c11 -D_GNU_SOURCE $(OPT) $(WARN) $(SANFLAGS) -fPIC \
             -fvisibility=hidden -Iinclude -Iext -Ibuild \
             $(shell pkg-config --cflags $(PKGS) 2>/dev/null) $(CFLAGS)
LIBS     = $(shell pkg-config --libs $(LIBPKGS) 2>/dev/null) -lm

SRC      = $(wildcard ext/*.c)
HDR      = $(wildcard ext/*.h) $(wildcard ext/data/*.h) include/newsext.h \
           build/zh_variants.h build/flavour build/money_names.h
OBJ      = $(SRC:ext/%.c=build/obj/%.o)
SOBJ     = $(SRC:ext/%.c=build/static/%.o)

.PHONY: all deps test demo bench accuracy format clean fuzz fuzz-build \
        valgrind tsan integrity-big FORCE

# The build flavour (SAN=1 or not): when it changes, every object is rebuilt,
# so that a sanitizer run never links objects built without sanitizers.
build/flavour: FORCE
	@mkdir -p build
	@echo "SAN=$(SAN)" | cmp -s - $@ || echo "SAN=$(SAN)" > $@
all: newsext.so libnewsext.a

deps:
	@sh tools/deps.sh

build/obj/%.o: ext/%.c $(HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# For programs that link newsext statically: the same sources compiled with
# SQLITE_CORE, so that calls go straight to the SQLite linked with them.
build/static/%.o: ext/%.c $(HDR)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -DSQLITE_CORE -c $< -o $@

# -z nodelete: SQLite dlclose()s an extension with the last connection that
# loaded it, which would unload ICU too and orphan its caches; a host that
# opens and closes many connections would leak them again on every load.
newsext.so: $(OBJ)
	$(CC) $(SANFLAGS) -shared -Wl,-z,nodelete -o $@ $(OBJ) $(LIBS)

libnewsext.a: $(SOBJ)
	rm -f $@
	ar rcs $@ $(SOBJ)

# Traditional -> Simplified Chinese map, built from ICU's transliterator one
# character at a time, so that the transliterator is never on the indexing path.
build/gen_zh_variants: tools/gen_zh_variants.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -O2 $(WARN) $(shell pkg-config --cflags icu-uc icu-i18n) $< -o $@ \
	  $(shell pkg-config --libs icu-uc icu-i18n)

build/zh_variants.h: build/gen_zh_variants
	build/gen_zh_variants > $@.tmp && mv $@.tmp $@

# Currency names of ICU (CLDR) in the locales the money parser reads, folded
# and sorted, so that money_usd() never calls ICU per text.
build/gen_money_names: tools/gen_money_names.c ext/money.h
	@mkdir -p $(@D)
	$(CC) -std=c11 -O2 $(WARN) -Iext $(shell pkg-config --cflags icu-uc icu-i18n) $< -o $@ \
	  $(shell pkg-config --libs icu-uc icu-i18n)

build/money_names.h: build/gen_money_names
	build/gen_money_names > $@.tmp && mv $@.tmp $@

# ---- tests -------------------------------------------------------------
TEST_CFLAGS = -std=c11 -D_GNU_SOURCE $(OPT) $(WARN) $(SANFLAGS) -Iinclude \
              $(shell pkg-config --cflags sqlite3)
build/runner: tests/runner.c build/flavour
	@mkdir -p $(@D)
	$(CC) $(TEST_CFLAGS) $< -o $@ $(shell pkg-config --libs sqlite3)

# C tests (tests/c/*.c) link newsext statically, as an application would.
CTESTS = $(patsubst tests/c/%.c,build/ctest/%,$(wildcard tests/c/*.c))
# tests/reliability/calls.txt lists every SQL call for the reliability tests.
# (No -lstdc++: newsext is C, and a machine with gcc but not g++ has none.)
build/ctest/%: tests/c/%.c libnewsext.a build/flavour $(wildcard tests/reliability/*.h)
	@mkdir -p $(@D)
	$(CC) $(TEST_CFLAGS) -Iext -Ibuild -Itests/reliability \
	  -DNX_CALLS_PATH='"$(CURDIR)/tests/reliability/calls.txt"' $< -o $@ \
	  libnewsext.a $(shell pkg-config --libs sqlite3) $(LIBS) -lpthread

# ---- fuzzing (tests/fuzz/) -------------------------------------------------
# One target per parser; entities, html and lang are the SQL-level target
# restricted to the calls.txt lines that name that function (ner: ner_tags);
# money and dates
# exist once ext/money.h and ext/dates.h do.
FUZZ_TARGETS = tokenizer sql entities html lang ner \
               $(if $(wildcard ext/money.h),money) $(if $(wildcard ext/dates.h),dates)
FUZZ_SRC_tokenizer = tests/fuzz/fuzz_tokenizer.c
FUZZ_SRC_money     = tests/fuzz/fuzz_money.c
FUZZ_SRC_dates     = tests/fuzz/fuzz_dates.c
FUZZ_SRC_sql       = tests/fuzz/fuzz_sql.c
FUZZ_SRC_entities  = tests/fuzz/fuzz_sql.c
FUZZ_SRC_html      = tests/fuzz/fuzz_sql.c
FUZZ_SRC_lang      = tests/fuzz/fuzz_sql.c
FUZZ_SRC_ner       = tests/fuzz/fuzz_sql.c
FUZZ_DEF_entities  = -DFUZZ_FILTER='"entities("'
FUZZ_DEF_html      = -DFUZZ_FILTER='"html_text("'
FUZZ_DEF_lang      = -DFUZZ_FILTER='"lang("'
FUZZ_DEF_ner       = -DFUZZ_FILTER='"ner_tags("'
FUZZ_CC     ?= clang
FUZZ_SAN     = -fsanitize=address,undefined -fno-sanitize-recover=undefined
FUZZ_CFLAGS  = -std=c11 -D_GNU_SOURCE -O1 -g -fno-omit-frame-pointer $(WARN) \
               -Iinclude -Iext -Ibuild -Itests/reliability \
               -DNX_CALLS_PATH='"$(CURDIR)/tests/reliability/calls.txt"' \
               $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
FUZZ_SECONDS ?= 60
FUZZ_OBJ = $(SRC:ext/%.c=build/fuzz/obj/%.o)
FUZZ_BIN = $(FUZZ_TARGETS:%=build/fuzz/%)
# Replays of the seed corpora and of every finding, built like the other tests.
REPLAY_BIN = $(FUZZ_TARGETS:%=build/replay/%)

build/fuzz/obj/%.o: ext/%.c $(HDR)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer-no-link -fPIC \
	  -DSQLITE_CORE -c $< -o $@

build/fuzz/libnewsext.a: $(FUZZ_OBJ)
	rm -f $@
	ar rcs $@ $(FUZZ_OBJ)

.SECONDEXPANSION:
build/fuzz/%: $$(FUZZ_SRC_$$*) build/fuzz/libnewsext.a $(wildcard tests/reliability/*.h)
	$(FUZZ_CC) $(FUZZ_CFLAGS) $(FUZZ_SAN) -fsanitize=fuzzer -DSQLITE_CORE $(FUZZ_DEF_$*) \
	  $(FUZZ_SRC_$*) -o $@ build/fuzz/libnewsext.a \
	  $(shell pkg-config --libs sqlite3) $(LIBS) -lstdc++ -lpthread

build/replay/%: $$(FUZZ_SRC_$$*) tests/fuzz/replay_main.c libnewsext.a build/flavour $(wildcard tests/reliability/*.h)
	@mkdir -p $(@D)
	$(CC) $(TEST_CFLAGS) -Iext -Ibuild -Itests/reliability \
	  -DNX_CALLS_PATH='"$(CURDIR)/tests/reliability/calls.txt"' \
	  -DSQLITE_CORE -DFUZZ_NAME='"fuzz_$*"' $(FUZZ_DEF_$*) tests/fuzz/replay_main.c \
	  $(FUZZ_SRC_$*) -o $@ libnewsext.a $(shell pkg-config --libs sqlite3) \
	  $(LIBS) -lpthread

fuzz-build: build/zh_variants.h
	@$(MAKE) --no-print-directory $(FUZZ_BIN)

fuzz: deps
	@sh tools/deps.sh clang libclang-rt-dev
	@$(MAKE) --no-print-directory fuzz-build
	@sh tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

test: deps
	@$(MAKE) --no-print-directory all build/runner $(CTESTS) $(REPLAY_BIN)
	@SAN=$(SAN) PYTHON=$(PYTHON) sh tests/run.sh

# The whole suite under valgrind memcheck (a build without SAN=1).
valgrind: deps
	@sh tools/deps.sh valgrind
	@$(MAKE) --no-print-directory all build/runner $(CTESTS) $(REPLAY_BIN)
	@if nm -D newsext.so | grep -q __asan_init; then \
	  echo "make valgrind: the build is instrumented (SAN=1): run make clean first"; \
	  exit 2; fi
	@VALGRIND=1 PYTHON=$(PYTHON) sh tests/run.sh

# The integrity test with 200,000 random writes instead of 10,000.
integrity-big: all build/ctest/integrity_test
	INTEGRITY_OPS=200000 build/ctest/integrity_test

# ThreadSanitizer: the extension and the thread test in their own build
# directory (clang), so that the normal build is untouched.
TSAN_OBJ = $(SRC:ext/%.c=build/tsan/obj/%.o)
build/tsan/obj/%.o: ext/%.c $(HDR)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=thread -fPIC -DSQLITE_CORE -c $< -o $@

build/tsan/threads_test: tests/c/threads_test.c $(TSAN_OBJ) $(wildcard tests/reliability/*.h)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=thread $< -o $@ $(TSAN_OBJ) \
	  $(shell pkg-config --libs sqlite3) $(LIBS) -lstdc++ -lpthread

tsan: deps build/zh_variants.h
	@sh tools/deps.sh clang libclang-rt-dev
	@$(MAKE) --no-print-directory build/tsan/threads_test
	TSAN_OPTIONS="halt_on_error=1 second_deadlock_stack=1 $(TSAN_OPTIONS)" \
	  build/tsan/threads_test

# ---- demo, bench, accuracy --------------------------------------------------
demo: deps
	@$(MAKE) --no-print-directory all
	@sh tools/demo.sh

bench: deps
	@$(MAKE) --no-print-directory all
	@$(PYTHON) tests/bench/bench.py --shared $(SHARED) --only '$(ONLY)'

accuracy: deps
	@$(MAKE) --no-print-directory all
	@$(PYTHON) tests/accuracy/accuracy.py --shared $(SHARED) --only '$(ONLY)'

format:
	clang-format -i ext/*.c ext/*.h tests/*.c tests/c/*.c tools/*.c include/*.h

clean:
	rm -rf build newsext.so libnewsext.a demo.db

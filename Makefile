# newsext: build, test, demo and measurement targets.
#
#   make            ./newsext.so (and libnewsext.a for static linking)
#   make demo       install missing dependencies, build, build demo.db, print reports
#   make test       install missing dependencies, build, run every test
#   make test SAN=1 the same, built with -fsanitize=address,undefined
#   make bench      speed and memory, as ratios to SQLite's built-ins
#   make accuracy   accuracy against the gold sets in ../shared/data
#   make format     clang-format every C file

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

.PHONY: all deps test demo bench accuracy format clean FORCE

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
build/ctest/%: tests/c/%.c libnewsext.a build/flavour
	@mkdir -p $(@D)
	$(CC) $(TEST_CFLAGS) -Iext -Ibuild $< -o $@ libnewsext.a \
	  $(shell pkg-config --libs sqlite3) $(LIBS) -lpthread

test: deps
	@$(MAKE) --no-print-directory all build/runner $(CTESTS)
	@SAN=$(SAN) PYTHON=$(PYTHON) sh tests/run.sh

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

# aftoets: make, make check, make demo, make deps, make deb, make static,
# make image.  See README.md.

CC	?= cc
CFLAGS	?= -O2 -g
# CI sets WERROR=-Werror; a developer build warns without failing.
WERROR	?=
PREFIX	?= /usr/local
BUILD	?= build

PKGS	:= yaml-0.1 jansson
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) xlsxwriter 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null || echo -lyaml -ljansson) -lm -lpthread
# libxlsxwriter is not linked: src/report/xlsxlib.c opens it with dlopen() when
# an xlsx report begins (dlopen is in glibc's libc since 2.34; an older
# C library wants EXTRA_LDFLAGS=-ldl).  It opens it by the soname of the
# library a link would have used, read here from the file: the one in
# pkg-config's libdir, else the one the compiler finds.
XLSX_SO	:= $(firstword $(wildcard $(shell pkg-config --variable=libdir \
	   xlsxwriter 2>/dev/null)/libxlsxwriter.so) \
	   $(shell $(CC) -print-file-name=libxlsxwriter.so))
XLSX_SONAME := $(shell objdump -p $(XLSX_SO) 2>/dev/null | \
	   sed -n 's/^ *SONAME *//p')
CMOCKA_CFLAGS := $(shell pkg-config --cflags cmocka 2>/dev/null)
CMOCKA_LIBS   := $(shell pkg-config --libs cmocka 2>/dev/null || echo -lcmocka)

WARN	:= -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
	   -Wformat=2 -Wno-format-nonliteral -Wvla
# The version is that of debian/changelog's first entry, so the program
# and its package say the same; sed, not dpkg-parsechangelog, so that a
# plain make needs no Debian tools.
VERSION_SRC := debian/changelog
VERSION	:= ${shell sed -n '1s/^[a-z0-9.+-]* (\([^)]*\)).*/\1/p' $(VERSION_SRC)}
ifeq ($(VERSION),)
$(error no version in the first line of $(VERSION_SRC))
endif

BASE_CFLAGS = -std=c17 $(WARN) $(WERROR) -D_POSIX_C_SOURCE=200809L \
	     -DAFT_VERSION='"$(VERSION)"'
# The library and its tests see its internal headers (src/); the program
# sees the library's interface (include/) and its own folder only.
ALL_CFLAGS = $(BASE_CFLAGS) -Iinclude -Isrc $(PKG_CFLAGS) $(CPPFLAGS) \
	     $(CFLAGS) $(EXTRA_CFLAGS)
CLI_CFLAGS = $(BASE_CFLAGS) -Iinclude -Isrc/cli $(PKG_CFLAGS) $(CPPFLAGS) \
	     $(CFLAGS) $(EXTRA_CFLAGS)
ALL_LDFLAGS = $(LDFLAGS) $(EXTRA_LDFLAGS)

CATALOG	:= criteria/vlaanderen-2022.yaml
# The library: the domain core in src/, and one folder per layer.
LIB_DIRS := src src/util src/yaml src/load src/report
LIB_SRC	:= $(sort $(foreach d,$(LIB_DIRS),$(wildcard $(d)/*.c)))
# make NO_XLSX=1 builds without the xlsx format: src/report/xlsxnone.c
# stands in for the files that write workbooks with libxlsxwriter (and
# open it with dlopen), and score -f xlsx says this build writes none.
# make static uses it.  BUILD_NOTE, when set, follows the version in
# --version ("aftoets 0.1.0 (without xlsx)"); a usual build has none.
NO_XLSX	?=
XLSX_NONE := src/report/xlsxnone.c
ifeq ($(NO_XLSX),)
LIB_SRC	:= $(filter-out $(XLSX_NONE),$(LIB_SRC))
else
LIB_SRC	:= $(filter-out $(filter-out $(XLSX_NONE), \
	   $(wildcard src/report/xlsx*.c)),$(LIB_SRC))
BUILD_NOTE ?= without xlsx
BASE_CFLAGS += -DAFT_NO_XLSX
endif
ifneq ($(BUILD_NOTE),)
BASE_CFLAGS += -DAFT_BUILD_NOTE='"$(BUILD_NOTE)"'
endif
CLI_SRC	:= $(sort $(wildcard src/cli/*.c))
# The library less its default catalog, which build/catalog_c links.
GEN_OBJ	:= $(filter-out $(BUILD)/lib/load/catalog_default.o, \
	   $(LIB_SRC:src/%.c=$(BUILD)/lib/%.o))
# The page code: every .js and .css file in src/web/ is compiled in as
# data by build/embed (src/web/form.js becomes `aft_web_form_js` and
# `aft_web_form_js_len`; src/report/web.h declares them), so the script
# and style of a page are real source files, never strings in C.
WEB_SRC	:= $(sort $(wildcard src/web/*.js src/web/*.css))
WEB_OBJ	:= $(foreach f,$(WEB_SRC),$(BUILD)/lib/web/$(subst .,_,$(notdir $(f))).o)
LIB_OBJ	:= $(GEN_OBJ) $(BUILD)/lib/load/catalog_default.o \
	   $(BUILD)/lib/catalog_static.o $(BUILD)/lib/catalog_data.o $(WEB_OBJ)
CLI_OBJ	:= $(CLI_SRC:src/cli/%.c=$(BUILD)/cli/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

LIB	:= $(BUILD)/libaftoets.a
BIN	:= $(BUILD)/aftoets

.PHONY: all deps demo check check-unit check-cli golden check-asan \
	check-tsan check-valgrind clean install uninstall bench

all: $(BIN)

# Only the loader needs the name; it refuses to compile without one.
$(BUILD)/lib/report/xlsxlib.o: ALL_CFLAGS += -DAFT_XLSX_SONAME='"$(XLSX_SONAME)"'

# Each object depends on the headers it includes, as the compiler lists
# them (-MMD) in a .d file beside it; -MP keeps a removed header from
# stopping the build.  The first build compiles everything anyway.
DEPFLAGS = -MMD -MP

$(BUILD)/lib/%.o: src/%.c $(VERSION_SRC)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

$(BUILD)/cli/%.o: src/cli/%.c $(VERSION_SRC)
	@mkdir -p $(@D)
	$(CC) $(CLI_CFLAGS) $(DEPFLAGS) -c -o $@ $<

# The default catalog, compiled in and rebuilt when its YAML changes.
# build/catalog_c loads it with the library's own loader, so that a bad
# catalog fails the build with the loader's diagnostics, and writes what
# the loader made as C data (catalog_static.c): the program starts
# without parsing YAML.  build/embed compiles in the YAML text itself
# (catalog_data.c), which a unit test loads to compare the two.
$(BUILD)/catalog_c: src/gen/catalog_c.c $(GEN_OBJ) $(WEB_OBJ) $(VERSION_SRC)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) $(ALL_LDFLAGS) -o $@ $< $(GEN_OBJ) \
	    $(WEB_OBJ) $(PKG_LIBS)

$(BUILD)/gen/catalog_static.c: $(CATALOG) $(BUILD)/catalog_c
	@mkdir -p $(@D)
	$(BUILD)/catalog_c $(CATALOG) > $@.tmp || { rm -f $@.tmp; exit 1; }
	mv $@.tmp $@

$(BUILD)/embed: src/gen/embed.c
	@mkdir -p $(@D)
	$(CC) -std=c17 $(CPPFLAGS) $(CFLAGS) $(LDFLAGS) -o $@ $<

$(BUILD)/gen/catalog_data.c: $(CATALOG) $(BUILD)/embed
	@mkdir -p $(@D)
	$(BUILD)/embed aft_default_catalog $(CATALOG) > $@.tmp && mv $@.tmp $@

# src/web/NAME.EXT -> build/gen/web/NAME_EXT.c -> build/lib/web/NAME_EXT.o
define web_rules
$(BUILD)/gen/web/$(subst .,_,$(notdir $(1))).c: $(1) $(BUILD)/embed
	@mkdir -p $$(@D)
	$(BUILD)/embed aft_web_$(subst .,_,$(notdir $(1))) $(1) > $$@.tmp && \
	    mv $$@.tmp $$@
endef
$(foreach f,$(WEB_SRC),$(eval $(call web_rules,$(f))))

$(BUILD)/lib/web/%.o: $(BUILD)/gen/web/%.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/lib/catalog_static.o $(BUILD)/lib/catalog_data.o: \
    $(BUILD)/lib/%.o: $(BUILD)/gen/%.c $(VERSION_SRC)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $(LIB_OBJ)

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(PKG_LIBS)

# The line reader of fill is the program's, not the library's.
$(BUILD)/tests/test_prompt: tests/unit/test_prompt.c $(BUILD)/cli/prompt.o
	@mkdir -p $(@D)
	$(CC) $(CLI_CFLAGS) $(DEPFLAGS) $(CMOCKA_CFLAGS) $(ALL_LDFLAGS) -o $@ \
	    $< $(BUILD)/cli/prompt.o $(CMOCKA_LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(DEPFLAGS) $(CMOCKA_CFLAGS) $(ALL_LDFLAGS) -o $@ \
	    $< $(LIB) $(PKG_LIBS) $(CMOCKA_LIBS)

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(UNIT_BIN:=.d) \
    $(BUILD)/catalog_c.d

# Installs what the build needs with apt-get when it is missing.
deps:
	@sh tests/deps.sh

demo: deps
	@$(MAKE) --no-print-directory all
	$(BIN) score docs/examples/strong.yaml

# check runs the form's browser test too (check-form, below), unless
# NO_FORM_CHECK is set: check-asan and check-tsan set it, since the page's
# code is the same JavaScript whatever sanitizer the program was built
# with, and only the program's C is what they look at.
NO_FORM_CHECK ?=
check: deps
	@$(MAKE) --no-print-directory check-deps check-unit check-cli \
	    check-schema $(if $(NO_FORM_CHECK),,check-form)

check-unit: $(UNIT_BIN)
	@fail=0; for t in $(UNIT_BIN); do \
		$(TEST_WRAPPER) $$t || fail=1; \
	done; exit $$fail

# No two source files may depend on each other, directly or around a
# loop: tests/deps/check-deps.py reads the objects' symbols with nm.
.PHONY: check-deps
check-deps: $(BIN)
	@sh tests/deps/selftest.sh $(CC)
	@python3 tests/deps/check-deps.py $(LIB_OBJ) $(CLI_OBJ)

check-cli: $(BIN)
	@sh tests/cli/run.sh $(BIN)

golden: $(BIN)
	@GOLDEN=1 sh tests/cli/run.sh $(BIN)

# A sanitizer finding exits 86, which no test mistakes for a gate (1).
check-asan:
	@ASAN_OPTIONS=exitcode=86 UBSAN_OPTIONS=exitcode=86:print_stacktrace=1 \
	    $(MAKE) --no-print-directory BUILD=build-asan CC=clang NO_FORM_CHECK=1 \
	    EXTRA_CFLAGS="-O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	    EXTRA_LDFLAGS="-fsanitize=address,undefined" check

# ThreadSanitizer over the same suite: folders are scored with one thread
# per core by default, and tests/cli/scripts/jobs-order.sh runs -j 2 and 7.
check-tsan:
	@TSAN_OPTIONS="exitcode=86 halt_on_error=1" \
	    $(MAKE) --no-print-directory BUILD=build-tsan CC=clang NO_FORM_CHECK=1 \
	    EXTRA_CFLAGS="-O1 -g -fsanitize=thread" \
	    EXTRA_LDFLAGS="-fsanitize=thread" check

check-valgrind:
	@$(MAKE) --no-print-directory BUILD=build-vg all $(patsubst $(BUILD)/%,build-vg/%,$(UNIT_BIN))
	@$(MAKE) --no-print-directory BUILD=build-vg \
	    TEST_WRAPPER="valgrind -q --leak-check=full --show-leak-kinds=definite,indirect,possible --errors-for-leak-kinds=definite,indirect,possible --error-exitcode=99" \
	    check-unit
	@VALGRIND=1 sh tests/cli/run.sh build-vg/aftoets

clean:
	rm -rf build build-asan build-tsan build-vg build-static bench

# The json output against its JSON Schema, with Ajv pinned in
# tests/schema/package-lock.json; skipped with a note without node/npm.
.PHONY: check-schema
SCHEMA_NODE := tests/schema/node_modules/.package-lock.json

$(SCHEMA_NODE): tests/schema/package.json tests/schema/package-lock.json
	cd tests/schema && npm ci --no-audit --no-fund --loglevel=error

HAVE_NODE := $(shell command -v node >/dev/null 2>&1 && \
	       command -v npm >/dev/null 2>&1 && echo yes)

ifeq ($(HAVE_NODE),yes)
check-schema: $(BIN) $(SCHEMA_NODE)
	@sh tests/schema/check.sh $(BIN)
else
check-schema:
	@echo "check-schema: skipped: node and npm are not installed"
endif

# Fuzzing.
# make fuzz builds the libFuzzer harnesses of tests/fuzz/ with clang
# (ASan and UBSan on, the library instrumented for coverage) into
# build-fuzz/ and runs each for FUZZ_SECONDS, seeded from the tree and
# from $(SHARED)/corpus/yaml-test-suite when present (only read).
# FUZZ_NAMES=answers runs one harness.
FUZZ_SECONDS	?= 60
SHARED		?= ../shared
FUZZ_BUILD	:= build-fuzz
FUZZ_SAN	:= -fsanitize=address,undefined -fno-sanitize-recover=all \
		   -fno-omit-frame-pointer
FUZZ_NAMES	?= answers catalog money
FUZZ_BIN	:= $(FUZZ_NAMES:%=$(FUZZ_BUILD)/fuzz_%)

.PHONY: fuzz fuzz-build clean-fuzz

fuzz: fuzz-build
	@sh tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(SHARED) \
	    "$(FUZZ_NAMES)"

fuzz-build: deps
	@$(MAKE) --no-print-directory BUILD=$(FUZZ_BUILD) CC=clang \
	    EXTRA_CFLAGS="-O1 -g -fsanitize=fuzzer-no-link $(FUZZ_SAN)" \
	    $(FUZZ_BIN)

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c tests/unit/same_read.h \
    $(FUZZ_BUILD)/libaftoets.a
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer -o $@ $< \
	    $(FUZZ_BUILD)/libaftoets.a $(PKG_LIBS)

clean: clean-fuzz
clean-fuzz:
	rm -rf $(FUZZ_BUILD)


# Benchmarks.
BENCH_TOOLS := $(BUILD)/bench/gen $(BUILD)/bench/bare $(BUILD)/bench/measure

$(BUILD)/bench/gen: tests/bench/gen.c $(LIB)
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -o $@ $< $(LIB) $(PKG_LIBS)

$(BUILD)/bench/bare: tests/bench/bare.c
	@mkdir -p $(@D)
	$(CC) -std=c17 -O2 $(PKG_CFLAGS) -D_POSIX_C_SOURCE=200809L -o $@ $< $(PKG_LIBS)

$(BUILD)/bench/measure: tests/bench/measure.c
	@mkdir -p $(@D)
	$(CC) -std=gnu17 -O2 -o $@ $<

# make bench times both file shapes; BENCH_SHAPE=long or everyday times
# one, BENCH_FILES=500 BENCH_RUNS=1 makes a quick run (tests/bench/run.sh).
bench: $(BIN) $(BENCH_TOOLS)
	@BUILD=$(BUILD) sh tests/bench/run.sh

# Browser and workbook checks.
# check-browser opens the HTML report in headless Chromium (Debian's) and
# runs axe-core; check-xlsx reads the workbook back with LibreOffice.  Both
# install what they need (tests/browser/deps.sh).  screenshots remakes
# the pictures in docs/img/.
.PHONY: check-browser check-form check-xlsx screenshots

check-browser: $(BIN)
	@sh tests/browser/deps.sh browser
	node tests/browser/check-html.mjs $(BIN) $(BUILD)/browser

# check-form fills the page of aftoets form in headless Chromium: live
# scores against score -f json, save, draft, --from, hostile input, axe.
check-form: $(BIN)
	@sh tests/browser/deps.sh browser
	node tests/browser/check-form.mjs $(BIN) $(BUILD)/form

check-xlsx: $(BIN)
	@sh tests/browser/deps.sh xlsx
	node tests/browser/check-xlsx.mjs $(BIN) $(BUILD)/xlsx

screenshots: $(BIN)
	@sh tests/browser/deps.sh screenshots
	node tests/browser/screenshots.mjs $(BIN) docs/img

# Installing.

# make install PREFIX=/usr/local DESTDIR=/tmp/stage: the program, the
# catalog, the manual page and the shell completions.
DESTDIR	?=
BINDIR	= $(PREFIX)/bin
DATADIR	= $(PREFIX)/share
MANDIR	= $(DATADIR)/man
BASHCOMPDIR = $(DATADIR)/bash-completion/completions
# Debian's zsh reads the completions of packages from
# /usr/share/zsh/vendor-completions, where debian/rules puts ours.
ZSHCOMPDIR = $(DATADIR)/zsh/site-functions
INSTALL	?= install
INSTALLED = $(DESTDIR)$(BINDIR)/aftoets \
	$(patsubst criteria/%,$(DESTDIR)$(DATADIR)/aftoets/criteria/%,$(wildcard criteria/*.yaml)) \
	$(DESTDIR)$(MANDIR)/man1/aftoets.1 \
	$(DESTDIR)$(BASHCOMPDIR)/aftoets $(DESTDIR)$(ZSHCOMPDIR)/_aftoets

install: $(BIN)
	$(INSTALL) -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/aftoets/criteria \
	    $(DESTDIR)$(MANDIR)/man1 $(DESTDIR)$(BASHCOMPDIR) \
	    $(DESTDIR)$(ZSHCOMPDIR)
	$(INSTALL) -m 755 $(BIN) $(DESTDIR)$(BINDIR)/aftoets
	$(INSTALL) -m 644 criteria/*.yaml $(DESTDIR)$(DATADIR)/aftoets/criteria/
	$(INSTALL) -m 644 docs/aftoets.1 $(DESTDIR)$(MANDIR)/man1/aftoets.1
	$(INSTALL) -m 644 completions/aftoets.bash $(DESTDIR)$(BASHCOMPDIR)/aftoets
	$(INSTALL) -m 644 completions/_aftoets $(DESTDIR)$(ZSHCOMPDIR)/_aftoets

# Removes what install put there, and the folders it leaves empty.
uninstall:
	rm -f $(INSTALLED)
	-rmdir $(DESTDIR)$(DATADIR)/aftoets/criteria $(DESTDIR)$(DATADIR)/aftoets 2>/dev/null


# The Debian package.
# make deb builds aftoets_VERSION_ARCH.deb at the top of the tree with
# dpkg-buildpackage from debian/, after installing what that needs
# (tests/deps.sh deb).  It builds in a fresh copy of the sources in
# $(BUILD)/deb/, so that the package is always compiled from scratch with
# Debian's hardening flags, the tree's own builds are left alone, and the
# leftovers (debian/aftoets/, the .buildinfo and .changes files, the
# -dbgsym package) stay in $(BUILD)/deb/ rather than in the tree and its
# parent folder.  The build ignores this make's variables and options
# (MAKEFLAGS is emptied); DEB_BUILD_OPTIONS=nocheck or parallel=N work.
.PHONY: deb clean-deb
DEB_ARCH = $(shell dpkg --print-architecture)
DEB	= aftoets_$(VERSION)_$(DEB_ARCH).deb
DEB_DIR	:= $(BUILD)/deb
DEB_SRC	:= Makefile LICENSE README.md debian include src criteria completions docs \
	   tests/unit

deb:
	@sh tests/deps.sh deb
	rm -rf $(DEB_DIR)
	mkdir -p $(DEB_DIR)/aftoets-$(VERSION)
	tar -cf - $(DEB_SRC) | tar -xf - -C $(DEB_DIR)/aftoets-$(VERSION)
	cd $(DEB_DIR)/aftoets-$(VERSION) && \
	    env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL dpkg-buildpackage -b --no-sign
	cp $(DEB_DIR)/$(DEB) .
	@echo "built $(DEB)"

# The package make deb copied here, and what dpkg-buildpackage leaves
# when it is run in the tree itself.
clean: clean-deb
clean-deb:
	rm -f aftoets_*.deb
	rm -rf debian/aftoets debian/.debhelper debian/files \
	    debian/*.substvars debian/debhelper-build-stamp \
	    debian/*.debhelper.log


# The static program and the OCI image.
# make static builds $(BUILD)/aftoets-static: linked with -static against
# Debian's libyaml.a, libjansson.a and glibc's libc.a, stripped, with the
# default catalog compiled in, and without the xlsx format (NO_XLSX=1):
# a static program cannot safely dlopen libxlsxwriter, and Debian has no
# static copy of it.  It is compiled in its own build folder, so the
# usual build is left alone, and runs in any Linux of its architecture,
# with no C library beside it.  tests/static/check.sh (make check-static)
# runs it in an empty root and compares its output with the usual build.
.PHONY: static check-static image check-image clean-image
STATIC_DIR := build-static
STATIC_BIN := $(BUILD)/aftoets-static
STRIP	?= strip

static:
	@sh tests/deps.sh static
	@$(MAKE) --no-print-directory BUILD=$(STATIC_DIR) NO_XLSX=1 \
	    BUILD_NOTE="static, without xlsx" EXTRA_LDFLAGS=-static \
	    $(STATIC_DIR)/aftoets
	@mkdir -p $(dir $(STATIC_BIN))
	$(STRIP) -o $(STATIC_BIN) $(STATIC_DIR)/aftoets
	@echo "built $(STATIC_BIN)"

check-static: static $(BIN)
	@sh tests/static/check.sh $(STATIC_BIN) $(BIN)

# make image builds aftoets-VERSION.oci.tar: an OCI image FROM scratch
# holding the static program only, as /aftoets, its entrypoint, with the
# labels of the OCI image spec, built with Debian's buildah (no daemon)
# by tests/static/image.sh and named aftoets:VERSION; podman load and
# docker load read it.  IMAGE_SOURCE, the source label, is the origin
# remote without its credentials; SOURCE_DATE_EPOCH, else the date of
# debian/changelog's first entry, dates it, so the image is the same
# for the same program.  make check-image (tests/static/check-image.sh)
# reads it back and runs the program from its layer.
IMAGE	:= aftoets-$(VERSION).oci.tar
# BUILDAH="buildah --storage-driver vfs" where overlay mounts are refused.
BUILDAH	?= buildah
IMAGE_SOURCE ?= $(or $(shell git config --get remote.origin.url 2>/dev/null | \
		sed 's|://[^/@]*@|://|'),unknown)
IMAGE_EPOCH ?= $(or $(SOURCE_DATE_EPOCH),$(shell date -d "$$(sed -n \
	       's/^ -- .*>  //p' $(VERSION_SRC) | head -n 1)" +%s))

image: static
	@sh tests/deps.sh image
	BUILDAH="$(BUILDAH)" sh tests/static/image.sh $(STATIC_BIN) \
	    $(VERSION) "$(IMAGE_SOURCE)" $(IMAGE_EPOCH) $(IMAGE)
	@echo "built $(IMAGE)"

check-image: image $(BIN)
	@sh tests/static/check-image.sh $(IMAGE) $(VERSION) $(BIN)

clean: clean-image
clean-image:
	rm -f aftoets-*.oci.tar

# parley: one non-recursive Makefile. `make help` lists the targets.
#
#   make deps   install the Debian packages parley needs (does nothing if present)
#   make        build ./parley and ./parley.so
#   make demo   deps + build + run on examples/articles
#   make test   deps + build + every test (C units under ASan+UBSan, Lua specs, CLI)

CC       ?= cc
BUILD    := build
# make V=1 shows the full compiler commands
V        ?= 0
ifeq ($(V),0)
Q        := @
SAY       = @printf '  %-6s %s\n'
else
Q        :=
SAY       = @true
endif
PKGS     := lua5.4 libuv sqlite3 libutf8proc libxxhash jansson
WARN     := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
            -Wpointer-arith -Wformat=2 -Wno-unused-parameter
CSTD     := -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
OPT      ?= -O2 -g
WERROR   ?=
DEPFLAGS  = -MMD -MP
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
# the core is built and unit-tested without Lua
CORE_LIBS  = $(shell pkg-config --libs $(filter-out lua5.4,$(PKGS)) 2>/dev/null)
LPEG_LIB  := $(shell pkg-config --variable=libdir lua5.4 2>/dev/null)/liblua5.4-lpeg.a
CFLAGS_ALL = $(CSTD) $(OPT) $(WARN) $(WERROR) $(PKG_CFLAGS) -Icore -Ibindings -I$(BUILD)/gen $(CFLAGS)
SAN      := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined

CORE_SRC := $(wildcard core/*.c)
BIND_SRC := $(filter-out bindings/main.c bindings/cli_%.c bindings/embed_gen.c,$(wildcard bindings/*.c))
CLI_SRC  := bindings/main.c $(wildcard bindings/cli_*.c)
SCRIPTS  := $(shell find scripts -name '*.lua' 2>/dev/null | LC_ALL=C sort)
RE_LUA   := /usr/share/lua/5.4/re.lua

CORE_OBJ := $(CORE_SRC:%.c=$(BUILD)/obj/%.o)
BIND_OBJ := $(BIND_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/embedded.o
CLI_OBJ  := $(CLI_SRC:%.c=$(BUILD)/obj/%.o)
# parley.so leaves out state.c: stock lua5.4 opens its own state.
SO_SRC   := $(filter-out bindings/state.c,$(BIND_SRC))
PIC_OBJ  := $(CORE_SRC:%.c=$(BUILD)/pic/%.o) $(SO_SRC:%.c=$(BUILD)/pic/%.o) $(BUILD)/pic/gen/embedded.o
SAN_CORE := $(CORE_SRC:%.c=$(BUILD)/san/%.o)

UNIT_SRC := $(wildcard tests/unit/test-*.c)
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all deps demo test test-unit test-lua test-e2e test-valgrind golden bench lint format \
        install clean help
.DEFAULT_GOAL := all

all: parley parley.so

help:
	@sed -n '1,8p' Makefile

# ---- dependencies ---------------------------------------------------------
deps:
	@sh tests/tools/deps.sh

# ---- build ----------------------------------------------------------------
$(BUILD)/libparley.a: $(CORE_OBJ)
	@mkdir -p $(@D)
	$(SAY) AR $@
	$(Q)$(AR) rcs $@ $^

parley: $(CLI_OBJ) $(BIND_OBJ) $(BUILD)/libparley.a
	$(SAY) LINK $@
	$(Q)$(CC) $(OPT) -o $@ $^ $(LPEG_LIB) $(PKG_LIBS) -lm $(LDFLAGS)

# parley.so for stock lua5.4 and busted: lpeg comes from the lua-lpeg package
# at run time (require "lpeg"), so only the core and the bindings are here.
parley.so: $(PIC_OBJ)
	$(SAY) LINK $@
	$(Q)$(CC) -shared -o $@ $^ $(filter-out -llua5.4,$(PKG_LIBS)) -lm $(LDFLAGS)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(@D)
	$(SAY) CC $<
	$(Q)$(CC) $(CFLAGS_ALL) $(DEPFLAGS) -c -o $@ $<

$(BUILD)/pic/%.o: %.c
	@mkdir -p $(@D)
	$(SAY) CC-PIC $<
	$(Q)$(CC) $(CFLAGS_ALL) -fPIC -DPLB_SHARED_MODULE $(DEPFLAGS) -c -o $@ $<

$(BUILD)/san/%.o: %.c
	@mkdir -p $(@D)
	$(SAY) CC-SAN $<
	$(Q)$(CC) $(CFLAGS_ALL) -O1 $(SAN) $(DEPFLAGS) -c -o $@ $<

# The shipped scripts (and LPeg's re.lua) are compiled into the binary so an
# installed parley works anywhere; --scripts DIR uses a user's copy instead.
$(BUILD)/embed_gen: bindings/embed_gen.c
	@mkdir -p $(@D)
	$(SAY) CC $<
	$(Q)$(CC) $(CSTD) -O1 $(WARN) -o $@ $<

$(BUILD)/gen/embedded.c: $(BUILD)/embed_gen $(SCRIPTS) $(RE_LUA) Makefile
	@mkdir -p $(@D)
	$(SAY) EMBED scripts/
	$(Q)$(BUILD)/embed_gen scripts $(RE_LUA) > $@.tmp && mv $@.tmp $@

$(BUILD)/obj/gen/embedded.o: $(BUILD)/gen/embedded.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS_ALL) -c -o $@ $<

$(BUILD)/pic/gen/embedded.o: $(BUILD)/gen/embedded.c
	@mkdir -p $(@D)
	$(Q)$(CC) $(CFLAGS_ALL) -fPIC -c -o $@ $<

# ---- demo -----------------------------------------------------------------
demo: deps
	@$(MAKE) --no-print-directory all
	@echo "./parley extract examples/articles"
	@./parley extract examples/articles

# ---- tests ----------------------------------------------------------------
$(BUILD)/tests/test-%: tests/unit/test-%.c $(wildcard tests/unit/*.h) $(SAN_CORE)
	@mkdir -p $(@D)
	$(SAY) TEST $@
	$(Q)$(CC) $(CFLAGS_ALL) -O1 $(SAN) -Itests/unit -o $@ $< $(SAN_CORE) $(CORE_LIBS) -lm

test: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory test-unit test-lua test-e2e test-valgrind

test-unit: $(UNIT_BIN)
	@! grep -ln 'include.*[<"]l\(ua\|auxlib\|ualib\)\.h' core/*.[ch] || \
	  { echo "core/ must never include lua.h (see STYLE.md)"; exit 1; }
	@sh tests/tools/run-units.sh $(UNIT_BIN)

test-lua: parley parley.so
	@sh tests/tools/run-lua-specs.sh

test-e2e: parley
	@sh tests/e2e/run.sh

test-valgrind: parley
	@sh tests/tools/valgrind.sh

golden: parley
	@sh tests/golden/update.sh

bench: parley
	@sh tests/bench/run.sh

lint:
	cppcheck --quiet --enable=warning,performance,portability --std=c11 \
	  --suppress=missingIncludeSystem -Icore -Ibindings core bindings

format:
	clang-format -i core/*.c core/*.h bindings/*.c bindings/*.h tests/unit/*.c tests/unit/*.h

PREFIX ?= /usr/local
install: parley parley.so
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/lua/5.4
	install -m 755 parley $(DESTDIR)$(PREFIX)/bin/parley
	install -m 644 parley.so $(DESTDIR)$(PREFIX)/lib/lua/5.4/parley.so

clean:
	rm -rf $(BUILD) parley parley.so

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

/* host.h: Lua states that parley owns, and the one gateway through which
 * C calls into Lua. The only header besides the binding files that includes
 * lua.h.
 *
 * Every C->Lua call goes through plb_call: it installs a traceback message
 * handler, arms an instruction budget (a count hook that, once tripped,
 * fires on every instruction so a script's own pcall cannot swallow it, as
 * Redis does), enforces the state's memory cap (through the allocator), and
 * turns any error into a pl_diag naming the script file:line, the rule and
 * the article. */
#ifndef PLB_HOST_H
#define PLB_HOST_H

#include <lua.h>
#include <stdint.h>

#include "parley.h"

#define PLB_DEFAULT_MEM ((size_t)512 << 20)
#define PLB_DEFAULT_BUDGET ((uint64_t)200000000)

typedef struct plb_limits {
  size_t mem_bytes;      /* memory cap of the state; 0 = none */
  uint64_t instructions; /* budget of one top-level plb_call; 0 = none */
} plb_limits;

/* What is being called, for error messages (the strings may be NULL), and
 * whether the call runs without a budget of its own. */
typedef struct plb_ctx {
  const char *rule;    /* rule name, e.g. "metadata" */
  const char *handler; /* "article", "sentence", "load", "script" */
  const char *article; /* article path */
  int unbudgeted;      /* 1 for a `parley run` script: no instruction budget,
                          but calls nested in it still arm their own */
} plb_ctx;

/* [-0, +0, -] Create a state with the standard libraries, lpeg and re
 * preloaded and loaded as globals, the parley module preloaded, and an
 * allocator capped at lim->mem_bytes. scripts_dir is where require finds
 * parley's scripts (data.*, lib.*, rules.*); NULL means the copies built
 * into the binary. Returns NULL (with d filled) if the state cannot start. */
lua_State *plb_state_new(const plb_limits *lim, const char *scripts_dir, pl_diag *d);

/* A bare state with the capped allocator and nothing opened (host.c);
 * plb_state_new (state.c) builds on it. NULL if out of memory. */
lua_State *plb__newstate(const plb_limits *lim);

/* [-0, +0, m] Replace the base library's xpcall in L by one whose message
 * handler cannot run outside the budget (host.c; state.c calls it). */
void plb__guard_globals(lua_State *L);

/* Close a state made by plb_state_new (NULL is fine). */
void plb_state_close(lua_State *L);

/* [-(nargs+1), +nresults or +0, -] Call the function below the nargs
 * arguments on the stack, like lua_pcall, inside the budget and the memory
 * cap. On error nothing is left on the stack, d gets the message (with
 * ctx), and PL_ESCRIPT is returned. Calls may nest: a call arms a budget of
 * plb_limits_of(L).instructions when no enclosing call has one (so a rule
 * handler run from an unbudgeted `parley run` script is still bounded), and
 * otherwise shares the enclosing budget. A hook set before the outermost
 * call (a debugger's, luacov's) is put back after it. */
int plb_call(lua_State *L, int nargs, int nresults, const plb_ctx *ctx, pl_diag *d);

/* [-0, +0, -] The limits of L: those given to plb_state_new (or set
 * since), or for a state parley did not create (parley.so inside stock
 * lua5.4) no memory cap and the budget set by plb_set_limits, by default
 * PLB_DEFAULT_BUDGET. */
plb_limits plb_limits_of(lua_State *L);

/* [-0, +0, m] Change the limits of L for the calls that start after this
 * one. In a state parley did not create only the budget can change (kept
 * in the registry); lim->mem_bytes is ignored there. */
void plb_set_limits(lua_State *L, const plb_limits *lim);

/* [-0, +0, -] 1 if plb_state_new made L (its allocator enforces a memory
 * cap), 0 for a state made by someone else (stock lua5.4). */
int plb_state_is_own(lua_State *L);

/* The traceback of the last failed plb_call on this thread ("" if none). */
const char *plb_last_traceback(void);

/* The rule currently running on this thread (for a:remove_line), or NULL. */
const char *plb_current_rule(void);

#endif

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

/* What is being called, for error messages. All fields may be NULL. */
typedef struct plb_ctx {
  const char *rule;    /* rule name, e.g. "metadata" */
  const char *handler; /* "article", "sentence", "load", "script" */
  const char *article; /* article path */
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

/* Close a state made by plb_state_new (NULL is fine). */
void plb_state_close(lua_State *L);

/* [-(nargs+1), +nresults or +0, -] Call the function below the nargs
 * arguments on the stack, like lua_pcall, inside the budget and the memory
 * cap. On error nothing is left on the stack, d gets the message (with
 * ctx), and PL_ESCRIPT is returned. Calls may nest; the outermost arms the
 * budget and the inner ones share it. */
int plb_call(lua_State *L, int nargs, int nresults, const plb_ctx *ctx, pl_diag *d);

/* The limits of L: those given to plb_state_new, or the defaults for a
 * state parley did not create (parley.so inside stock lua5.4). */
plb_limits plb_limits_of(lua_State *L);

/* Change the budget of a state made by plb_state_new (tests, --budget). */
void plb_set_limits(lua_State *L, const plb_limits *lim);

/* The traceback of the last failed plb_call on this thread ("" if none). */
const char *plb_last_traceback(void);

/* The rule currently running on this thread (for a:remove_line), or NULL. */
const char *plb_current_rule(void);

#endif

/* host.c: parley's Lua states: a capped allocator, the instruction budget
 * hook and the plb_call gateway. Everything that calls a Lua function from C
 * comes through here, so no script error or runaway loop escapes it. */
#include "host.h"

#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>


#define HOOK_STEP 1000
/* Once the cap trips, error handling (message, traceback) may still
 * allocate this much more. */
#define MEM_HEADROOM ((size_t)1 << 20)

/* The allocator's user data; also holds the limits of states we own. */
typedef struct plb_sandbox {
  plb_limits lim;
  size_t used;
  int mem_tripped;
} plb_sandbox;

/* The budget of the outermost plb_call running on this thread. */
typedef struct plb_guard {
  uint64_t limit, used;
  int tripped;
  plb_sandbox *sb;
  const char *rule;
} plb_guard;

static _Thread_local plb_guard *current_guard;
static _Thread_local char last_traceback[4096];

static void *capped_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  plb_sandbox *sb = ud;
  if (ptr == NULL) osize = 0;
  if (nsize == 0) {
    free(ptr);
    sb->used -= osize;
    return NULL;
  }
  if (sb->lim.mem_bytes && nsize > osize) {
    size_t cap = sb->lim.mem_bytes + (sb->mem_tripped ? MEM_HEADROOM : 0);
    if (sb->used - osize + nsize > cap) {
      sb->mem_tripped = 1;
      return NULL; /* Lua collects garbage, retries, then raises "not enough memory" */
    }
  }
  void *p = realloc(ptr, nsize);
  if (p) sb->used = sb->used - osize + nsize;
  return p;
}

static plb_sandbox *sandbox_of(lua_State *L) {
  void *ud = NULL;
  lua_Alloc f = lua_getallocf(L, &ud);
  return f == capped_alloc ? ud : NULL;
}

#define BUDGET_KEY "parley.budget"

int plb_state_is_own(lua_State *L) { return sandbox_of(L) != NULL; }

plb_limits plb_limits_of(lua_State *L) {
  plb_sandbox *sb = sandbox_of(L);
  if (sb) return sb->lim;
  plb_limits d = {0, PLB_DEFAULT_BUDGET};
  /* Stock lua5.4 gives us no place of our own but the registry. */
  if (lua_getfield(L, LUA_REGISTRYINDEX, BUDGET_KEY) == LUA_TNUMBER)
    d.instructions = (uint64_t)lua_tointeger(L, -1);
  lua_pop(L, 1);
  return d;
}

void plb_set_limits(lua_State *L, const plb_limits *lim) {
  plb_sandbox *sb = sandbox_of(L);
  if (sb) {
    sb->lim = *lim;
    return;
  }
  lua_pushinteger(L, (lua_Integer)lim->instructions);
  lua_setfield(L, LUA_REGISTRYINDEX, BUDGET_KEY);
}

const char *plb_last_traceback(void) { return last_traceback; }

const char *plb_current_rule(void) { return current_guard ? current_guard->rule : NULL; }

/* The count hook. Before the budget runs out it only counts; after, it
 * re-arms itself to run on every instruction and raises each time, so a
 * pcall in the script catches the error only to hit it again at once. */
static void budget_hook(lua_State *L, lua_Debug *ar) {
  plb_guard *g = current_guard;
  if (!g) return;
  if (!g->tripped) {
    /* The count of this thread, not HOOK_STEP: a coroutine keeps the count
     * it inherited when it was created, possibly 1 from a tripped call. */
    g->used += (uint64_t)lua_gethookcount(L);
    int over_budget = g->limit && g->used >= g->limit;
    int over_mem = g->sb && g->sb->mem_tripped;
    if (!over_budget && !over_mem) return;
    g->tripped = over_budget ? 1 : 2;
    lua_sethook(L, budget_hook, LUA_MASKCOUNT, 1);
  }
  char msg[128];
  /* The memory error carries no file:line: whether the hook or the failed
   * allocation itself (a LUA_ERRMEM, which Lua gives no position) reports
   * it first depends on where the hook's count stands, and the message
   * must not. describe_error says the same for LUA_ERRMEM. */
  if (g->tripped == 2) {
    snprintf(msg, sizeof msg, "memory limit exceeded (%zu MiB; raise it with --mem-limit)",
             g->sb->lim.mem_bytes >> 20);
    lua_pushstring(L, msg);
    lua_error(L);
  }
  snprintf(msg, sizeof msg, "instruction budget exceeded (%llu instructions; raise it with --budget)",
           (unsigned long long)g->limit);
  /* luaL_where does not see the interrupted function from a hook; ar does. */
  if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0)
    luaL_error(L, "%s:%d: %s", ar->short_src, ar->currentline, msg);
  luaL_error(L, "%s", msg);
}

/* The message handler given to xpcall, wrapped. Lua runs the message
 * handler of an error raised in a hook with hooks off, and the budget hook
 * raises only once tripped: a handler that loops would then escape the
 * budget for good. So once tripped the handler is not called at all. */
static int guarded_msgh(lua_State *L) {
  if (current_guard && current_guard->tripped) return 1; /* the error as it is */
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

/* As lbaselib.c's finishpcall. */
static int finish_xpcall(lua_State *L, int status, lua_KContext extra) {
  if (status != LUA_OK && status != LUA_YIELD) {
    lua_pushboolean(L, 0);
    lua_pushvalue(L, -2);
    return 2;
  }
  return lua_gettop(L) - (int)extra;
}

/* xpcall(f, msgh, ...) as in the base library, with msgh guarded. */
static int l_xpcall(lua_State *L) {
  int n = lua_gettop(L);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_pushvalue(L, 2);
  lua_pushcclosure(L, guarded_msgh, 1);
  lua_replace(L, 2);
  lua_pushboolean(L, 1);
  lua_pushvalue(L, 1);
  lua_rotate(L, 3, 2); /* true and f below f's arguments */
  int status = lua_pcallk(L, n - 2, LUA_MULTRET, 2, 2, finish_xpcall);
  return finish_xpcall(L, status, 2);
}

void plb__guard_globals(lua_State *L) {
  lua_pushcfunction(L, l_xpcall);
  lua_setglobal(L, "xpcall");
}

/* Message handler: make any error value a string and keep the traceback. */
static int traceback_handler(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
      msg = lua_tostring(L, -1);
    else
      msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);
  const char *tb = lua_tostring(L, -1);
  snprintf(last_traceback, sizeof last_traceback, "%s", tb ? tb : msg);
  lua_pushstring(L, msg);
  return 1;
}

static void describe_error(lua_State *L, int status, const plb_ctx *ctx, pl_diag *d) {
  const char *msg = lua_tostring(L, -1);
  if (!msg) msg = status == LUA_ERRMEM ? "not enough memory" : "unknown error";
  char where[256] = "";
  if (ctx && ctx->rule)
    snprintf(where, sizeof where, " (rule '%s'%s%s%s)", ctx->rule,
             ctx->handler ? ", " : "", ctx->handler ? ctx->handler : "",
             ctx->handler ? " handler" : "");
  else if (ctx && ctx->handler)
    snprintf(where, sizeof where, " (%s)", ctx->handler);
  plb_sandbox *sb = sandbox_of(L);
  /* One allocation past the cap fails at once, before the hook can speak;
   * say the same as the hook does. Lua gives such errors no position. */
  if (status == LUA_ERRMEM && sb && sb->lim.mem_bytes)
    pl_diag_set(d, PL_ESCRIPT, ctx ? ctx->article : NULL,
                "memory limit exceeded (%zu MiB; raise it with --mem-limit)%s",
                sb->lim.mem_bytes >> 20, where);
  else
    pl_diag_set(d, PL_ESCRIPT, ctx ? ctx->article : NULL, "%s%s", msg, where);
}

/* The hook a call found on L, put back when it ends. */
typedef struct saved_hook {
  lua_Hook fn;
  int mask, count;
} saved_hook;

/* Arm guard g on L for a call with ctx: its own budget and the rule name. */
static void arm_guard(lua_State *L, plb_guard *g, const plb_ctx *ctx) {
  g->sb = sandbox_of(L);
  g->limit = ctx && ctx->unbudgeted ? 0 : plb_limits_of(L).instructions;
  g->rule = ctx ? ctx->rule : NULL;
  current_guard = g;
  lua_sethook(L, budget_hook, LUA_MASKCOUNT, HOOK_STEP);
}

/* End guard g: give the memory back if the cap tripped, and restore the
 * enclosing guard and its hook (or the hook found before the first call). */
static void disarm_guard(lua_State *L, plb_guard *g, plb_guard *outer, const saved_hook *h) {
  current_guard = outer;
  if (outer) lua_sethook(L, budget_hook, LUA_MASKCOUNT, outer->tripped ? 1 : HOOK_STEP);
  else lua_sethook(L, h->fn, h->mask, h->count);
  if (g->sb && g->sb->mem_tripped) {
    /* What the failed call allocated is garbage now; collect it before
     * the enclosing call (if any) counts the cap as tripped. */
    g->sb->mem_tripped = 0;
    lua_gc(L, LUA_GCCOLLECT);
  }
}

int plb_call(lua_State *L, int nargs, int nresults, const plb_ctx *ctx, pl_diag *d) {
  int base = lua_gettop(L) - nargs;
  lua_pushcfunction(L, traceback_handler);
  lua_insert(L, base);
  plb_guard guard = {0}, *outer = current_guard;
  saved_hook hook = {lua_gethook(L), lua_gethookmask(L), lua_gethookcount(L)};
  const char *outer_rule = outer ? outer->rule : NULL;
  /* An enclosing unbudgeted call (a `parley run` script) does not exempt
   * the handlers it runs: they arm a budget of their own. */
  int own = !outer || (outer->limit == 0 && !(ctx && ctx->unbudgeted) &&
                       plb_limits_of(L).instructions != 0);
  if (own) arm_guard(L, &guard, ctx);
  else if (ctx && ctx->rule) outer->rule = ctx->rule;
  int status = lua_pcall(L, nargs, nresults, base);
  if (own) disarm_guard(L, &guard, outer, &hook);
  else outer->rule = outer_rule;
  lua_remove(L, base);
  if (status == LUA_OK) return PL_OK;
  describe_error(L, status, ctx, d);
  lua_pop(L, 1);
  return PL_ESCRIPT;
}

lua_State *plb__newstate(const plb_limits *lim) {
  plb_sandbox *sb = pl_xcalloc(1, sizeof *sb);
  sb->lim = *lim;
  lua_State *L = lua_newstate(capped_alloc, sb);
  if (!L) free(sb);
  return L;
}

void plb_state_close(lua_State *L) {
  if (!L) return;
  plb_sandbox *sb = sandbox_of(L);
  lua_close(L);
  free(sb);
}

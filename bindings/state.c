/* state.c: opening a Lua state for the parley executable: standard
 * libraries, LPeg linked statically, re, the parley module and the script
 * searcher. Not part of parley.so, where stock lua5.4 opens the state. */
#include <lauxlib.h>
#include <lualib.h>
#include <stdio.h>

#include "host.h"
#include "scripts.h"

int luaopen_lpeg(lua_State *L);
int luaopen_parley(lua_State *L);

/* Lua 5.4 turns errors in __gc metamethods into warnings; print them rather
 * than lose them. */
static void print_warning(void *ud, const char *msg, int tocont) {
  int *cont = ud;
  if (!*cont) fputs("parley: Lua warning: ", stderr);
  fputs(msg, stderr);
  if (!tocont) fputc('\n', stderr);
  *cont = tocont;
}

static _Thread_local int warn_cont;

static int open_state(lua_State *L) {
  const char *dir = lua_touserdata(L, 1);
  luaL_openlibs(L);
  plb__guard_globals(L);
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  lua_pushcfunction(L, luaopen_lpeg);
  lua_setfield(L, -2, "lpeg");
  lua_pushcfunction(L, luaopen_parley);
  lua_setfield(L, -2, "parley");
  lua_pop(L, 1);
  plb_scripts_install(L, dir);
  static const char *const globals[] = {"lpeg", "re", "parley", NULL};
  for (int i = 0; globals[i]; i++) {
    lua_getglobal(L, "require");
    lua_pushstring(L, globals[i]);
    lua_call(L, 1, 1);
    lua_setglobal(L, globals[i]);
  }
  return 0;
}

lua_State *plb_state_new(const plb_limits *lim, const char *scripts_dir, pl_diag *d) {
  lua_State *L = plb__newstate(lim);
  if (!L) {
    pl_diag_set(d, PL_ESCRIPT, NULL, "cannot create a Lua state (memory limit too low?)");
    return NULL;
  }
  lua_setwarnf(L, print_warning, &warn_cont);
  lua_pushcfunction(L, open_state);
  lua_pushlightuserdata(L, (void *)scripts_dir);
  plb_ctx ctx = {NULL, "start-up", NULL, 0};
  if (plb_call(L, 1, 0, &ctx, d) != PL_OK) {
    plb_state_close(L);
    return NULL;
  }
  return L;
}

/* parley_lua.c: the `parley` module, the same inside the parley executable
 * (require "parley", or the global parley) and as parley.so for stock
 * lua5.4 and busted. Failures of the world return nil, message, code;
 * misuse raises. */
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "plb.h"
#include "scripts.h"

int luaopen_parley(lua_State *L);

int plb_push_failure(lua_State *L, const pl_diag *d) {
  lua_pushnil(L);
  if (d->path[0]) lua_pushfstring(L, "%s: %s", d->path, d->msg);
  else lua_pushstring(L, d->msg);
  lua_pushstring(L, pl_strerror(d->code));
  return 3;
}

/* {max_size = bytes} -> limits */
static void limits_from_opts(lua_State *L, int idx, pl_limits *lim) {
  lim->max_bytes = PL_DEFAULT_MAX_BYTES;
  if (lua_isnoneornil(L, idx)) return;
  luaL_checktype(L, idx, LUA_TTABLE);
  if (lua_getfield(L, idx, "max_size") != LUA_TNIL) {
    lua_Integer n = luaL_checkinteger(L, -1);
    if (n <= 0) luaL_error(L, "max_size must be a positive number of bytes");
    lim->max_bytes = (size_t)n;
  }
  lua_pop(L, 1);
}

/* parley.load(path [, opts]) -> article | nil, message, code */
static int l_load(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  pl_limits lim;
  limits_from_opts(L, 2, &lim);
  pl_article *a = NULL;
  pl_diag d;
  if (pl_article_load(path, &lim, &a, &d) != PL_OK) return plb_push_failure(L, &d);
  plb_push_article(L, a);
  pl_article_unref(a);
  return 1;
}

/* parley.from_string(text [, path [, opts]]) -> article | nil, message, code */
static int l_from_string(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  const char *path = luaL_optstring(L, 2, "(string)");
  pl_limits lim;
  limits_from_opts(L, 3, &lim);
  pl_article *a = NULL;
  pl_diag d;
  if (pl_article_from_memory(s, n, path, &lim, &a, &d) != PL_OK) return plb_push_failure(L, &d);
  plb_push_article(L, a);
  pl_article_unref(a);
  return 1;
}

static int ensure_rules(lua_State *L) {
  if (plb_rules_count(L) >= 0) return PL_OK;
  pl_diag d;
  if (plb_rules_load(L, NULL, 0, &d) != PL_OK) return luaL_error(L, "%s", d.msg);
  return PL_OK;
}

/* parley.extract(path | article [, opts]) -> article | nil, message, code
 * Loads the article if given a path and runs the loaded rules over it (the
 * default rules are loaded on first use). An article can be extracted once:
 * its metadata and removals are fixed after that. */
static int l_extract(lua_State *L) {
  ensure_rules(L);
  pl_article *a = NULL;
  pl_diag d;
  if (lua_type(L, 1) == LUA_TSTRING) {
    pl_limits lim;
    limits_from_opts(L, 2, &lim);
    if (pl_article_load(lua_tostring(L, 1), &lim, &a, &d) != PL_OK) return plb_push_failure(L, &d);
    plb_push_article(L, a);
    pl_article_unref(a);
    lua_replace(L, 1);
  } else {
    a = plb_check_article(L, 1);
    if (a->segmented) return luaL_argerror(L, 1, "article was already extracted or segmented");
  }
  lua_settop(L, 1);
  if (plb_rules_run(L, a, &d) != PL_OK) return plb_push_failure(L, &d);
  return 1;
}

/* parley.load_rules([files]) -> number of rules | nil, message, code
 * Reload the rules from the script folder plus the given extra files. */
static int l_load_rules(lua_State *L) {
  const char *extra[64];
  size_t n = 0;
  if (!lua_isnoneornil(L, 1)) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_Integer len = (lua_Integer)lua_rawlen(L, 1);
    luaL_argcheck(L, len <= 64, 1, "at most 64 extra rule files");
    for (lua_Integer i = 1; i <= len; i++) {
      lua_rawgeti(L, 1, i);
      extra[n++] = luaL_checkstring(L, -1); /* anchored by the argument table */
      lua_pop(L, 1);
    }
  }
  pl_diag d;
  if (plb_rules_load(L, extra, n, &d) != PL_OK) return plb_push_failure(L, &d);
  lua_pushinteger(L, plb_rules_count(L));
  return 1;
}

/* parley.rules() -> array of {name, file, article = bool, sentence = bool} */
static int l_rules(lua_State *L) {
  ensure_rules(L);
  lua_newtable(L);
  lua_getfield(L, LUA_REGISTRYINDEX, "parley.rules");
  lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, -1, i);
    lua_createtable(L, 0, 4);
    static const char *const keys[] = {"name", "file", "description", NULL};
    for (int k = 0; keys[k]; k++) {
      lua_getfield(L, -2, keys[k]);
      lua_setfield(L, -2, keys[k]);
    }
    static const char *const kinds[] = {"article", "sentence", NULL};
    for (int k = 0; kinds[k]; k++) {
      lua_pushboolean(L, lua_getfield(L, -2, kinds[k]) == LUA_TFUNCTION);
      lua_setfield(L, -3, kinds[k]);
      lua_pop(L, 1);
    }
    lua_rawseti(L, -4, i);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return 1;
}

/* parley.scripts_dir() -> folder or nil (built-in scripts) */
static int l_scripts_dir(lua_State *L) {
  const char *dir = plb_scripts_dir(L);
  if (dir) lua_pushstring(L, dir);
  else lua_pushnil(L);
  return 1;
}

static const luaL_Reg functions[] = {
    {"load", l_load},           {"from_string", l_from_string}, {"extract", l_extract},
    {"load_rules", l_load_rules}, {"rules", l_rules},           {"scripts_dir", l_scripts_dir},
    {NULL, NULL}};

int luaopen_parley(lua_State *L) {
  plb_article_open(L);
  lua_getfield(L, LUA_REGISTRYINDEX, "parley.searcher");
  int has_searcher = lua_toboolean(L, -1);
  lua_pop(L, 1);
  /* Inside stock lua5.4: scripts from $PARLEY_SCRIPTS, else the built-in ones. */
  if (!has_searcher) plb_scripts_install(L, getenv("PARLEY_SCRIPTS"));
  luaL_newlib(L, functions);
  lua_pushstring(L, PL_VERSION);
  lua_setfield(L, -2, "version");
  lua_pushinteger(L, (lua_Integer)PL_DEFAULT_MAX_BYTES);
  lua_setfield(L, -2, "default_max_size");
  return 1;
}

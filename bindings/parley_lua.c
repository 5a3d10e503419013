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

/* [-0, +0, v] {max_size = bytes} at idx (optional) -> limits; raises on an
 * unknown key or a max_size that is not a positive whole number. */
static void limits_from_opts(lua_State *L, int idx, pl_limits *lim) {
  lim->max_bytes = PL_DEFAULT_MAX_BYTES;
  if (lua_isnoneornil(L, idx)) return;
  luaL_checktype(L, idx, LUA_TTABLE);
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING || strcmp(lua_tostring(L, -1), "max_size") != 0)
      luaL_error(L, "unknown option '%s' (the only option is max_size)",
                 lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : luaL_typename(L, -1));
  }
  if (lua_getfield(L, idx, "max_size") != LUA_TNIL) {
    int ok;
    lua_Integer n = lua_tointegerx(L, -1, &ok);
    if (!ok || n <= 0) luaL_error(L, "max_size must be a positive number of bytes");
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
    if (a->finished) return luaL_argerror(L, 1, "article was already extracted");
  }
  lua_settop(L, 1);
  if (plb_rules_run_object(L, 1, &d) != PL_OK) return plb_push_failure(L, &d);
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
      /* Only real strings: a number converted by lua_tostring would live
       * in the stack slot popped below, not in the table. */
      if (lua_rawgeti(L, 1, i) != LUA_TSTRING)
        return luaL_error(L, "parley.load_rules: item %d must be a file name (a string), not a %s",
                          (int)i, luaL_typename(L, -1));
      extra[n++] = lua_tostring(L, -1); /* anchored by the argument table */
      lua_pop(L, 1);
    }
  }
  pl_diag d;
  if (plb_rules_load(L, extra, n, &d) != PL_OK) return plb_push_failure(L, &d);
  lua_pushinteger(L, plb_rules_count(L));
  return 1;
}

/* parley.rules() -> array of {name, file, description, and for each handler
 * kind (article, sentences, sentence, meetings, meeting) whether it has one} */
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
    static const char *const kinds[] = {"article", "sentences", "sentence", "meetings",
                                        "meeting", NULL};
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

/* Read limit key k of the table at idx into *v (0 = none); raise if it is
 * not a non-negative integer. Returns 1 if the key is present. */
static int limit_field(lua_State *L, int idx, const char *k, uint64_t *v) {
  int t = lua_getfield(L, idx, k);
  if (t != LUA_TNIL) {
    int ok;
    lua_Integer n = lua_tointegerx(L, -1, &ok);
    if (!ok || n < 0)
      luaL_error(L, "parley.set_limits: %s must be a whole number >= 0 (0 = none), not %s", k,
                 t == LUA_TNUMBER ? lua_tostring(L, -1) : luaL_typename(L, -1));
    *v = (uint64_t)n;
  }
  lua_pop(L, 1);
  return t != LUA_TNIL;
}

/* parley.set_limits{instructions = n, memory = bytes} -> the previous limits
 * instructions: budget of each call into rules that is not nested in a
 * budgeted one (0 = none); memory: cap of the whole state (0 = none), only
 * in states parley creates. Changes apply to calls that start afterwards. */
static int l_set_limits(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  if (plb_current_rule())
    return luaL_error(L, "parley.set_limits cannot be called from a rule handler");
  lua_pushnil(L);
  while (lua_next(L, 1)) {
    lua_pop(L, 1);
    const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "";
    if (strcmp(k, "instructions") != 0 && strcmp(k, "memory") != 0)
      return luaL_error(L, "parley.set_limits: unknown key '%s' (known keys: instructions, "
                        "memory)", lua_type(L, -1) == LUA_TSTRING ? k : luaL_typename(L, -1));
  }
  plb_limits lim = plb_limits_of(L), old = lim;
  uint64_t mem = lim.mem_bytes;
  limit_field(L, 1, "instructions", &lim.instructions);
  if (limit_field(L, 1, "memory", &mem)) {
    if (!plb_state_is_own(L))
      return luaL_error(L, "parley.set_limits: memory can only be capped in states parley "
                        "creates (parley run --mem-limit), not in this lua5.4");
    if (mem && mem < ((uint64_t)1 << 20))
      return luaL_error(L, "parley.set_limits: memory must be 0 (none) or at least 1 MiB");
    lim.mem_bytes = (size_t)mem;
  }
  lua_createtable(L, 0, 2);
  lua_pushinteger(L, (lua_Integer)old.instructions);
  lua_setfield(L, -2, "instructions");
  if (plb_state_is_own(L)) {
    lua_pushinteger(L, (lua_Integer)old.mem_bytes);
    lua_setfield(L, -2, "memory");
  }
  plb_set_limits(L, &lim);
  return 1;
}

/* parley.script_names(prefix) -> sorted array of the script names in the
 * folder prefix ("data/actors/") of the script source, so data tables can
 * be split into files a user may add to */
static int l_script_names(lua_State *L) {
  const char *prefix = luaL_checkstring(L, 1);
  size_t n = strlen(prefix);
  luaL_argcheck(L, n > 0 && prefix[n - 1] == '/' && !strstr(prefix, ".."), 1,
                "a folder inside the scripts, ending with '/'");
  plb_scripts_list(L, prefix);
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
    {"script_names", l_script_names},
    {"set_limits", l_set_limits}, {"shape", plb_l_shape},
    {"lexicon", plb_l_lexicon}, {NULL, NULL}};

int luaopen_parley(lua_State *L) {
  plb_article_open(L);
  lua_getfield(L, LUA_REGISTRYINDEX, "parley.searcher");
  int has_searcher = lua_toboolean(L, -1);
  lua_pop(L, 1);
  /* Inside stock lua5.4: scripts from $PARLEY_SCRIPTS, else the built-in ones. */
  if (!has_searcher) plb_scripts_install(L, getenv("PARLEY_SCRIPTS"));
  luaL_newlib(L, functions);
  plb_open_date(L);
  lua_setfield(L, -2, "date");
  lua_pushstring(L, PL_VERSION);
  lua_setfield(L, -2, "version");
  lua_pushinteger(L, (lua_Integer)PL_DEFAULT_MAX_BYTES);
  lua_setfield(L, -2, "default_max_size");
  return 1;
}

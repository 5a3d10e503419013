/* shape_lua.c: parley.shape(s [, words]), the line-shape measures the
 * boilerplate rule weighs, computed in C (core/shape.h).
 *
 * The function words come as a Lua set (word -> true). Turning it into a C
 * hash set costs far more than measuring a line, so the C set is built the
 * first time a table is passed and kept for that table (by identity) in a
 * weak-keyed cache: later changes to the table are not seen, and a caller
 * that changes its words passes a new table (lib/text.lua does). */
#include "plb.h"
#include "shape.h"

#define WORDS_MT "parley.shape_words"
#define CACHE_KEY "parley.shape_words_cache"

typedef struct words_box {
  pl_strmap *set; /* NULL until filled, and after __gc */
} words_box;

static int words_gc(lua_State *L) {
  words_box *b = luaL_checkudata(L, 1, WORDS_MT);
  pl_strmap_free(b->set);
  b->set = NULL;
  return 0;
}

/* [-0, +1, m] Push the cache table (table -> words box, weak keys). */
static void push_cache(lua_State *L) {
  if (lua_getfield(L, LUA_REGISTRYINDEX, CACHE_KEY) == LUA_TTABLE) return;
  lua_pop(L, 1);
  lua_newtable(L);
  lua_createtable(L, 0, 1);
  lua_pushliteral(L, "k");
  lua_setfield(L, -2, "__mode");
  lua_setmetatable(L, -2);
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, CACHE_KEY);
}

/* [-0, +1, m] Push a new words box holding the string keys of the table at
 * idx whose values are true (as `if set[w]` would read them). The box is
 * created closed and filled after, so __gc is safe if anything raises. */
static words_box *new_words(lua_State *L, int idx) {
  words_box *b = lua_newuserdatauv(L, sizeof *b, 0);
  b->set = NULL;
  if (luaL_newmetatable(L, WORDS_MT)) {
    lua_pushcfunction(L, words_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  b->set = pl_strmap_new();
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    size_t n;
    if (lua_type(L, -2) == LUA_TSTRING && lua_toboolean(L, -1)) {
      const char *w = lua_tolstring(L, -2, &n);
      pl_strmap_put(b->set, w, n, 1);
    }
    lua_pop(L, 1);
  }
  return b;
}

/* [-0, +0, m] The C set of the word table at idx, built on first use. */
static const pl_strmap *check_words(lua_State *L, int idx) {
  luaL_checktype(L, idx, LUA_TTABLE);
  push_cache(L);
  lua_pushvalue(L, idx);
  if (lua_rawget(L, -2) == LUA_TUSERDATA) {
    const pl_strmap *set = ((words_box *)lua_touserdata(L, -1))->set;
    lua_pop(L, 2);
    return set;
  }
  lua_pop(L, 1);
  words_box *b = new_words(L, idx);
  lua_pushvalue(L, idx);
  lua_pushvalue(L, -2);
  lua_rawset(L, -4); /* cache[table] = box; the table keeps the box alive */
  lua_pop(L, 2);
  return b->set;
}

static void set_int(lua_State *L, const char *k, lua_Integer v) {
  lua_pushinteger(L, v);
  lua_setfield(L, -2, k);
}

static void set_bool(lua_State *L, const char *k, int v) {
  lua_pushboolean(L, v);
  lua_setfield(L, -2, k);
}

/* A ratio whose denominator was not positive is the integer 0, as the Lua
 * expression `d > 0 and x / d or 0` gave. */
static void set_ratio(lua_State *L, const char *k, int defined, double v) {
  if (defined) lua_pushnumber(L, v);
  else lua_pushinteger(L, 0);
  lua_setfield(L, -2, k);
}

/* [-0, +1, m] Push the shape table of the line s. */
static void push_shape(lua_State *L, const char *s, const pl_shape *sh) {
  lua_createtable(L, 0, 24);
  set_int(L, "bytes", (lua_Integer)sh->bytes);
  set_bool(L, "sampled", sh->sampled);
  set_int(L, "tokens", sh->tokens);
  set_int(L, "words", sh->words);
  set_int(L, "caps", sh->caps);
  set_int(L, "lower", sh->lower);
  set_int(L, "allcaps", sh->allcaps);
  set_int(L, "stops", sh->stops);
  set_int(L, "camel", sh->camel);
  set_int(L, "mixed", sh->mixed);
  set_int(L, "numbers", sh->numbers);
  set_int(L, "seps", sh->seps);
  set_int(L, "commas", sh->commas);
  set_int(L, "excl", sh->excl);
  set_int(L, "you", sh->you);
  set_int(L, "we", sh->we);
  set_int(L, "breaks", sh->breaks);
  set_bool(L, "quote", sh->quote);
  lua_pushlstring(L, s + sh->last_off, sh->last_len);
  lua_setfield(L, -2, "last");
  set_bool(L, "sentence", sh->sentence);
  set_bool(L, "plain", sh->plain);
  set_ratio(L, "stop_ratio", sh->words > 0, sh->stop_ratio);
  set_ratio(L, "cap_ratio", sh->words - sh->stops > 0, sh->cap_ratio);
}

/* parley.shape(s [, words]) -> table of the measures of the line s (fields
 * as pl_shape: bytes, sampled, tokens, words, caps, lower, allcaps, stops,
 * camel, mixed, numbers, seps, commas, excl, you, we, breaks, quote, last,
 * sentence, plain, stop_ratio, cap_ratio), or nil when s is longer than
 * 2000 bytes. words is a set of lower-case function words (word -> true);
 * without it no word counts as one. Raises on arguments of the wrong type. */
int plb_l_shape(lua_State *L) {
  size_t n;
  luaL_checktype(L, 1, LUA_TSTRING);
  const char *s = lua_tolstring(L, 1, &n);
  const pl_strmap *set = lua_isnoneornil(L, 2) ? NULL : check_words(L, 2);
  pl_shape sh;
  if (pl_shape_measure(s, n, set, &sh) != PL_OK) {
    lua_pushnil(L);
    return 1;
  }
  push_shape(L, s, &sh);
  return 1;
}

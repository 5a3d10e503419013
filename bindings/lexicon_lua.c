/* lexicon_lua.c: parley.lexicon(), the phrase look-up of core/lexicon.h as
 * a Lua object. Rules fill one at load time from their data tables and scan
 * sentences with it; results come back as one flat array so a scan costs a
 * single table however many phrases it finds. */
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"
#include "plb.h"

#define LEXICON_MT "parley.lexicon"
#define MATCHES_MT "parley.lexicon_matches"

typedef struct lexicon_box {
  pl_lexicon *lx;
} lexicon_box;

static pl_lexicon *check_lexicon(lua_State *L, int idx) {
  lexicon_box *box = luaL_checkudata(L, idx, LEXICON_MT);
  if (!box->lx) luaL_argerror(L, idx, "lexicon is closed");
  return box->lx;
}

static int l_lexicon_gc(lua_State *L) {
  lexicon_box *box = luaL_checkudata(L, 1, LEXICON_MT);
  pl_lexicon_free(box->lx);
  box->lx = NULL;
  return 0;
}

/* lx:add(phrase, kind, value [, fold]) -> lx
 * kind and value are integers >= 0 of the caller's choosing; fold = true
 * makes the phrase match in any letter case. */
static int l_lexicon_add(lua_State *L) {
  pl_lexicon *lx = check_lexicon(L, 1);
  size_t len;
  const char *phrase = luaL_checklstring(L, 2, &len);
  luaL_argcheck(L, strlen(phrase) == len, 2, "phrase contains a NUL byte");
  lua_Integer kind = luaL_checkinteger(L, 3), value = luaL_checkinteger(L, 4);
  luaL_argcheck(L, kind >= 0 && kind <= INT32_MAX, 3, "kind must be an integer >= 0");
  luaL_argcheck(L, value >= INT32_MIN && value <= INT32_MAX, 4, "value out of range");
  int flags = lua_toboolean(L, 5) ? PL_LEX_FOLD : 0;
  if (pl_lexicon_add(lx, phrase, (int)kind, (int)value, flags) != PL_OK)
    return luaL_error(L, "lexicon: cannot add '%s' (no words, or more than %d tokens)", phrase,
                      PL_LEXICON_MAX_TOKENS);
  lua_settop(L, 1);
  return 1;
}

/* Push the matches as {start1, stop1, kind1, value1, start2, ...}, offsets
 * 1-based and inclusive, shifted by `base`. */
static void push_matches(lua_State *L, const pl_match *m, size_t n, lua_Integer base) {
  lua_createtable(L, (int)(n * 4), 0);
  for (size_t i = 0; i < n; i++) {
    lua_pushinteger(L, (lua_Integer)m[i].start + 1 + base);
    lua_rawseti(L, -2, (lua_Integer)(i * 4 + 1));
    lua_pushinteger(L, (lua_Integer)m[i].stop + base);
    lua_rawseti(L, -2, (lua_Integer)(i * 4 + 2));
    lua_pushinteger(L, m[i].kind);
    lua_rawseti(L, -2, (lua_Integer)(i * 4 + 3));
    lua_pushinteger(L, m[i].value);
    lua_rawseti(L, -2, (lua_Integer)(i * 4 + 4));
  }
}

/* The byte range [i, j] (1-based, inclusive, as string.sub) of a string
 * or article text of length n, as [from, to). */
static void byte_range(lua_State *L, int arg, size_t n, size_t *from, size_t *to) {
  lua_Integer i = luaL_optinteger(L, arg, 1), j = luaL_optinteger(L, arg + 1, -1);
  if (i < 0) i = (lua_Integer)n + i + 1;
  if (j < 0) j = (lua_Integer)n + j + 1;
  if (i < 1) i = 1;
  if (j > (lua_Integer)n) j = (lua_Integer)n;
  *from = (size_t)i - 1;
  *to = j >= i ? (size_t)j : *from;
}

static int l_matches_gc(lua_State *L) {
  pl_match **box = luaL_checkudata(L, 1, MATCHES_MT);
  free(*box);
  *box = NULL;
  return 0;
}

/* lx:scan(s [, i [, j]]) -> flat array of matches in s (offsets in s), or
 * lx:scan(article [, i [, j]]) -> the same over the article's text without
 * copying it (offsets in a.text). A range that starts or ends inside a
 * word sees only the part of it inside. */
static int l_lexicon_scan(lua_State *L) {
  pl_lexicon *lx = check_lexicon(L, 1);
  const char *text;
  size_t len;
  if (lua_type(L, 2) == LUA_TSTRING) {
    text = lua_tolstring(L, 2, &len);
  } else if (luaL_testudata(L, 2, PLB_ARTICLE_MT)) {
    pl_article *a = plb_check_article(L, 2);
    text = a->text;
    len = a->len;
  } else {
    return luaL_typeerror(L, 2, "string or article");
  }
  size_t from, to, n = 0, cap = 0;
  byte_range(L, 3, len, &from, &to);
  /* The matches live in a box until they are in the result table: making
   * that table may raise (memory cap), and must not leak them. */
  pl_match **box = lua_newuserdatauv(L, sizeof *box, 0);
  *box = NULL;
  if (luaL_newmetatable(L, MATCHES_MT)) {
    lua_pushcfunction(L, l_matches_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  pl_lexicon_scan(lx, text, from, to, box, &n, &cap);
  push_matches(L, *box, n, 0);
  free(*box);
  *box = NULL;
  return 1;
}

static int l_lexicon_len(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)pl_lexicon_size(check_lexicon(L, 1)));
  return 1;
}

static int l_lexicon_tostring(lua_State *L) {
  lua_pushfstring(L, "parley.lexicon (%d phrases)", (int)pl_lexicon_size(check_lexicon(L, 1)));
  return 1;
}

/* parley.lexicon() -> a new empty lexicon */
int plb_l_lexicon(lua_State *L) {
  lexicon_box *box = lua_newuserdatauv(L, sizeof *box, 0);
  box->lx = NULL;
  if (luaL_newmetatable(L, LEXICON_MT)) {
    static const luaL_Reg methods[] = {{"add", l_lexicon_add}, {"scan", l_lexicon_scan}, {NULL, NULL}};
    luaL_newlib(L, methods);
    lua_setfield(L, -2, "__index");
    static const luaL_Reg meta[] = {{"__gc", l_lexicon_gc}, {"__close", l_lexicon_gc},
                                    {"__len", l_lexicon_len}, {"__tostring", l_lexicon_tostring},
                                    {NULL, NULL}};
    luaL_setfuncs(L, meta, 0);
  }
  lua_setmetatable(L, -2);
  box->lx = pl_lexicon_new();
  return 1;
}

/* meeting_lua.c: meeting objects while rules run, and their copy into C.
 * A meeting is a plain Lua table (fields as in SCHEMA.md) with a few
 * methods, kept in the article object's list; rules create, amend and
 * remove them freely. When every rule has run, plb_meetings_commit copies
 * them into core pl_meeting records, where SCHEMA.md is checked. */
#include <stdio.h>
#include <string.h>

#include "host.h"
#include "meeting.h"
#include "plb.h"

#define MEETING_MT "parley.meeting"

static const char *const meeting_keys[] = {
    "participants", "status", "date", "date_precision", "date_text", "place", "country",
    "occasion", "format", "duration_min", "topics", "quotes", "main", "evidence", "data", NULL};

/* [-0, +1, m] The article object's meeting list, created on first use. */
static void push_list(lua_State *L, int art) {
  lua_getiuservalue(L, art, 1);
  if (lua_getfield(L, -1, "meetings") != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, "meetings");
  }
  lua_remove(L, -2);
}

static void ensure_list_field(lua_State *L, int t, const char *k) {
  if (lua_getfield(L, t, k) == LUA_TNIL) {
    lua_newtable(L);
    lua_setfield(L, t, k);
  }
  lua_pop(L, 1);
}

/* ---- methods -------------------------------------------------------------- */

/* [-0, +0, e] Append v (at the top, popped) to list t.k unless an element
 * equal by `key` (a field name, or NULL to compare the values) is there. */
static int append_unique(lua_State *L, int t, const char *k, const char *key) {
  int v = lua_gettop(L);
  ensure_list_field(L, t, k);
  lua_getfield(L, t, k);
  int list = lua_gettop(L);
  lua_Integer n = (lua_Integer)lua_rawlen(L, list);
  if (key) lua_getfield(L, v, key);
  else lua_pushvalue(L, v);
  int probe = lua_gettop(L);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, list, i);
    if (key && lua_type(L, -1) == LUA_TTABLE) lua_getfield(L, -1, key);
    else lua_pushvalue(L, -1);
    int same = lua_rawequal(L, -1, probe);
    lua_pop(L, 2);
    if (same) {
      lua_settop(L, v - 1);
      return 0;
    }
  }
  lua_pushvalue(L, v);
  lua_rawseti(L, list, n + 1);
  lua_settop(L, v - 1);
  return 1;
}

/* m:add_participant(p) -> m; p is {name=, role=, country=} or a name;
 * a participant already there (same name) is not added twice */
static int l_meeting_add_participant(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  if (lua_type(L, 2) == LUA_TSTRING) {
    lua_createtable(L, 0, 1);
    lua_pushvalue(L, 2);
    lua_setfield(L, -2, "name");
    lua_replace(L, 2);
  }
  luaL_checktype(L, 2, LUA_TTABLE);
  if (lua_getfield(L, 2, "name") != LUA_TSTRING)
    return luaL_argerror(L, 2, "a participant needs a name (a string)");
  lua_settop(L, 2);
  append_unique(L, 1, "participants", "name");
  lua_settop(L, 1);
  return 1;
}

/* m:has(name) -> true if name is among the participants */
static int l_meeting_has(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checkstring(L, 2);
  int found = 0;
  if (lua_getfield(L, 1, "participants") == LUA_TTABLE) {
    lua_Integer n = (lua_Integer)lua_rawlen(L, -1);
    for (lua_Integer i = 1; !found && i <= n; i++) {
      if (lua_rawgeti(L, -1, i) == LUA_TTABLE) {
        lua_getfield(L, -1, "name");
        found = lua_rawequal(L, -1, 2);
        lua_pop(L, 1);
      }
      lua_pop(L, 1);
    }
  }
  lua_pushboolean(L, found);
  return 1;
}

/* The sentence index (1-based) of a sentence object or integer argument. */
static lua_Integer sentence_index(lua_State *L, int arg) {
  if (lua_type(L, arg) == LUA_TNUMBER) return luaL_checkinteger(L, arg);
  luaL_checkudata(L, arg, PLB_SENTENCE_MT);
  lua_getfield(L, arg, "index");
  lua_Integer i = lua_tointeger(L, -1);
  lua_pop(L, 1);
  return i;
}

/* m:add_evidence(s) -> m; s is a sentence object or its index */
static int l_meeting_add_evidence(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer i = sentence_index(L, 2);
  luaL_argcheck(L, i >= 1, 2, "sentence index must be >= 1");
  lua_settop(L, 1);
  lua_pushinteger(L, i);
  append_unique(L, 1, "evidence", NULL);
  return 1;
}

/* m:add_topic(label [, s]) -> m; s (a sentence or index) joins the evidence */
static int l_meeting_add_topic(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checkstring(L, 2);
  int has_evidence = !lua_isnoneornil(L, 3);
  lua_Integer ev = has_evidence ? sentence_index(L, 3) : 0;
  lua_settop(L, 2);
  append_unique(L, 1, "topics", NULL);
  if (has_evidence) {
    lua_pushinteger(L, ev);
    append_unique(L, 1, "evidence", NULL);
  }
  lua_settop(L, 1);
  return 1;
}

/* m:add_quote(speaker, text) -> m; speaker may be nil; the same text is
 * kept once */
static int l_meeting_add_quote(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  if (!lua_isnil(L, 2)) luaL_checkstring(L, 2);
  luaL_checkstring(L, 3);
  lua_createtable(L, 0, 2);
  lua_pushvalue(L, 2);
  lua_setfield(L, -2, "speaker");
  lua_pushvalue(L, 3);
  lua_setfield(L, -2, "text");
  append_unique(L, 1, "quotes", "text");
  lua_settop(L, 1);
  return 1;
}

static const luaL_Reg meeting_methods[] = {
    {"add_participant", l_meeting_add_participant}, {"has", l_meeting_has},
    {"add_evidence", l_meeting_add_evidence},       {"add_topic", l_meeting_add_topic},
    {"add_quote", l_meeting_add_quote},             {NULL, NULL}};

/* ---- article methods ------------------------------------------------------ */

static void check_keys(lua_State *L, int t) {
  lua_pushnil(L);
  while (lua_next(L, t)) {
    lua_pop(L, 1);
    const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    int i = 0;
    while (k && meeting_keys[i] && strcmp(meeting_keys[i], k) != 0) i++;
    if (!k || !meeting_keys[i])
      luaL_error(L, "unknown meeting field '%s' (fields are those of SCHEMA.md; keep your own "
                    "values in m.data)", k ? k : luaL_typename(L, -1));
  }
}

/* a:add_meeting(t) -> t, now a meeting of the article (t's fields as in
 * SCHEMA.md; lists default to empty, main to false) */
int plb_l_article_add_meeting(lua_State *L) {
  plb_check_article(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  check_keys(L, 2);
  static const char *const lists[] = {"participants", "topics", "quotes", "evidence", NULL};
  for (int i = 0; lists[i]; i++) ensure_list_field(L, 2, lists[i]);
  if (lua_getfield(L, 2, "main") == LUA_TNIL) {
    lua_pushboolean(L, 0);
    lua_setfield(L, 2, "main");
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, MEETING_MT)) {
    luaL_newlib(L, meeting_methods);
    lua_setfield(L, -2, "__index");
  }
  lua_setmetatable(L, 2);
  push_list(L, 1);
  lua_pushvalue(L, 2);
  lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
  lua_settop(L, 2);
  return 1;
}

/* a:meetings() -> the article's list of meeting tables (live) */
int plb_l_article_meetings(lua_State *L) {
  plb_check_article(L, 1);
  push_list(L, 1);
  return 1;
}

/* a:remove_meeting(m) -> true if m was one of the article's meetings */
int plb_l_article_remove_meeting(lua_State *L) {
  plb_check_article(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  push_list(L, 1);
  lua_Integer n = (lua_Integer)lua_rawlen(L, -1), at = 0;
  for (lua_Integer i = 1; !at && i <= n; i++) {
    lua_rawgeti(L, -1, i);
    if (lua_rawequal(L, -1, 2)) at = i;
    lua_pop(L, 1);
  }
  if (at) {
    for (lua_Integer i = at; i < n; i++) {
      lua_rawgeti(L, -1, i + 1);
      lua_rawseti(L, -2, i);
    }
    lua_pushnil(L);
    lua_rawseti(L, -2, n);
  }
  lua_pushboolean(L, at != 0);
  return 1;
}

/* ---- commit ---------------------------------------------------------------- */

/* The string field k of table t, or NULL; raises if it is another type.
 * The string stays anchored in t after the pop. */
static const char *opt_string(lua_State *L, int t, const char *k, int n) {
  int type = lua_getfield(L, t, k);
  const char *s = type == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
  lua_pop(L, 1);
  if (type != LUA_TSTRING && type != LUA_TNIL)
    luaL_error(L, "meeting %d: %s must be a string or nil, not a %s", n, k, lua_typename(L, type));
  return s;
}

static char *dup(const char *s) { return s ? pl_xstrdup(s) : NULL; }

static void copy_participants(lua_State *L, int t, pl_meeting *m, int n) {
  lua_getfield(L, t, "participants");
  int list = lua_gettop(L);
  for (lua_Integer i = 1; lua_istable(L, list) && i <= (lua_Integer)lua_rawlen(L, list); i++) {
    if (lua_rawgeti(L, list, i) != LUA_TTABLE)
      luaL_error(L, "meeting %d: participant %d is not a table", n, (int)i);
    int p = lua_gettop(L);
    const char *name = opt_string(L, p, "name", n);
    if (!name) luaL_error(L, "meeting %d: participant %d has no name", n, (int)i);
    pl_meeting_add_participant(m, name, opt_string(L, p, "role", n), opt_string(L, p, "country", n));
    lua_pop(L, 1);
  }
  lua_settop(L, list - 1);
}

static void copy_lists(lua_State *L, int t, pl_meeting *m, const pl_article *a, int n) {
  lua_getfield(L, t, "topics");
  for (lua_Integer i = 1; lua_istable(L, -1) && i <= (lua_Integer)lua_rawlen(L, -1); i++) {
    if (lua_rawgeti(L, -1, i) != LUA_TSTRING) luaL_error(L, "meeting %d: topic %d is not a string", n, (int)i);
    pl_meeting_add_topic(m, lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  lua_getfield(L, t, "quotes");
  for (lua_Integer i = 1; lua_istable(L, -1) && i <= (lua_Integer)lua_rawlen(L, -1); i++) {
    if (lua_rawgeti(L, -1, i) != LUA_TTABLE) luaL_error(L, "meeting %d: quote %d is not a table", n, (int)i);
    const char *text = opt_string(L, lua_gettop(L), "text", n);
    if (!text) luaL_error(L, "meeting %d: quote %d has no text", n, (int)i);
    pl_meeting_add_quote(m, opt_string(L, lua_gettop(L), "speaker", n), text);
    lua_pop(L, 1);
  }
  lua_getfield(L, t, "evidence");
  for (lua_Integer i = 1; lua_istable(L, -1) && i <= (lua_Integer)lua_rawlen(L, -1); i++) {
    lua_rawgeti(L, -1, i);
    lua_Integer s = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : 0;
    lua_pop(L, 1);
    if (s < 1 || (size_t)s > a->n_sentences)
      luaL_error(L, "meeting %d: evidence %d is not a sentence index (1..%d)", n, (int)i,
                 (int)a->n_sentences);
    const pl_sentence *se = &a->sentences[s - 1];
    pl_meeting_add_evidence(m, (uint32_t)(s - 1), se->start, se->stop);
  }
  lua_pop(L, 3);
}

/* Copy meeting table t (the n-th) into m. Raises on a wrong type, naming
 * the meeting and the field (the caller still owns m then). */
static void copy_meeting(lua_State *L, int t, pl_meeting *m, const pl_article *a, int n) {
  m->status = dup(opt_string(L, t, "status", n));
  m->date = dup(opt_string(L, t, "date", n));
  m->date_precision = dup(opt_string(L, t, "date_precision", n));
  m->date_text = dup(opt_string(L, t, "date_text", n));
  m->place = dup(opt_string(L, t, "place", n));
  m->country = dup(opt_string(L, t, "country", n));
  m->occasion = dup(opt_string(L, t, "occasion", n));
  m->format = dup(opt_string(L, t, "format", n));
  lua_getfield(L, t, "duration_min");
  if (lua_type(L, -1) == LUA_TNUMBER) m->duration_min = lua_tonumber(L, -1);
  else if (!lua_isnil(L, -1)) luaL_error(L, "meeting %d: duration_min must be a number or nil", n);
  lua_getfield(L, t, "main");
  m->main = lua_toboolean(L, -1);
  lua_pop(L, 2);
  copy_participants(L, t, m, n);
  copy_lists(L, t, m, a, n);
}

typedef struct commit_args {
  pl_article *a;
  pl_meeting *pending; /* the meeting being copied, freed if a copy raises */
  pl_diag *d;
  int rc;
} commit_args;

static int commit_all(lua_State *L) {
  commit_args *c = lua_touserdata(L, 2);
  push_list(L, 1);
  int list = lua_gettop(L);
  lua_Integer n = (lua_Integer)lua_rawlen(L, list);
  for (lua_Integer i = 1; i <= n && c->rc == PL_OK; i++) {
    if (lua_rawgeti(L, list, i) != LUA_TTABLE) luaL_error(L, "meeting %d is not a table", (int)i);
    c->pending = pl_meeting_new();
    copy_meeting(L, lua_gettop(L), c->pending, c->a, (int)i);
    pl_meeting *m = c->pending;
    c->pending = NULL;
    c->rc = pl_article_add_meeting_take(c->a, m, c->d);
    if (c->rc != PL_OK) {
      char msg[sizeof c->d->msg];
      snprintf(msg, sizeof msg, "%s", c->d->msg);
      snprintf(c->d->msg, sizeof c->d->msg, "meeting %d: %.480s", (int)i, msg);
    }
    lua_pop(L, 1);
  }
  return 0;
}

int plb_meetings_commit(lua_State *L, int art, pl_article *a, pl_diag *d) {
  art = lua_absindex(L, art);
  commit_args c = {a, NULL, d, PL_OK};
  lua_pushcfunction(L, commit_all);
  lua_pushvalue(L, art);
  lua_pushlightuserdata(L, &c);
  plb_ctx ctx = {NULL, "meetings", a->path, 0};
  int rc = plb_call(L, 2, 0, &ctx, d);
  pl_meeting_free(c.pending);
  return rc != PL_OK ? rc : c.rc;
}

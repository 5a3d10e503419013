/* meeting_lua.c: meeting objects while rules run, and their copy into C.
 * A meeting is a plain Lua table (fields as in SCHEMA.md) with a few
 * methods, kept in the article object's list; rules create, amend and
 * remove them freely. Only the fields of SCHEMA.md (and m.data) can be set
 * or read, so a typo raises instead of vanishing. When every rule has run,
 * plb_meetings_commit copies them into core pl_meeting records, where
 * SCHEMA.md is checked: all of them, or none. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "host.h"
#include "meeting.h"
#include "plb.h"

#define MEETING_MT "parley.meeting"
#define OWNERS_KEY "parley.meeting_owners"

static const char *const meeting_keys[] = {
    "participants", "status", "date", "date_precision", "date_text", "place", "country",
    "occasion", "format", "duration_min", "topics", "quotes", "main", "evidence", "data", NULL};

static int known_key(const char *k) {
  for (int i = 0; meeting_keys[i]; i++)
    if (strcmp(meeting_keys[i], k) == 0) return 1;
  return 0;
}

#define UNKNOWN_FIELD_HINT "(fields are those of SCHEMA.md; keep your own values in m.data)"

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

/* [-0, +1, m] The table from each meeting to the article object it was
 * added to. Weak keys: it keeps no meeting alive. */
static void push_owners(lua_State *L) {
  if (lua_getfield(L, LUA_REGISTRYINDEX, OWNERS_KEY) == LUA_TTABLE) return;
  lua_pop(L, 1);
  lua_newtable(L);
  lua_createtable(L, 0, 1);
  lua_pushliteral(L, "k");
  lua_setfield(L, -2, "__mode");
  lua_setmetatable(L, -2);
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, OWNERS_KEY);
}

/* [-0, +1, e] The list t.k (t at index t), created empty if nil; raises
 * if it is something else, so no list function meets a non-table. */
static int push_list_field(lua_State *L, int t, const char *k) {
  int type = lua_getfield(L, t, k);
  if (type == LUA_TNIL) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, t, k);
  } else if (type != LUA_TTABLE) {
    luaL_error(L, "meeting field '%s' must be a list (a table), not a %s", k,
               lua_typename(L, type));
  }
  return lua_gettop(L);
}

/* ---- methods -------------------------------------------------------------- */

/* [-1, +0, e] Append v (at the top, popped) to list t.k unless an element
 * equal by `key` (a field name, or NULL to compare the values) is there.
 * Returns 1 if appended. */
static int append_unique(lua_State *L, int t, const char *k, const char *key) {
  int v = lua_gettop(L);
  int list = push_list_field(L, t, k);
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

/* The sentence index (1-based) of argument arg, a sentence object or an
 * index >= 1, for meeting m (index 1). A sentence of another article than
 * the one m was added to is refused: its index would point into the wrong
 * text. */
static lua_Integer sentence_index(lua_State *L, int arg) {
  if (lua_type(L, arg) == LUA_TNUMBER) {
    lua_Integer i = luaL_checkinteger(L, arg);
    luaL_argcheck(L, i >= 1, arg, "sentence index must be >= 1");
    return i;
  }
  if (!luaL_testudata(L, arg, PLB_SENTENCE_MT)) luaL_typeerror(L, arg, "sentence or index");
  lua_getfield(L, arg, "article");
  push_owners(L);
  lua_pushvalue(L, 1);
  lua_rawget(L, -2);
  if (!lua_isnil(L, -1) && !lua_rawequal(L, -1, -3))
    luaL_argerror(L, arg, "a sentence of another article than the meeting's");
  lua_pop(L, 3);
  lua_getfield(L, arg, "index");
  lua_Integer i = lua_tointeger(L, -1);
  lua_pop(L, 1);
  return i;
}

/* m:add_evidence(s) -> m; s is a sentence object or its index */
static int l_meeting_add_evidence(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer i = sentence_index(L, 2);
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

/* __index: methods; fields of SCHEMA.md that are not set read as nil;
 * m.data is created empty on first use; anything else is a typo and
 * raises, as an article's fields do. */
static int l_meeting_index(lua_State *L) {
  if (lua_type(L, 2) != LUA_TSTRING)
    return luaL_error(L, "meeting has no field [%s]", luaL_typename(L, 2));
  const char *k = lua_tostring(L, 2);
  if (lua_getfield(L, lua_upvalueindex(1), k) != LUA_TNIL) return 1;
  if (strcmp(k, "data") == 0) {
    lua_newtable(L);
    lua_pushvalue(L, 2);
    lua_pushvalue(L, -2);
    lua_rawset(L, 1);
    return 1;
  }
  if (!known_key(k)) return luaL_error(L, "meeting has no field '%s' " UNKNOWN_FIELD_HINT, k);
  lua_pushnil(L);
  return 1;
}

/* __newindex: only the fields of SCHEMA.md (and data) can be set. */
static int l_meeting_newindex(lua_State *L) {
  const char *k = lua_type(L, 2) == LUA_TSTRING ? lua_tostring(L, 2) : NULL;
  if (!k || !known_key(k))
    return luaL_error(L, "unknown meeting field '%s' " UNKNOWN_FIELD_HINT,
                      k ? k : luaL_typename(L, 2));
  lua_settop(L, 3);
  lua_rawset(L, 1);
  return 0;
}

/* [-0, +0, m] Set the meeting metatable on the table at idx. */
static void set_meeting_mt(lua_State *L, int idx) {
  if (luaL_newmetatable(L, MEETING_MT)) {
    luaL_newlib(L, meeting_methods);
    lua_pushcclosure(L, l_meeting_index, 1);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, l_meeting_newindex);
    lua_setfield(L, -2, "__newindex");
  }
  lua_setmetatable(L, idx);
}

/* ---- article methods ------------------------------------------------------ */

/* [-0, +0, e] Raise on a key of table t that is not a meeting field;
 * n > 0 names the meeting (at commit). */
static void check_keys(lua_State *L, int t, int n) {
  lua_pushnil(L);
  while (lua_next(L, t)) {
    lua_pop(L, 1);
    const char *k = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
    if (k && known_key(k)) continue;
    if (!k) k = luaL_typename(L, -1);
    if (n) luaL_error(L, "meeting %d: unknown field '%s' " UNKNOWN_FIELD_HINT, n, k);
    luaL_error(L, "unknown meeting field '%s' " UNKNOWN_FIELD_HINT, k);
  }
}

/* a:add_meeting(t) -> t, now a meeting of the article (t's fields as in
 * SCHEMA.md; lists default to empty, main to false). Adding the same
 * table again changes nothing. */
int plb_l_article_add_meeting(lua_State *L) {
  plb_check_article(L, 1);
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_settop(L, 2);
  push_list(L, 1);
  lua_Integer n = (lua_Integer)lua_rawlen(L, 3);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, 3, i);
    int same = lua_rawequal(L, -1, 2);
    lua_pop(L, 1);
    if (same) {
      lua_settop(L, 2);
      return 1;
    }
  }
  check_keys(L, 2, 0);
  static const char *const lists[] = {"participants", "topics", "quotes", "evidence", NULL};
  for (int i = 0; lists[i]; i++) {
    push_list_field(L, 2, lists[i]);
    lua_pop(L, 1);
  }
  if (lua_getfield(L, 2, "main") == LUA_TNIL) {
    lua_pushboolean(L, 0);
    lua_setfield(L, 2, "main");
  }
  lua_pop(L, 1);
  set_meeting_mt(L, 2);
  push_owners(L);
  lua_pushvalue(L, 2);
  lua_pushvalue(L, 1);
  lua_rawset(L, -3);
  lua_pop(L, 1);
  lua_pushvalue(L, 2);
  lua_rawseti(L, 3, n + 1);
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

/* The string field k of table t, or NULL; raises if it is another type,
 * naming meeting n and `what` ("" or "participant 2: "). The string stays
 * anchored in t after the pop. */
static const char *opt_string(lua_State *L, int t, const char *k, int n, const char *what) {
  int type = lua_getfield(L, t, k);
  const char *s = type == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
  lua_pop(L, 1);
  if (type != LUA_TSTRING && type != LUA_TNIL)
    luaL_error(L, "meeting %d: %s%s must be a string or nil, not a %s", n, what, k,
               lua_typename(L, type));
  return s;
}

static char *dup(const char *s) { return s ? pl_xstrdup(s) : NULL; }

/* [-0, +1, e] The list field k of meeting t (nil counts as empty); raises
 * if it is not a table. */
static int get_list(lua_State *L, int t, const char *k, int n) {
  int type = lua_getfield(L, t, k);
  if (type == LUA_TNIL) {
    lua_pop(L, 1);
    lua_newtable(L);
  } else if (type != LUA_TTABLE) {
    luaL_error(L, "meeting %d: %s must be a list (a table), not a %s", n, k, lua_typename(L, type));
  }
  return lua_gettop(L);
}

static void copy_participants(lua_State *L, int t, pl_meeting *m, int n) {
  int list = get_list(L, t, "participants", n);
  char what[48];
  for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, list); i++) {
    int type = lua_rawgeti(L, list, i);
    if (type != LUA_TTABLE)
      luaL_error(L, "meeting %d: participant %d must be a table {name=, role=, country=}, not a %s",
                 n, (int)i, lua_typename(L, type));
    int p = lua_gettop(L);
    snprintf(what, sizeof what, "participant %d: ", (int)i);
    const char *name = opt_string(L, p, "name", n, what);
    if (!name) luaL_error(L, "meeting %d: participant %d has no name", n, (int)i);
    const char *role = opt_string(L, p, "role", n, what);
    const char *country = opt_string(L, p, "country", n, what);
    pl_meeting_add_participant(m, name, role, country);
    lua_pop(L, 1);
  }
  lua_settop(L, list - 1);
}

static void copy_topics_quotes(lua_State *L, int t, pl_meeting *m, int n) {
  int list = get_list(L, t, "topics", n);
  for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, list); i++) {
    int type = lua_rawgeti(L, list, i);
    if (type != LUA_TSTRING)
      luaL_error(L, "meeting %d: topic %d must be a string, not a %s", n, (int)i,
                 lua_typename(L, type));
    pl_meeting_add_topic(m, lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  lua_settop(L, list - 1);
  list = get_list(L, t, "quotes", n);
  char what[32];
  for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, list); i++) {
    int type = lua_rawgeti(L, list, i);
    if (type != LUA_TTABLE)
      luaL_error(L, "meeting %d: quote %d must be a table {speaker=, text=}, not a %s", n,
                 (int)i, lua_typename(L, type));
    snprintf(what, sizeof what, "quote %d: ", (int)i);
    const char *text = opt_string(L, lua_gettop(L), "text", n, what);
    if (!text) luaL_error(L, "meeting %d: quote %d has no text", n, (int)i);
    pl_meeting_add_quote(m, opt_string(L, lua_gettop(L), "speaker", n, what), text);
    lua_pop(L, 1);
  }
  lua_settop(L, list - 1);
}

/* Evidence items are sentence indexes or sentence objects of the article
 * object at art. */
static void copy_evidence(lua_State *L, int t, int art, pl_meeting *m, const pl_article *a,
                          int n) {
  int list = get_list(L, t, "evidence", n);
  for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, list); i++) {
    int ok = 0;
    lua_Integer s = 0;
    if (lua_rawgeti(L, list, i) == LUA_TNUMBER) {
      s = lua_tointegerx(L, -1, &ok);
    } else if (luaL_testudata(L, -1, PLB_SENTENCE_MT)) {
      lua_getfield(L, -1, "article");
      if (!lua_rawequal(L, -1, art))
        luaL_error(L, "meeting %d: evidence %d is a sentence of another article", n, (int)i);
      lua_getfield(L, -2, "index");
      s = lua_tointegerx(L, -1, &ok);
      lua_pop(L, 2);
    }
    lua_pop(L, 1);
    if (!ok || s < 1 || (size_t)s > a->n_sentences)
      luaL_error(L, "meeting %d: evidence %d is not a sentence or a sentence index (1..%d)", n,
                 (int)i, (int)a->n_sentences);
    const pl_sentence *se = &a->sentences[s - 1];
    pl_meeting_add_evidence(m, (uint32_t)(s - 1), se->start, se->stop);
  }
  lua_settop(L, list - 1);
}

/* Copy meeting table t (the n-th) into m. Raises on a wrong type, naming
 * the meeting and the field (the caller still owns m then). */
static void copy_meeting(lua_State *L, int t, int art, pl_meeting *m, const pl_article *a,
                         int n) {
  check_keys(L, t, n);
  m->status = dup(opt_string(L, t, "status", n, ""));
  m->date = dup(opt_string(L, t, "date", n, ""));
  m->date_precision = dup(opt_string(L, t, "date_precision", n, ""));
  m->date_text = dup(opt_string(L, t, "date_text", n, ""));
  m->place = dup(opt_string(L, t, "place", n, ""));
  m->country = dup(opt_string(L, t, "country", n, ""));
  m->occasion = dup(opt_string(L, t, "occasion", n, ""));
  m->format = dup(opt_string(L, t, "format", n, ""));
  int type = lua_getfield(L, t, "duration_min");
  if (type == LUA_TNUMBER) {
    m->has_duration = 1;
    m->duration_min = lua_tonumber(L, -1);
  } else if (type != LUA_TNIL) {
    luaL_error(L, "meeting %d: duration_min must be a number or nil, not a %s", n,
               lua_typename(L, type));
  }
  type = lua_getfield(L, t, "main");
  if (type != LUA_TBOOLEAN && type != LUA_TNIL)
    luaL_error(L, "meeting %d: main must be a boolean or nil, not a %s", n, lua_typename(L, type));
  m->main = lua_toboolean(L, -1);
  lua_pop(L, 2);
  copy_participants(L, t, m, n);
  copy_topics_quotes(L, t, m, n);
  copy_evidence(L, t, art, m, a, n);
}

typedef struct commit_args {
  pl_article *a;
  pl_meeting **copies; /* one per meeting table, owned here until attached */
  size_t n;
} commit_args;

/* Copy and check every meeting table; attaching is left to the caller,
 * so a failure at meeting 3 leaves the article with none. */
static int copy_all(lua_State *L) {
  commit_args *c = lua_touserdata(L, 2);
  push_list(L, 1);
  int list = lua_gettop(L);
  size_t n = lua_rawlen(L, list);
  c->copies = pl_xcalloc(n ? n : 1, sizeof *c->copies);
  for (size_t i = 0; i < n; i++) {
    int type = lua_rawgeti(L, list, (lua_Integer)i + 1);
    if (type != LUA_TTABLE)
      luaL_error(L, "meeting %d is not a table but a %s", (int)i + 1, lua_typename(L, type));
    c->copies[i] = pl_meeting_new();
    c->n = i + 1;
    copy_meeting(L, lua_gettop(L), 1, c->copies[i], c->a, (int)i + 1);
    pl_diag d;
    if (pl_meeting_check(c->copies[i], c->a, &d) != PL_OK) {
      /* "meeting status must ..." becomes "meeting 2: status must ..." */
      const char *msg = strncmp(d.msg, "meeting ", 8) == 0 ? d.msg + 8 : d.msg;
      luaL_error(L, "meeting %d: %s", (int)i + 1, msg);
    }
    lua_pop(L, 1);
  }
  return 0;
}

int plb_meetings_commit(lua_State *L, int art, pl_article *a, pl_diag *d) {
  art = lua_absindex(L, art);
  commit_args c = {a, NULL, 0};
  lua_pushcfunction(L, copy_all);
  lua_pushvalue(L, art);
  lua_pushlightuserdata(L, &c);
  plb_ctx ctx = {NULL, "checking meetings", a->path, 0};
  int rc = plb_call(L, 2, 0, &ctx, d);
  for (size_t i = 0; i < c.n; i++) {
    /* checked above, so attaching cannot fail */
    if (rc == PL_OK) rc = pl_article_add_meeting_take(a, c.copies[i], d);
    else pl_meeting_free(c.copies[i]);
  }
  free(c.copies);
  return rc;
}

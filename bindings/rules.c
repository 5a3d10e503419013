/* rules.c: loading rule scripts and running them over an article.
 * A rules script returns a table of handlers by object kind, like a pandoc
 * filter: { name = "...", article = function(a) end, sentence = function(s, a)
 * end }, or an array of such tables. Registration is declarative and
 * checked: an unknown key or a wrong type fails the load and names the key.
 * Loading is all or nothing: the new list replaces the old only if every
 * script loaded. */
#include <string.h>

#include "host.h"
#include "plb.h"
#include "scripts.h"

#define RULES_KEY "parley.rules"
#define SEGMENTER_MT "parley.segmenter"
#define SEGMENTER_KEY "parley.current_segmenter"
#define LOADING_KEY "parley.rules_loading"

/* Keys a rule table may have, with the Lua type each must be. */
static const struct {
  const char *key;
  int type;
} rule_keys[] = {
    {"name", LUA_TSTRING},      {"description", LUA_TSTRING},
    {"article", LUA_TFUNCTION}, {"sentences", LUA_TFUNCTION},
    {"sentence", LUA_TFUNCTION}, {"meetings", LUA_TFUNCTION},
    {"meeting", LUA_TFUNCTION},       {"sentence_fields", LUA_TTABLE},
    {"abbreviations", LUA_TTABLE}, {"starters", LUA_TTABLE},
    {NULL, 0}};

static const char *const abbrev_kinds[] = {"title", "number", "general", NULL};

/* ---- the segmenter object --------------------------------------------------- */

static int segmenter_gc(lua_State *L) {
  pl_segmenter **box = luaL_checkudata(L, 1, SEGMENTER_MT);
  pl_segmenter_free(*box);
  *box = NULL;
  return 0;
}

/* Push a new, empty segmenter box. */
static pl_segmenter *push_new_segmenter(lua_State *L) {
  pl_segmenter **box = lua_newuserdatauv(L, sizeof *box, 0);
  *box = NULL;
  if (luaL_newmetatable(L, SEGMENTER_MT)) {
    lua_pushcfunction(L, segmenter_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  *box = pl_segmenter_new();
  return *box;
}

pl_segmenter *plb_segmenter(lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, SEGMENTER_KEY);
  pl_segmenter **box = luaL_testudata(L, -1, SEGMENTER_MT);
  if (box && *box) {
    lua_pop(L, 1);
    return *box;
  }
  lua_pop(L, 1);
  pl_segmenter *sg = push_new_segmenter(L);
  lua_setfield(L, LUA_REGISTRYINDEX, SEGMENTER_KEY);
  return sg;
}

/* ---- validation ------------------------------------------------------------- */

/* [-0, +0, e] Check the rule table at idx; raise naming the bad key. */
static void check_rule_table(lua_State *L, int idx, const char *file) {
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING)
      luaL_error(L, "%s: rule table has a non-string key (a %s)", file, luaL_typename(L, -1));
    const char *k = lua_tostring(L, -1);
    int i = 0;
    while (rule_keys[i].key && strcmp(rule_keys[i].key, k) != 0) i++;
    if (!rule_keys[i].key)
      luaL_error(L, "%s: unknown key '%s' in rule table (known keys: name, description, "
                    "article, sentences, sentence, meetings, meeting, sentence_fields, abbreviations, "
                    "starters)", file, k);
    lua_getfield(L, idx, k);
    if (lua_type(L, -1) != rule_keys[i].type)
      luaL_error(L, "%s: rule key '%s' must be a %s, not a %s", file, k,
                 lua_typename(L, rule_keys[i].type), luaL_typename(L, -1));
    lua_pop(L, 1);
  }
}

/* Rule name from the file name: "rules/20_metadata.lua" -> "metadata". */
static void push_default_name(lua_State *L, const char *file) {
  const char *base = strrchr(file, '/');
  base = base ? base + 1 : file;
  const char *us = base;
  while (*us >= '0' && *us <= '9') us++;
  if (us > base && *us == '_') base = us + 1;
  size_t n = strlen(base);
  if (n > 4 && strcmp(base + n - 4, ".lua") == 0) n -= 4;
  lua_pushlstring(L, base, n);
}

static void add_words(lua_State *L, int list, const char *file, const char *what,
                      pl_segmenter *sg, int kind) {
  lua_Integer n = (lua_Integer)lua_rawlen(L, list);
  for (lua_Integer i = 1; i <= n; i++) {
    if (lua_rawgeti(L, list, i) != LUA_TSTRING)
      luaL_error(L, "%s: %s[%d] must be a string", file, what, (int)i);
    int rc = kind ? pl_segmenter_add_abbrev(sg, lua_tostring(L, -1), (pl_abbrev_kind)kind)
                  : pl_segmenter_add_starter(sg, lua_tostring(L, -1));
    if (rc != PL_OK) luaL_error(L, "%s: %s[%d] is empty", file, what, (int)i);
    lua_pop(L, 1);
  }
}

/* abbreviations = { title = {...}, number = {...}, general = {...} } */
static void add_abbreviations(lua_State *L, int rule, const char *file, pl_segmenter *sg) {
  if (lua_getfield(L, rule, "abbreviations") == LUA_TTABLE) {
    int t = lua_gettop(L);
    lua_pushnil(L);
    while (lua_next(L, t)) {
      const char *k = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
      int kind = 0;
      while (abbrev_kinds[kind] && strcmp(abbrev_kinds[kind], k) != 0) kind++;
      if (!abbrev_kinds[kind])
        luaL_error(L, "%s: abbreviations.%s: unknown kind (use title, number or general)", file, k);
      if (!lua_istable(L, -1)) luaL_error(L, "%s: abbreviations.%s must be a list", file, k);
      add_words(L, lua_gettop(L), file, k, sg, kind + 1);
      lua_pop(L, 1);
    }
  }
  lua_pop(L, 1);
  if (lua_getfield(L, rule, "starters") == LUA_TTABLE)
    add_words(L, lua_gettop(L), file, "starters", sg, 0);
  lua_pop(L, 1);
}

#define FIELDS_KEY "parley.sentence_fields"
#define FIELDS_PENDING_KEY "parley.sentence_fields.loading"

/* sentence_fields = { name = function(s) ... end }: values computed on
 * first read of s.name and kept (see article_lua.c). Collected in a table
 * that replaces the old one only when the whole load succeeds. */
static void add_sentence_fields(lua_State *L, int rule, const char *file) {
  if (lua_getfield(L, rule, "sentence_fields") != LUA_TTABLE) {
    lua_pop(L, 1);
    return;
  }
  int t = lua_gettop(L);
  lua_getfield(L, LUA_REGISTRYINDEX, FIELDS_PENDING_KEY);
  int pending = lua_gettop(L);
  lua_pushnil(L);
  while (lua_next(L, t)) {
    if (lua_type(L, -2) != LUA_TSTRING || lua_type(L, -1) != LUA_TFUNCTION)
      luaL_error(L, "%s: sentence_fields maps names to functions", file);
    lua_pushvalue(L, -2);
    lua_insert(L, -2);
    lua_rawset(L, pending);
  }
  lua_settop(L, t - 1);
}

/* [-1, +0, e] Take the value a script returned (on top) and append its
 * rule table(s) to the list at `list`. */
static void register_rules(lua_State *L, int list, const char *file, pl_segmenter *sg) {
  int v = lua_gettop(L);
  if (!lua_istable(L, v))
    luaL_error(L, "%s: a rules script must return a table of handlers, not a %s", file,
               luaL_typename(L, v));
  int is_array = lua_rawlen(L, v) > 0;
  lua_Integer n = is_array ? (lua_Integer)lua_rawlen(L, v) : 1;
  for (lua_Integer i = 1; i <= n; i++) {
    if (is_array && lua_rawgeti(L, v, i) != LUA_TTABLE)
      luaL_error(L, "%s: item %d of the returned list is not a rule table", file, (int)i);
    if (!is_array) lua_pushvalue(L, v);
    int r = lua_gettop(L);
    check_rule_table(L, r, file);
    if (lua_getfield(L, r, "name") == LUA_TNIL) {
      lua_pop(L, 1);
      push_default_name(L, file);
      lua_setfield(L, r, "name");
    } else {
      lua_pop(L, 1);
    }
    lua_pushstring(L, file);
    lua_setfield(L, r, "file");
    add_abbreviations(L, r, file, sg);
    add_sentence_fields(L, r, file);
    lua_rawseti(L, list, (lua_Integer)lua_rawlen(L, list) + 1);
  }
  lua_pop(L, 1);
}

/* ---- loading ---------------------------------------------------------------- */

typedef struct load_args {
  const char *const *extra;
  size_t n_extra;
  pl_diag *d;
} load_args;

/* Load one script (built-in name or path) and register what it returns.
 * Runs inside plb_call, so errors raise. */
static void load_one(lua_State *L, int list, const char *name, int is_path, pl_segmenter *sg,
                     pl_diag *d) {
  if (plb_scripts_load(L, name, is_path, d) != PL_OK) {
    /* A syntax error names file:line itself; a missing file does not. */
    if (d->path[0]) lua_pushfstring(L, "%s: %s", d->path, d->msg);
    else lua_pushstring(L, d->msg);
    lua_error(L);
  }
  lua_call(L, 0, 1);
  register_rules(L, list, name, sg);
}

/* Forget the shipped modules (lib.*, data.*) so the rules about to load
 * require fresh copies: data a rules file adds when it loads then goes into
 * clean tables (a reload does not add it twice), and caches built from the
 * data (the gazetteer's lexicon, the office holders) are rebuilt with what
 * the new rules add. */
static void forget_shipped_modules(lua_State *L) {
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_LOADED_TABLE);
  int loaded = lua_gettop(L);
  lua_newtable(L); /* names to clear: a table must not change while traversed */
  int names = lua_gettop(L);
  lua_Integer n = 0;
  lua_pushnil(L);
  while (lua_next(L, loaded)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) == LUA_TSTRING) {
      const char *k = lua_tostring(L, -1);
      if (strncmp(k, "lib.", 4) == 0 || strncmp(k, "data.", 5) == 0 || strcmp(k, "data") == 0) {
        lua_pushvalue(L, -1);
        lua_rawseti(L, names, ++n);
      }
    }
  }
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, names, i);
    lua_pushnil(L);
    lua_rawset(L, loaded);
  }
  lua_pop(L, 2);
}

static int load_all(lua_State *L) {
  load_args *args = lua_touserdata(L, 1);
  forget_shipped_modules(L);
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, FIELDS_PENDING_KEY);
  lua_newtable(L);
  int list = lua_gettop(L);
  pl_segmenter *sg = push_new_segmenter(L);
  int sgi = lua_gettop(L);
  plb_scripts_list(L, "rules/");
  int names = lua_gettop(L);
  for (lua_Integer i = 1; i <= (lua_Integer)lua_rawlen(L, names); i++) {
    lua_rawgeti(L, names, i);
    const char *name = lua_tostring(L, -1);
    lua_pop(L, 1); /* anchored by the names table */
    load_one(L, list, name, 0, sg, args->d);
  }
  for (size_t i = 0; i < args->n_extra; i++) load_one(L, list, args->extra[i], 1, sg, args->d);
  /* all loaded: swap in the new rules and segmenter together */
  lua_pushvalue(L, sgi);
  lua_setfield(L, LUA_REGISTRYINDEX, SEGMENTER_KEY);
  lua_pushvalue(L, list);
  lua_setfield(L, LUA_REGISTRYINDEX, RULES_KEY);
  lua_getfield(L, LUA_REGISTRYINDEX, FIELDS_PENDING_KEY);
  lua_setfield(L, LUA_REGISTRYINDEX, FIELDS_KEY);
  return 0;
}

static void set_loading(lua_State *L, int on) {
  lua_pushboolean(L, on);
  lua_setfield(L, LUA_REGISTRYINDEX, LOADING_KEY);
}

int plb_rules_loading(lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, LOADING_KEY);
  int on = lua_toboolean(L, -1);
  lua_pop(L, 1);
  return on;
}

int plb_rules_load(lua_State *L, const char *const *extra, size_t n_extra, pl_diag *d) {
  pl_diag inner;
  load_args args = {extra, n_extra, &inner};
  int was_loading = plb_rules_loading(L); /* a rules script may reload rules */
  set_loading(L, 1);
  lua_pushcfunction(L, load_all);
  lua_pushlightuserdata(L, &args);
  plb_ctx ctx = {NULL, "loading rules", NULL, 0};
  int rc = plb_call(L, 1, 0, &ctx, d);
  set_loading(L, was_loading);
  return rc;
}

int plb_rules_count(lua_State *L) {
  int n = -1;
  if (lua_getfield(L, LUA_REGISTRYINDEX, RULES_KEY) == LUA_TTABLE) n = (int)lua_rawlen(L, -1);
  lua_pop(L, 1);
  return n;
}

/* ---- running ---------------------------------------------------------------- */

/* Call rule r's handler `kind` with the values at idx1 (and idx2 if > 0). */
static int call_handler(lua_State *L, int rule, const char *kind, int idx1, int idx2,
                        const pl_article *a, pl_diag *d) {
  if (lua_getfield(L, rule, kind) != LUA_TFUNCTION) {
    lua_pop(L, 1);
    return PL_OK;
  }
  lua_getfield(L, rule, "name");
  const char *name = lua_tostring(L, -1);
  lua_pop(L, 1); /* the name string stays anchored in the rule table */
  lua_pushvalue(L, idx1);
  if (idx2 > 0) lua_pushvalue(L, idx2);
  plb_ctx ctx = {name, kind, a->path, 0};
  return plb_call(L, idx2 > 0 ? 2 : 1, 0, &ctx, d);
}

/* Run rule r's sentence handler over every sentence (segmenting first). */
static int run_sentences(lua_State *L, int rule, int art, pl_article *a, pl_diag *d) {
  plb_push_sentences(L, art);
  int sents = lua_gettop(L), rc = PL_OK;
  lua_Integer n = (lua_Integer)lua_rawlen(L, sents);
  for (lua_Integer s = 1; rc == PL_OK && s <= n; s++) {
    lua_rawgeti(L, sents, s);
    rc = call_handler(L, rule, "sentence", lua_gettop(L), art, a, d);
    lua_pop(L, 1);
  }
  lua_pop(L, 1);
  return rc;
}

/* Run rule r's meeting handler over a copy of the meeting list, so a
 * handler may remove meetings (its own or others) as it goes. */
static int run_meetings(lua_State *L, int rule, int art, pl_article *a, pl_diag *d) {
  lua_pushcfunction(L, plb_l_article_meetings);
  lua_pushvalue(L, art);
  lua_call(L, 1, 1);
  int live = lua_gettop(L);
  lua_Integer n = (lua_Integer)lua_rawlen(L, live);
  lua_createtable(L, (int)n, 0);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_rawgeti(L, live, i);
    lua_rawseti(L, -2, i);
  }
  int copy = lua_gettop(L), rc = PL_OK;
  for (lua_Integer i = 1; rc == PL_OK && i <= n; i++) {
    lua_rawgeti(L, copy, i);
    rc = call_handler(L, rule, "meeting", lua_gettop(L), art, a, d);
    lua_pop(L, 1);
  }
  lua_settop(L, live - 1);
  return rc;
}

static int has_handler(lua_State *L, int rule, const char *kind) {
  int found = lua_getfield(L, rule, kind) == LUA_TFUNCTION;
  lua_pop(L, 1);
  return found;
}

/* The phases of one article, in order; within a phase, rules run in file
 * order. `article` handlers see the lines and may remove them; then the
 * kept text is segmented; `sentences` handlers see the whole segmented
 * article once (bulk work: finding mentions); `sentence` handlers each
 * sentence; `meetings` handlers build the meetings; `meeting` handlers
 * amend each one. So a user's rule file, whatever its place in the order,
 * removes lines before anything reads sentences and sees every mention and
 * meeting the shipped rules found. */
static const char *const phases[] = {"article", "sentences", "sentence", "meetings", "meeting",
                                     NULL};

static int run_phase(lua_State *L, int list, const char *phase, int art, pl_article *a,
                     pl_diag *d) {
  int rc = PL_OK;
  for (lua_Integer r = 1; rc == PL_OK && r <= (lua_Integer)lua_rawlen(L, list); r++) {
    lua_rawgeti(L, list, r);
    int rule = lua_gettop(L);
    if (has_handler(L, rule, phase)) {
      if (strcmp(phase, "sentence") == 0) rc = run_sentences(L, rule, art, a, d);
      else if (strcmp(phase, "meeting") == 0) rc = run_meetings(L, rule, art, a, d);
      else rc = call_handler(L, rule, phase, art, 0, a, d);
    }
    lua_pop(L, 1);
  }
  return rc;
}

typedef struct run_args {
  pl_article *a;
  pl_diag *d;
  int rc;
} run_args;

static int run_protected(lua_State *L) {
  run_args *r = lua_touserdata(L, 1);
  plb_push_article(L, r->a);
  r->rc = plb_rules_run_object(L, -1, r->d);
  return 0;
}

int plb_rules_run(lua_State *L, pl_article *a, pl_diag *d) {
  /* Everything between the handlers (pushing the article and its
   * sentences, copying meetings) allocates too: run it under the gateway
   * so a memory error there fails this article, not the process. The
   * handlers inside keep budgets of their own. */
  run_args r = {a, d, PL_OK};
  lua_pushcfunction(L, run_protected);
  lua_pushlightuserdata(L, &r);
  plb_ctx ctx = {NULL, "rules", a->path, 1};
  int rc = plb_call(L, 1, 0, &ctx, d);
  if (rc != PL_OK) {
    pl_article_warn(a, "rules failed: %s", d->msg);
    pl_article_finish(a);
    return rc;
  }
  return r.rc;
}

int plb_rules_run_object(lua_State *L, int idx, pl_diag *d) {
  int art = lua_absindex(L, idx), top = lua_gettop(L);
  pl_article *a = plb_check_article(L, art);
  if (lua_getfield(L, LUA_REGISTRYINDEX, RULES_KEY) != LUA_TTABLE) {
    lua_settop(L, top);
    pl_article_segment(a, plb_segmenter(L));
    pl_article_finish(a);
    return PL_OK;
  }
  int list = lua_gettop(L);
  int rc = PL_OK;
  for (int p = 0; rc == PL_OK && phases[p]; p++) {
    if (p == 1) pl_article_segment(a, plb_segmenter(L));
    rc = run_phase(L, list, phases[p], art, a, d);
  }
  if (rc == PL_OK) rc = plb_meetings_commit(L, art, a, d);
  if (rc != PL_OK) pl_article_warn(a, "rules failed: %s", d->msg);
  pl_article_finish(a);
  lua_settop(L, top);
  return rc;
}

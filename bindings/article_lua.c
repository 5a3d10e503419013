/* article_lua.c: article and sentence objects for Lua. Fields are read
 * lazily through __index; rules set metadata through __newindex, which
 * validates it in the core. Their own values go in a.data, kept in the
 * object's user value, never in the C object. Offsets seen from Lua are
 * 1-based and inclusive, so a.text:sub(s.start, s.stop) == s.text. */
#include <string.h>

#include "host.h"
#include "plb.h"

typedef struct article_box {
  pl_article *a; /* NULL until filled; dropped by __gc */
} article_box;

typedef struct sentence_box {
  pl_article *a;
  uint32_t index; /* 0-based */
} sentence_box;

#define LINEFREQ_KEY "parley.linefreq"

/* ---- boxes ---------------------------------------------------------------- */

void plb_push_article(lua_State *L, pl_article *a) {
  article_box *box = lua_newuserdatauv(L, sizeof *box, 1);
  box->a = NULL;
  luaL_setmetatable(L, PLB_ARTICLE_MT);
  lua_newtable(L); /* user value: data, cached text and sentences */
  lua_setiuservalue(L, -2, 1);
  box->a = pl_article_ref(a);
}

pl_article *plb_check_article(lua_State *L, int idx) {
  article_box *box = luaL_checkudata(L, idx, PLB_ARTICLE_MT);
  if (!box->a) luaL_argerror(L, idx, "article is closed");
  return box->a;
}

static int l_article_gc(lua_State *L) {
  article_box *box = luaL_checkudata(L, 1, PLB_ARTICLE_MT);
  pl_article_unref(box->a);
  box->a = NULL;
  return 0;
}

/* [-0, +1, m] Push sentence i of the article object at art. The sentence
 * keeps that object in its first user value, so s.article is the same
 * object (with the same a.data) as the one the rules see; the second holds
 * the values rules set on it (s.actors, s.dates, ...). */
static void push_sentence(lua_State *L, int art, pl_article *a, uint32_t i) {
  sentence_box *box = lua_newuserdatauv(L, sizeof *box, 2);
  box->a = NULL;
  luaL_setmetatable(L, PLB_SENTENCE_MT);
  lua_pushvalue(L, art);
  lua_setiuservalue(L, -2, 1);
  box->a = pl_article_ref(a);
  box->index = i;
}

static sentence_box *check_sentence(lua_State *L, int idx) {
  sentence_box *box = luaL_checkudata(L, idx, PLB_SENTENCE_MT);
  if (!box->a) luaL_argerror(L, idx, "sentence is closed");
  return box;
}

static int l_sentence_gc(lua_State *L) {
  sentence_box *box = luaL_checkudata(L, 1, PLB_SENTENCE_MT);
  pl_article_unref(box->a);
  box->a = NULL;
  return 0;
}

/* ---- helpers -------------------------------------------------------------- */

static void push_slice(lua_State *L, const pl_article *a, uint32_t start, uint32_t stop) {
  lua_pushlstring(L, a->text + start, stop - start);
}

static void set_int(lua_State *L, const char *k, lua_Integer v) {
  lua_pushinteger(L, v);
  lua_setfield(L, -2, k);
}

static void set_str(lua_State *L, const char *k, const char *v) {
  if (!v) return;
  lua_pushstring(L, v);
  lua_setfield(L, -2, k);
}

static const pl_linefreq *linefreq(lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, LINEFREQ_KEY);
  const pl_linefreq *lf = lua_touserdata(L, -1);
  lua_pop(L, 1);
  return lf;
}

void plb_set_linefreq(lua_State *L, const pl_linefreq *lf) {
  if (lf) lua_pushlightuserdata(L, (void *)lf);
  else lua_pushnil(L);
  lua_setfield(L, LUA_REGISTRYINDEX, LINEFREQ_KEY);
}

/* [-0, +0, e] Segment a if needed. Sentences depend on the abbreviations
 * the rules bring: when no rules were loaded yet (parley.so used directly,
 * a `parley run` script), load the default ones first, so a:sentences()
 * splits as `parley extract` does. */
static void ensure_segmented(lua_State *L, pl_article *a) {
  if (a->segmented) return;
  if (plb_rules_count(L) < 0 && !plb_rules_loading(L)) {
    pl_diag d;
    if (plb_rules_load(L, NULL, 0, &d) != PL_OK) luaL_error(L, "cannot load the rules: %s", d.msg);
  }
  pl_article_segment(a, plb_segmenter(L));
}

/* Optional 1-based range arguments i, j over n items (negative counts from
 * the end, as string.sub). */
static void range_args(lua_State *L, int arg, size_t n, size_t *first, size_t *last) {
  lua_Integer i = luaL_optinteger(L, arg, 1), j = luaL_optinteger(L, arg + 1, -1);
  if (i < 0) i = (lua_Integer)n + i + 1;
  if (j < 0) j = (lua_Integer)n + j + 1;
  if (i < 1) i = 1;
  if (j > (lua_Integer)n) j = (lua_Integer)n;
  *first = (size_t)i;
  *last = (size_t)j;
}

/* ---- article methods ------------------------------------------------------ */

static void push_line(lua_State *L, pl_article *a, size_t i, const pl_linefreq *lf) {
  pl_span s = a->lines[i];
  lua_createtable(L, 0, 7);
  set_int(L, "index", (lua_Integer)i + 1);
  push_slice(L, a, s.start, s.stop);
  lua_setfield(L, -2, "text");
  set_int(L, "start", (lua_Integer)s.start + 1);
  set_int(L, "stop", (lua_Integer)s.stop);
  set_str(L, "removed", a->removed_by[i]);
  set_str(L, "why", a->removed_why[i]);
  if (a->cut_by && a->cut_by[i]) {
    set_str(L, "cut", a->cut_by[i]);
    push_slice(L, a, a->kept[i].start, a->kept[i].stop);
    lua_setfield(L, -2, "kept");
  }
  int count = lf ? pl_linefreq_count(lf, a->text + s.start, s.stop - s.start) : 0;
  set_int(L, "repeats", count > 0 ? count - 1 : 0);
}

/* a:lines([i [, j]]) -> array of {index, text, start, stop, removed, why,
 * repeats, and for a cut line: cut (the rule) and kept (the text left)} */
static int l_article_lines(lua_State *L) {
  pl_article *a = plb_check_article(L, 1);
  size_t first, last;
  range_args(L, 2, a->n_lines, &first, &last);
  const pl_linefreq *lf = linefreq(L);
  lua_createtable(L, last >= first ? (int)(last - first + 1) : 0, 0);
  for (size_t i = first; i <= last; i++) {
    push_line(L, a, i - 1, lf);
    lua_rawseti(L, -2, (lua_Integer)(i - first + 1));
  }
  return 1;
}

/* a:line(i) -> line table or nil */
static int l_article_line(lua_State *L) {
  pl_article *a = plb_check_article(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2);
  if (i < 1 || (size_t)i > a->n_lines) return 0;
  push_line(L, a, (size_t)i - 1, linefreq(L));
  return 1;
}

static int l_article_paragraphs(lua_State *L) {
  pl_article *a = plb_check_article(L, 1);
  ensure_segmented(L, a);
  lua_createtable(L, (int)a->n_paragraphs, 0);
  for (size_t i = 0; i < a->n_paragraphs; i++) {
    lua_createtable(L, 0, 4);
    set_int(L, "index", (lua_Integer)i + 1);
    push_slice(L, a, a->paragraphs[i].start, a->paragraphs[i].stop);
    lua_setfield(L, -2, "text");
    set_int(L, "start", (lua_Integer)a->paragraphs[i].start + 1);
    set_int(L, "stop", (lua_Integer)a->paragraphs[i].stop);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

void plb_push_sentences(lua_State *L, int idx) {
  idx = lua_absindex(L, idx);
  pl_article *a = plb_check_article(L, idx);
  lua_getiuservalue(L, idx, 1);
  if (lua_getfield(L, -1, "sentences") == LUA_TTABLE) {
    lua_remove(L, -2);
    return;
  }
  lua_pop(L, 1);
  ensure_segmented(L, a);
  lua_createtable(L, (int)a->n_sentences, 0);
  for (size_t i = 0; i < a->n_sentences; i++) {
    push_sentence(L, idx, a, (uint32_t)i);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, "sentences");
  lua_remove(L, -2);
}

static int l_article_sentences(lua_State *L) {
  plb_check_article(L, 1);
  plb_push_sentences(L, 1);
  return 1;
}

static int l_article_quotes(lua_State *L) {
  pl_article *a = plb_check_article(L, 1);
  ensure_segmented(L, a);
  lua_createtable(L, (int)a->n_quotes, 0);
  for (size_t i = 0; i < a->n_quotes; i++) {
    const pl_quote *q = &a->quotes[i];
    lua_createtable(L, 0, 7);
    push_slice(L, a, q->start, q->stop);
    lua_setfield(L, -2, "text");
    set_int(L, "start", (lua_Integer)q->start + 1);
    set_int(L, "stop", (lua_Integer)q->stop);
    set_int(L, "sentence", (lua_Integer)q->sentence + 1);
    set_int(L, "paragraph", (lua_Integer)q->paragraph + 1);
    set_int(L, "depth", q->depth);
    lua_pushboolean(L, q->closed);
    lua_setfield(L, -2, "closed");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* One entry of a:removed(): a whole line, or the parts cut off one. */
static void push_removal(lua_State *L, const pl_article *a, size_t i, const char *rule,
                         const char *why, int cut) {
  pl_span line = a->lines[i], kept = a->kept[i];
  lua_createtable(L, 0, 5);
  set_int(L, "line", (lua_Integer)i + 1);
  if (!cut) {
    push_slice(L, a, line.start, line.stop);
  } else {
    /* what was cut, head and tail joined by " ... " */
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    uint32_t head_end = kept.start, tail_start = kept.stop;
    while (head_end > line.start && a->text[head_end - 1] == ' ') head_end--;
    while (tail_start < line.stop && a->text[tail_start] == ' ') tail_start++;
    luaL_addlstring(&b, a->text + line.start, head_end - line.start);
    if (head_end > line.start && tail_start < line.stop) luaL_addstring(&b, " ... ");
    luaL_addlstring(&b, a->text + tail_start, line.stop - tail_start);
    luaL_pushresult(&b);
  }
  lua_setfield(L, -2, "text");
  set_str(L, "rule", rule);
  set_str(L, "why", why);
  if (cut) {
    lua_pushboolean(L, 1);
    lua_setfield(L, -2, "cut");
  }
}

/* a:removed() -> array of {line, text, rule, why, cut = true for a part},
 * in line order */
static int l_article_removed(lua_State *L) {
  pl_article *a = plb_check_article(L, 1);
  lua_createtable(L, (int)(a->n_removed + a->n_cut), 0);
  lua_Integer k = 0;
  for (size_t i = 0; i < a->n_lines; i++) {
    if (a->removed_by[i]) push_removal(L, a, i, a->removed_by[i], a->removed_why[i], 0);
    else if (a->cut_by && a->cut_by[i]) push_removal(L, a, i, a->cut_by[i], a->cut_why[i], 1);
    else continue;
    lua_rawseti(L, -2, ++k);
  }
  return 1;
}

/* a:cut_line(i, head, tail [, why]): cut head bytes off the start and tail
 * bytes off the end of line i; the running rule is recorded. */
static int l_article_cut_line(lua_State *L) {
  pl_article *a = plb_check_article(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2);
  lua_Integer head = luaL_checkinteger(L, 3), tail = luaL_optinteger(L, 4, 0);
  const char *why = luaL_optstring(L, 5, NULL);
  const char *rule = plb_current_rule();
  pl_diag d;
  if (i < 1 || (size_t)i > a->n_lines)
    return luaL_argerror(L, 2, lua_pushfstring(L, "line %I out of range (1..%I)", i,
                                                (lua_Integer)a->n_lines));
  luaL_argcheck(L, head >= 0, 3, "byte count must be >= 0");
  luaL_argcheck(L, tail >= 0, 4, "byte count must be >= 0");
  if (pl_article_cut_line(a, (size_t)i - 1, (size_t)head, (size_t)tail, rule ? rule : "user",
                          why, &d) != PL_OK)
    return luaL_error(L, "%s", d.msg);
  return 0;
}

/* a:remove_line(i [, why]): the rule running now is recorded as the remover. */
static int l_article_remove_line(lua_State *L) {
  pl_article *a = plb_check_article(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2);
  const char *why = luaL_optstring(L, 3, NULL);
  const char *rule = plb_current_rule();
  pl_diag d;
  if (i < 1 || (size_t)i > a->n_lines)
    return luaL_argerror(L, 2, lua_pushfstring(L, "line %I out of range (1..%I)", i,
                                                (lua_Integer)a->n_lines));
  if (pl_article_remove_line(a, (size_t)i - 1, rule ? rule : "user", why, &d) != PL_OK)
    return luaL_error(L, "%s", d.msg);
  return 0;
}

static int l_article_warn(lua_State *L) {
  pl_article *a = plb_check_article(L, 1);
  pl_article_warn(a, "%s", luaL_checkstring(L, 2));
  return 0;
}

static const luaL_Reg article_methods[] = {
    {"lines", l_article_lines},         {"line", l_article_line},
    {"paragraphs", l_article_paragraphs}, {"sentences", l_article_sentences},
    {"quotes", l_article_quotes},       {"removed", l_article_removed},
    {"remove_line", l_article_remove_line}, {"cut_line", l_article_cut_line},
    {"add_meeting", plb_l_article_add_meeting}, {"meetings", plb_l_article_meetings},
    {"remove_meeting", plb_l_article_remove_meeting},
    {"warn", l_article_warn},
    {NULL, NULL}};

/* ---- article fields -------------------------------------------------------- */

static int meta_field(const char *k) {
  for (int f = 0; f < PL_META_COUNT; f++)
    if (strcmp(k, pl_meta_name((pl_meta_field)f)) == 0) return f;
  return -1;
}

static int push_cached_text(lua_State *L, pl_article *a) {
  lua_getiuservalue(L, 1, 1);
  if (lua_getfield(L, -1, "text") == LUA_TSTRING) return 1;
  lua_pop(L, 1);
  lua_pushlstring(L, a->text, a->len);
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, "text");
  return 1;
}

static int push_data(lua_State *L) {
  lua_getiuservalue(L, 1, 1);
  if (lua_getfield(L, -1, "data") == LUA_TTABLE) return 1;
  lua_pop(L, 1);
  lua_newtable(L);
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, "data");
  return 1;
}

static int l_article_index(lua_State *L) {
  pl_article *a = plb_check_article(L, 1);
  const char *k = luaL_checkstring(L, 2);
  int f = meta_field(k);
  if (f >= 0) {
    if (a->meta[f]) lua_pushstring(L, a->meta[f]);
    else lua_pushnil(L);
    return 1;
  }
  if (strcmp(k, "id") == 0) lua_pushstring(L, a->id);
  else if (strcmp(k, "path") == 0) lua_pushstring(L, a->path);
  else if (strcmp(k, "text") == 0) return push_cached_text(L, a);
  else if (strcmp(k, "data") == 0) return push_data(L);
  else if (strcmp(k, "n_lines") == 0) lua_pushinteger(L, (lua_Integer)a->n_lines);
  else if (strcmp(k, "bytes") == 0) lua_pushinteger(L, (lua_Integer)a->raw_bytes);
  else if (strcmp(k, "corpus_size") == 0) {
    const pl_linefreq *lf = linefreq(L);
    lua_pushinteger(L, lf ? (lua_Integer)pl_linefreq_articles(lf) : 0);
  } else if (strcmp(k, "warnings") == 0) {
    lua_createtable(L, (int)a->n_warnings, 0);
    for (size_t i = 0; i < a->n_warnings; i++) {
      lua_pushstring(L, a->warnings[i]);
      lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
  } else if (lua_getfield(L, lua_upvalueindex(1), k) == LUA_TNIL) {
    return luaL_error(L, "article has no field '%s'", k);
  }
  return 1;
}

static int l_article_newindex(lua_State *L) {
  pl_article *a = plb_check_article(L, 1);
  const char *k = luaL_checkstring(L, 2);
  int f = meta_field(k);
  if (f < 0)
    return luaL_error(L,
                      "cannot set article field '%s' (settable: title, source, published, "
                      "published_from, dateline; keep your own values in a.data)", k);
  if (!lua_isnil(L, 3) && lua_type(L, 3) != LUA_TSTRING)
    return luaL_error(L, "article.%s must be a string or nil, not a %s", k, luaL_typename(L, 3));
  pl_diag d;
  if (pl_article_set_meta(a, (pl_meta_field)f, lua_tostring(L, 3), &d) != PL_OK)
    return luaL_error(L, "%s", d.msg);
  return 0;
}

static int l_article_tostring(lua_State *L) {
  pl_article *a = plb_check_article(L, 1);
  lua_pushfstring(L, "parley.article %s (%s)", a->id, a->path);
  return 1;
}

/* ---- sentence ------------------------------------------------------------- */

static const char *const sentence_fields[] = {"text", "index", "start", "stop", "paragraph",
                                              "article", NULL};

static int builtin_field(const char *k) {
  for (int i = 0; sentence_fields[i]; i++)
    if (strcmp(k, sentence_fields[i]) == 0) return 1;
  return 0;
}

/* [-0, +1, e] The value rules set on the sentence at 1 under k, else the
 * value of the rules' sentence field k computed now and kept (s.dates is
 * worked out only for the sentences that are asked), else nil. */
static int annotation(lua_State *L, const char *k) {
  if (lua_getiuservalue(L, 1, 2) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setiuservalue(L, 1, 2);
  }
  int t = lua_gettop(L);
  if (lua_getfield(L, t, k) != LUA_TNIL) return 1;
  lua_pop(L, 1);
  if (lua_getfield(L, LUA_REGISTRYINDEX, "parley.sentence_fields") != LUA_TTABLE ||
      lua_getfield(L, -1, k) != LUA_TFUNCTION) {
    lua_pushnil(L);
    return 1;
  }
  lua_pushvalue(L, 1);
  lua_call(L, 1, 1); /* inside a rule handler: the gateway's pcall is around us */
  lua_pushvalue(L, -1);
  lua_setfield(L, t, k);
  return 1;
}

/* Fields: text, index, start, stop, paragraph, article; any other key is a
 * value a rule set (s.actors) or computed by a rule's sentence_fields, or
 * nil. */
static int l_sentence_index(lua_State *L) {
  sentence_box *box = check_sentence(L, 1);
  const pl_sentence *s = &box->a->sentences[box->index];
  const char *k = luaL_checkstring(L, 2);
  if (strcmp(k, "text") == 0) push_slice(L, box->a, s->start, s->stop);
  else if (strcmp(k, "index") == 0) lua_pushinteger(L, (lua_Integer)box->index + 1);
  else if (strcmp(k, "start") == 0) lua_pushinteger(L, (lua_Integer)s->start + 1);
  else if (strcmp(k, "stop") == 0) lua_pushinteger(L, (lua_Integer)s->stop);
  else if (strcmp(k, "paragraph") == 0) lua_pushinteger(L, (lua_Integer)s->paragraph + 1);
  else if (strcmp(k, "article") == 0) lua_getiuservalue(L, 1, 1);
  else return annotation(L, k);
  return 1;
}

/* Rules annotate sentences (s.actors = {...}); the built-in fields are
 * read-only. */
static int l_sentence_newindex(lua_State *L) {
  check_sentence(L, 1);
  const char *k = luaL_checkstring(L, 2);
  if (builtin_field(k)) return luaL_error(L, "sentence field '%s' is read-only", k);
  if (lua_getiuservalue(L, 1, 2) != LUA_TTABLE) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setiuservalue(L, 1, 2);
  }
  lua_pushvalue(L, 2);
  lua_pushvalue(L, 3);
  lua_rawset(L, -3);
  return 0;
}

static int l_sentence_tostring(lua_State *L) {
  sentence_box *box = check_sentence(L, 1);
  lua_pushfstring(L, "parley.sentence %d of %s", (int)box->index + 1, box->a->path);
  return 1;
}

void plb_article_open(lua_State *L) {
  if (luaL_newmetatable(L, PLB_ARTICLE_MT)) {
    luaL_newlib(L, article_methods);
    lua_pushcclosure(L, l_article_index, 1);
    lua_setfield(L, -2, "__index");
    static const luaL_Reg meta[] = {{"__newindex", l_article_newindex},
                                    {"__gc", l_article_gc},
                                    {"__close", l_article_gc},
                                    {"__tostring", l_article_tostring},
                                    {NULL, NULL}};
    luaL_setfuncs(L, meta, 0);
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, PLB_SENTENCE_MT)) {
    static const luaL_Reg meta[] = {{"__index", l_sentence_index},
                                    {"__newindex", l_sentence_newindex},
                                    {"__gc", l_sentence_gc},
                                    {"__close", l_sentence_gc},
                                    {"__tostring", l_sentence_tostring},
                                    {NULL, NULL}};
    luaL_setfuncs(L, meta, 0);
  }
  lua_pop(L, 1);
}

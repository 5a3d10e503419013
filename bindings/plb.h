/* plb.h: helpers shared by the binding files (the Lua face of libparley).
 * Objects are userdata boxes holding a counted reference to a core object,
 * created closed and then filled so __gc is always safe. Stack effects are
 * given as [-pop, +push, errors] in the style of the Lua manual. */
#ifndef PLB_H
#define PLB_H

#include <lauxlib.h>
#include <lua.h>

#include "article.h"
#include "linefreq.h"
#include "segment.h"

#define PLB_ARTICLE_MT "parley.article"
#define PLB_SENTENCE_MT "parley.sentence"

/* [-0, +0, m] Create the article and sentence metatables (idempotent). */
void plb_article_open(lua_State *L);

/* [-0, +1, m] Push a new article object holding a new reference to a. */
void plb_push_article(lua_State *L, pl_article *a);

/* [-0, +0, v] The article at idx; raises a clear error if it is not one. */
pl_article *plb_check_article(lua_State *L, int idx);

/* [-0, +1, m] Push the array of sentence objects of the article object at
 * idx, segmenting it first if needed (cached in the object). */
void plb_push_sentences(lua_State *L, int idx);

/* [-0, +0, m] The segmenter of this state, created empty on first use and
 * kept in the registry; rules add abbreviations to it. */
pl_segmenter *plb_segmenter(lua_State *L);

/* [-0, +0, m] Make line-repetition counts of the current corpus visible to
 * rules as line.repeats and a.corpus_size (borrowed: the caller keeps lf
 * alive while rules run, and clears it with NULL). */
void plb_set_linefreq(lua_State *L, const pl_linefreq *lf);

/* [-0, +0, m] Load the rule scripts: every rules/NAME.lua of the script source
 * in name order, then each extra file, all or nothing. Replaces rules loaded
 * before. PL_OK, or PL_ESCRIPT / PL_ENOENT with the script's file:line in d. */
int plb_rules_load(lua_State *L, const char *const *extra, size_t n_extra, pl_diag *d);

/* [-0, +0, -] Number of rules loaded (-1 if plb_rules_load never ran). */
int plb_rules_count(lua_State *L);

/* [-0, +0, -] 1 while plb_rules_load runs the rule scripts of L. */
int plb_rules_loading(lua_State *L);

/* [-0, +0, -] Run every rule on a: article handlers in order, then
 * segmentation, then sentence handlers for each sentence. The first failing
 * handler stops the article: PL_ESCRIPT with file:line, rule and article in
 * d (the article keeps a warning saying so). */
int plb_rules_run(lua_State *L, pl_article *a, pl_diag *d);

/* [-0, +0, -] The same for the article object at idx, so the handlers see
 * that very object (and its a.data), as parley.extract's caller does. */
int plb_rules_run_object(lua_State *L, int idx, pl_diag *d);

/* [-0, +1, m] Push the result of a core failure as nil, message, code (the
 * Lua convention for failures of the world). Returns 3. */
int plb_push_failure(lua_State *L, const pl_diag *d);

/* Meetings of the article object at index 1 (meeting_lua.c):
 * a:add_meeting(t), a:meetings(), a:remove_meeting(m). */
int plb_l_article_add_meeting(lua_State *L);
int plb_l_article_meetings(lua_State *L);
int plb_l_article_remove_meeting(lua_State *L);

/* [-0, +0, -] Copy the meeting tables of the article object at art into
 * core records attached to a (checked against SCHEMA.md), all or none.
 * PL_OK, or PL_ESCRIPT with "meeting N: ... (checking meetings)" in d (a
 * wrong type or a failed check of the N-th meeting); a then has no
 * meetings. */
int plb_meetings_commit(lua_State *L, int art, pl_article *a, pl_diag *d);

/* parley.lexicon() -> a new phrase lexicon (lexicon_lua.c). */
int plb_l_lexicon(lua_State *L);

/* [-0, +1, m] Push the parley.date function table (date_lua.c). */
void plb_open_date(lua_State *L);

/* parley.shape(s [, stop_words]): line-shape measures (shape_lua.c). */
int plb_l_shape(lua_State *L);

#endif

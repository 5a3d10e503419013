/* linefreq.h: how many articles of a corpus contain each short line, so
 * rules can spot boilerplate repeated across a site ("Related coverage",
 * menus) without a list of phrases. Lines are keyed by a 64-bit hash; long
 * lines (real prose) are not counted. Never calls Lua. */
#ifndef PL_LINEFREQ_H
#define PL_LINEFREQ_H

#include <stddef.h>

#include "article.h"

#define PL_LINEFREQ_MAX_LINE 300

typedef struct pl_linefreq pl_linefreq;

pl_linefreq *pl_linefreq_new(void);
void pl_linefreq_free(pl_linefreq *lf);
/* Count each distinct non-blank line (at most PL_LINEFREQ_MAX_LINE bytes)
 * of a once. */
void pl_linefreq_add(pl_linefreq *lf, const pl_article *a);
/* Number of added articles that contain line[0..n) (0 for long lines). */
int pl_linefreq_count(const pl_linefreq *lf, const char *line, size_t n);
/* Number of articles added. */
size_t pl_linefreq_articles(const pl_linefreq *lf);

#endif

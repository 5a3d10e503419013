/* record.h: the NDJSON records of SCHEMA.md, written with jansson. Field
 * names are an interface: extend, never rename. Never calls Lua. */
#ifndef PL_RECORD_H
#define PL_RECORD_H

#include <stdio.h>

#include "article.h"

/* The article record as one line of compact JSON, without the newline; a
 * new string the caller frees. Unknown values are null. Strings that are not
 * valid UTF-8 (file names can be any bytes) have the bad bytes replaced by
 * U+FFFD so the line always parses. */
char *pl_article_record(const pl_article *a);

struct pl_meeting;

/* One meeting record of article a, as above. */
char *pl_meeting_record(const pl_article *a, const struct pl_meeting *m);

/* Write the article record and then its meeting records, one per line, to
 * f. Returns PL_OK or PL_EIO. */
int pl_article_write_ndjson(const pl_article *a, FILE *f);

#endif

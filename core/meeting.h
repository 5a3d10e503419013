/* meeting.h: the meeting records an article reports, plans or recalls, as
 * plain C data (SCHEMA.md "meeting"): rules build them in Lua, the bindings
 * copy them here, and from here on they are immutable, shared with the
 * writer, the store and other threads through the article. Never calls
 * Lua. */
#ifndef PL_MEETING_H
#define PL_MEETING_H

/* Longest quotation text a meeting may have, in bytes. */
#define PL_MEETING_QUOTE_MAX 4096
/* Longest duration a meeting may have, in minutes (about ten weeks). */
#define PL_MEETING_DURATION_MAX 100000

#include <stddef.h>
#include <stdint.h>

#include "article.h"

typedef struct pl_participant {
  char *name;    /* canonical name; never NULL */
  char *role;    /* role at the meeting's date, or NULL */
  char *country; /* or NULL */
} pl_participant;

typedef struct pl_said {
  char *speaker; /* canonical name, or NULL when unattributed */
  char *text;
} pl_said;

typedef struct pl_evidence {
  uint32_t sentence;    /* 0-based sentence index */
  uint32_t start, stop; /* byte offsets into the article text, [start, stop) */
} pl_evidence;

typedef struct pl_meeting {
  char *id; /* set when added to the article: "<article id>-<n>" */
  pl_participant *participants;
  size_t n_participants;
  char *status; /* "held", "planned" or "past" */
  char *date;   /* partial ISO date or NULL */
  char *date_precision; /* "day", "month", "season", "year" or NULL */
  char *date_text;
  char *place, *country, *occasion;
  char *format; /* "in_person", "phone", "video" or NULL */
  int has_duration;    /* 0 when the duration is unknown */
  double duration_min; /* minutes, 0..PL_MEETING_DURATION_MAX, if has_duration */
  char **topics;
  size_t n_topics;
  pl_said *quotes;
  size_t n_quotes;
  int main;
  pl_evidence *evidence;
  size_t n_evidence;
} pl_meeting;

/* A new empty meeting (duration unknown), to fill field by field with
 * malloc'd strings the meeting then owns. */
pl_meeting *pl_meeting_new(void);
void pl_meeting_free(pl_meeting *m);

/* Append to the meeting's lists (strings copied; role, country, speaker may
 * be NULL). */
void pl_meeting_add_participant(pl_meeting *m, const char *name, const char *role,
                                const char *country);
void pl_meeting_add_topic(pl_meeting *m, const char *label);
void pl_meeting_add_quote(pl_meeting *m, const char *speaker, const char *text);
void pl_meeting_add_evidence(pl_meeting *m, uint32_t sentence, uint32_t start, uint32_t stop);

/* Check m against SCHEMA.md and the article it belongs to: status present
 * and known; date and date_precision both set or both NULL, the date a
 * partial ISO date of that precision (a "season" is written as its year
 * or its first month: 03, 06, 09 or 12); format known; a known duration
 * finite and within 0..PL_MEETING_DURATION_MAX; at least one participant;
 * strings non-empty, valid UTF-8 without C0/C1 control characters and of
 * bounded length; evidence inside the text and, once the article is
 * segmented, inside an existing sentence. PL_OK or PL_EINVAL with a
 * message starting "meeting " that names the field in d. */
int pl_meeting_check(const pl_meeting *m, const pl_article *a, pl_diag *d);

/* Check m and attach it to a, which takes ownership (also on failure, when
 * m is freed). Sets m->id. PL_EINVAL as pl_meeting_check. */
int pl_article_add_meeting_take(pl_article *a, pl_meeting *m, pl_diag *d);

#endif

/* meeting.c: building, checking and attaching meeting records. The check
 * is the contract of SCHEMA.md, enforced where the data becomes C, so no
 * writer or store downstream has to distrust it. Never calls Lua. */
#include "meeting.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "calendar.h"
#include "text.h"

pl_meeting *pl_meeting_new(void) {
  return pl_xcalloc(1, sizeof(pl_meeting));
}

void pl_meeting_free(pl_meeting *m) {
  if (!m) return;
  free(m->id);
  for (size_t i = 0; i < m->n_participants; i++) {
    free(m->participants[i].name);
    free(m->participants[i].role);
    free(m->participants[i].country);
  }
  free(m->participants);
  char **fields[] = {&m->status, &m->date, &m->date_precision, &m->date_text, &m->place,
                     &m->country, &m->occasion, &m->format};
  for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++) free(*fields[i]);
  for (size_t i = 0; i < m->n_topics; i++) free(m->topics[i]);
  free(m->topics);
  for (size_t i = 0; i < m->n_quotes; i++) {
    free(m->quotes[i].speaker);
    free(m->quotes[i].text);
  }
  free(m->quotes);
  free(m->evidence);
  free(m);
}

static char *dup_or_null(const char *s) { return s ? pl_xstrdup(s) : NULL; }

void pl_meeting_add_participant(pl_meeting *m, const char *name, const char *role,
                                const char *country) {
  m->participants = pl_xrealloc(m->participants,
                                pl_mul_size(m->n_participants + 1, sizeof *m->participants));
  pl_participant *p = &m->participants[m->n_participants++];
  p->name = pl_xstrdup(name);
  p->role = dup_or_null(role);
  p->country = dup_or_null(country);
}

void pl_meeting_add_topic(pl_meeting *m, const char *label) {
  m->topics = pl_xrealloc(m->topics, pl_mul_size(m->n_topics + 1, sizeof *m->topics));
  m->topics[m->n_topics++] = pl_xstrdup(label);
}

void pl_meeting_add_quote(pl_meeting *m, const char *speaker, const char *text) {
  m->quotes = pl_xrealloc(m->quotes, pl_mul_size(m->n_quotes + 1, sizeof *m->quotes));
  m->quotes[m->n_quotes].speaker = dup_or_null(speaker);
  m->quotes[m->n_quotes].text = pl_xstrdup(text);
  m->n_quotes++;
}

void pl_meeting_add_evidence(pl_meeting *m, uint32_t sentence, uint32_t start, uint32_t stop) {
  m->evidence = pl_xrealloc(m->evidence, pl_mul_size(m->n_evidence + 1, sizeof *m->evidence));
  m->evidence[m->n_evidence].sentence = sentence;
  m->evidence[m->n_evidence].start = start;
  m->evidence[m->n_evidence].stop = stop;
  m->n_evidence++;
}

/* ---- checking ------------------------------------------------------------ */

static int one_of(const char *v, const char *const *allowed) {
  for (int i = 0; allowed[i]; i++)
    if (strcmp(v, allowed[i]) == 0) return 1;
  return 0;
}

/* A string field: not empty, valid UTF-8, no C0 or C1 control character
 * (the record goes to JSON, terminals and spreadsheets), at most max
 * bytes. Optional fields are NULL when unknown, never "". */
static int check_text(const char *v, size_t max, const char *field, int optional,
                      const pl_article *a, pl_diag *d) {
  size_t n = strlen(v);
  if (n == 0)
    return pl_diag_set(d, PL_EINVAL, a->path, "meeting %s is empty%s", field,
                       optional ? " (use nil when it is unknown)" : "");
  if (n > max)
    return pl_diag_set(d, PL_EINVAL, a->path, "meeting %s is longer than %zu bytes", field, max);
  for (size_t i = 0; i < n;) {
    int32_t cp;
    size_t k = pl_utf8_decode(v + i, n - i, &cp);
    if (!k) return pl_diag_set(d, PL_EINVAL, a->path, "meeting %s is not valid UTF-8", field);
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0))
      return pl_diag_set(d, PL_EINVAL, a->path, "meeting %s contains a control character", field);
    i += k;
  }
  return PL_OK;
}

static int check_date(const pl_meeting *m, const pl_article *a, pl_diag *d) {
  static const char *const precisions[] = {"day", "month", "season", "year", NULL};
  static const int want[] = {PL_DATE_DAY, PL_DATE_MONTH, 0, PL_DATE_YEAR};
  const char *prec = m->date_precision;
  if (prec && !one_of(prec, precisions))
    return pl_diag_set(d, PL_EINVAL, a->path,
                       "meeting date_precision must be day, month, season or year, not '%.20s'",
                       prec);
  int y, mo, dd, p = m->date ? pl_date_parse(m->date, &y, &mo, &dd) : PL_DATE_INVALID;
  if (m->date && p == PL_DATE_INVALID)
    return pl_diag_set(d, PL_EINVAL, a->path,
                       "meeting date must be YYYY, YYYY-MM or YYYY-MM-DD, not '%.20s'", m->date);
  /* A date says nothing without its precision, and a precision nothing
   * without a date: both or neither. */
  if (m->date && !prec)
    return pl_diag_set(d, PL_EINVAL, a->path, "meeting date '%s' needs a date_precision",
                       m->date);
  if (!m->date && prec)
    return pl_diag_set(d, PL_EINVAL, a->path, "meeting date_precision '%s' needs a date", prec);
  if (!m->date) return PL_OK;
  int k = 0;
  while (strcmp(prec, precisions[k]) != 0) k++;
  if (k == 2) {
    if (p == PL_DATE_YEAR || (p == PL_DATE_MONTH && mo % 3 == 0)) return PL_OK;
    return pl_diag_set(d, PL_EINVAL, a->path,
                       "meeting date '%s' does not have the precision 'season' (a season is "
                       "written as its year or its first month: 03, 06, 09 or 12)",
                       m->date);
  }
  if (p != want[k])
    return pl_diag_set(d, PL_EINVAL, a->path,
                       "meeting date '%s' does not have the precision '%s'", m->date, prec);
  return PL_OK;
}

static int check_people(const pl_meeting *m, const pl_article *a, pl_diag *d) {
  int rc = PL_OK;
  if (m->n_participants == 0)
    return pl_diag_set(d, PL_EINVAL, a->path, "meeting needs at least one participant");
  for (size_t i = 0; rc == PL_OK && i < m->n_participants; i++) {
    const pl_participant *p = &m->participants[i];
    rc = p->name ? check_text(p->name, 200, "participant name", 0, a, d)
                 : pl_diag_set(d, PL_EINVAL, a->path, "meeting participant %zu has no name", i + 1);
    if (rc == PL_OK && p->role) rc = check_text(p->role, 200, "participant role", 1, a, d);
    if (rc == PL_OK && p->country)
      rc = check_text(p->country, 200, "participant country", 1, a, d);
  }
  for (size_t i = 0; rc == PL_OK && i < m->n_quotes; i++) {
    if (m->quotes[i].speaker)
      rc = check_text(m->quotes[i].speaker, 200, "quote speaker", 1, a, d);
    if (rc == PL_OK)
      rc = m->quotes[i].text
               ? check_text(m->quotes[i].text, PL_MEETING_QUOTE_MAX, "quote text", 0, a, d)
               : pl_diag_set(d, PL_EINVAL, a->path, "meeting quote %zu has no text", i + 1);
  }
  return rc;
}

static int check_evidence(const pl_meeting *m, const pl_article *a, pl_diag *d) {
  for (size_t i = 0; i < m->n_evidence; i++) {
    const pl_evidence *e = &m->evidence[i];
    if (e->start > e->stop || e->stop > a->len)
      return pl_diag_set(d, PL_EINVAL, a->path, "meeting evidence %zu is outside the article",
                         i + 1);
    if (!a->segmented) continue;
    if (e->sentence >= a->n_sentences)
      return pl_diag_set(d, PL_EINVAL, a->path,
                         "meeting evidence %zu is sentence %lu, but the article has %zu", i + 1,
                         (unsigned long)e->sentence + 1, a->n_sentences);
    const pl_sentence *s = &a->sentences[e->sentence];
    if (e->start < s->start || e->stop > s->stop)
      return pl_diag_set(d, PL_EINVAL, a->path, "meeting evidence %zu is not inside sentence %lu",
                         i + 1, (unsigned long)e->sentence + 1);
  }
  return PL_OK;
}

int pl_meeting_check(const pl_meeting *m, const pl_article *a, pl_diag *d) {
  static const char *const statuses[] = {"held", "planned", "past", NULL};
  static const char *const formats[] = {"in_person", "phone", "video", NULL};
  if (!m->status || !one_of(m->status, statuses))
    return pl_diag_set(d, PL_EINVAL, a->path,
                       "meeting status must be held, planned or past, not %s%.20s%s",
                       m->status ? "'" : "", m->status ? m->status : "nil",
                       m->status ? "'" : "");
  if (m->format && !one_of(m->format, formats))
    return pl_diag_set(d, PL_EINVAL, a->path,
                       "meeting format must be in_person, phone or video, not '%.20s'", m->format);
  if (m->has_duration &&
      !(isfinite(m->duration_min) && m->duration_min >= 0 &&
        m->duration_min <= PL_MEETING_DURATION_MAX))
    return pl_diag_set(d, PL_EINVAL, a->path,
                       "meeting duration_min must be a number of minutes from 0 to %d, not %g",
                       PL_MEETING_DURATION_MAX, m->duration_min);
  int rc = check_date(m, a, d);
  const char *texts[] = {m->date_text, m->place, m->country, m->occasion};
  const char *names[] = {"date_text", "place", "country", "occasion"};
  for (int i = 0; rc == PL_OK && i < 4; i++)
    if (texts[i]) rc = check_text(texts[i], 500, names[i], 1, a, d);
  for (size_t i = 0; rc == PL_OK && i < m->n_topics; i++)
    rc = m->topics[i] ? check_text(m->topics[i], 100, "topic", 0, a, d)
                      : pl_diag_set(d, PL_EINVAL, a->path, "meeting topic %zu is NULL", i + 1);
  if (rc == PL_OK) rc = check_people(m, a, d);
  return rc == PL_OK ? check_evidence(m, a, d) : rc;
}

int pl_article_add_meeting_take(pl_article *a, pl_meeting *m, pl_diag *d) {
  int rc = a->finished ? pl_diag_set(d, PL_EINVAL, a->path,
                                     "meetings cannot be added after the article's rules have run")
                       : pl_meeting_check(m, a, d);
  if (rc != PL_OK) {
    pl_meeting_free(m);
    return rc;
  }
  char id[64];
  snprintf(id, sizeof id, "%s-%zu", a->id, a->n_meetings + 1);
  free(m->id);
  m->id = pl_xstrdup(id);
  a->meetings = pl_xrealloc(a->meetings, pl_mul_size(a->n_meetings + 1, sizeof *a->meetings));
  a->meetings[a->n_meetings++] = m;
  return PL_OK;
}

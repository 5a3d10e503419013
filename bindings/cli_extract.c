/* cli_extract.c: `parley extract`: expand paths, run the rules on each
 * article, print a readable summary or NDJSON records. One failing article
 * never stops the others; the exit status says whether any failed. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "cli.h"
#include "linefreq.h"
#include "meeting.h"
#include "plb.h"
#include "record.h"
#include "walk.h"

static const char extract_help[] =
    "usage: parley extract [options] PATH...\n"
    "\n"
    "Read news articles, run the rules on each, and print what they found: a\n"
    "readable summary per article, or with --ndjson one JSON record per line\n"
    "(fields as in SCHEMA.md). A PATH may be a file or a folder (searched\n"
    "recursively; names starting with '.' are skipped), or '-' to read from\n"
    "standard input one path per line, or one JSON document per line\n"
    "({\"path\": \"...\", \"text\": \"...\"}) so parley can run as the map step\n"
    "of a streaming job.\n"
    "\n"
    "options:\n"
    "  --ndjson          print JSON records, one per line, instead of summaries\n"
    "  --show-removed    list every removed boilerplate line and the rule that\n"
    "                    removed it in the summary\n"
    "%s"
    "  -h, --help        show this help\n"
    "\n"
    "Problems with one article (unreadable, empty, binary, too large, a rule\n"
    "that fails) are reported on stderr as 'parley: PATH: message' and the\n"
    "other articles still go through.\n"
    "\n"
    "exit status: 0 every article processed, 1 some failed (the rest were\n"
    "processed), 2 usage error or rules that do not load.\n";

/* One input: a file, or a document read from stdin (text set). */
typedef struct input {
  char *path;
  char *text;
  size_t len;
} input;

typedef struct file_list {
  input *items;
  size_t n, cap;
  size_t failed; /* inputs that could not even be listed */
} file_list;

static void add_input(file_list *fl, const char *path, const char *text, size_t len) {
  if (fl->n == fl->cap) {
    fl->cap = fl->cap ? fl->cap * 2 : 64;
    fl->items = pl_xrealloc(fl->items, pl_mul_size(fl->cap, sizeof *fl->items));
  }
  input *in = &fl->items[fl->n++];
  in->path = pl_xstrdup(path);
  in->text = text ? pl_xstrndup(text, len) : NULL;
  in->len = len;
}

static int add_file(const char *path, void *ud) {
  add_input(ud, path, NULL, 0);
  return 0;
}

static void walk_error(const pl_diag *d, void *ud) {
  file_list *fl = ud;
  fl->failed++;
  cli_error(d);
}

/* A stdin line holding {"path": ..., "text": ...}. */
static void add_document(file_list *fl, const char *line, size_t lineno) {
  json_error_t err;
  json_t *doc = json_loads(line, JSON_REJECT_DUPLICATES, &err);
  const char *path = NULL, *text = NULL;
  size_t len = 0;
  if (doc && json_is_object(doc)) {
    json_t *t = json_object_get(doc, "text"), *p = json_object_get(doc, "path");
    if (json_is_string(t)) {
      text = json_string_value(t);
      len = json_string_length(t);
    }
    if (json_is_string(p)) path = json_string_value(p);
  }
  if (!text) {
    cli_errorf("stdin line %zu: %s", lineno,
               doc ? "a JSON document needs a string \"text\" (and a \"path\")" : err.text);
    fl->failed++;
  } else {
    char fallback[64];
    snprintf(fallback, sizeof fallback, "stdin:%zu", lineno);
    add_input(fl, path ? path : fallback, text, len);
  }
  json_decref(doc);
}

static void read_stdin(file_list *fl) {
  char *line = NULL;
  size_t cap = 0, lineno = 0;
  ssize_t n;
  while ((n = getline(&line, &cap, stdin)) > 0) {
    lineno++;
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
    if (n == 0) continue;
    if (line[0] == '{') add_document(fl, line, lineno);
    else pl_walk(line, add_file, walk_error, fl);
  }
  free(line);
}

static void free_inputs(file_list *fl) {
  for (size_t i = 0; i < fl->n; i++) {
    free(fl->items[i].path);
    free(fl->items[i].text);
  }
  free(fl->items);
}

/* Load one input as an article. */
static int load_input(const input *in, size_t max_bytes, pl_article **a, pl_diag *d) {
  pl_limits lim = {max_bytes};
  if (in->text) return pl_article_from_memory(in->text, in->len, in->path, &lim, a, d);
  return pl_article_load(in->path, &lim, a, d);
}

/* ---- the readable summary --------------------------------------------------- */

static void field(FILE *out, const char *name, const char *value) {
  fprintf(out, "  %-10s %s\n", name, value ? value : "-");
}

static void print_removal(FILE *out, const pl_article *a, size_t i) {
  int cut = !a->removed_by[i];
  const char *rule = cut ? a->cut_by[i] : a->removed_by[i];
  const char *why = cut ? a->cut_why[i] : a->removed_why[i];
  pl_span line = a->lines[i], kept = a->kept[i];
  /* for a cut line, show what was cut (the head if there is one) */
  uint32_t from = line.start, to = line.stop;
  if (cut) {
    if (kept.start > line.start) to = kept.start;
    else from = kept.stop;
  }
  int len = (int)(to - from);
  fprintf(out, "    line %-4zu %s[%s%s%s] %.*s%s\n", i + 1, cut ? "cut " : "", rule,
          why ? ": " : "", why ? why : "", len > 70 ? 70 : len, a->text + from,
          len > 70 ? "..." : "");
}

static void summary_removed(FILE *out, const pl_article *a, int list_all) {
  if (!a->n_removed && !a->n_cut) {
    field(out, "removed", "nothing");
    return;
  }
  fprintf(out, "  %-10s %zu line%s", "removed", a->n_removed, a->n_removed == 1 ? "" : "s");
  if (a->n_cut) fprintf(out, ", part of %zu more", a->n_cut);
  fputc('\n', out);
  if (!list_all) return;
  for (size_t i = 0; i < a->n_lines; i++)
    if (a->removed_by[i] || (a->cut_by && a->cut_by[i])) print_removal(out, a, i);
}

/* One line per meeting: status, date, who, where, occasion, length. */
static void summary_meetings(FILE *out, const pl_article *a) {
  if (!a->n_meetings) {
    field(out, "meetings", "none found");
    return;
  }
  fprintf(out, "  %-10s %zu\n", "meetings", a->n_meetings);
  for (size_t i = 0; i < a->n_meetings; i++) {
    const pl_meeting *m = a->meetings[i];
    fprintf(out, "    %s %-7s %-10s ", m->main ? "*" : " ", m->status, m->date ? m->date : "-");
    for (size_t k = 0; k < m->n_participants; k++)
      fprintf(out, "%s%s", k ? ", " : "", m->participants[k].name);
    if (m->place || m->country)
      fprintf(out, " | %s%s%s", m->place ? m->place : "", m->place && m->country ? ", " : "",
              m->country ? m->country : "");
    if (m->occasion) fprintf(out, " | %s", m->occasion);
    if (m->format && strcmp(m->format, "in_person") != 0) fprintf(out, " | %s", m->format);
    if (m->has_duration) fprintf(out, " | %g min", m->duration_min);
    fputc('\n', out);
  }
}

static void print_summary(FILE *out, const pl_article *a, int list_removed) {
  char buf[256];
  fprintf(out, "%s\n", a->path);
  field(out, "title", a->meta[PL_META_TITLE]);
  field(out, "source", a->meta[PL_META_SOURCE]);
  if (a->meta[PL_META_PUBLISHED]) {
    snprintf(buf, sizeof buf, "%s (from %s)", a->meta[PL_META_PUBLISHED],
             a->meta[PL_META_PUBLISHED_FROM] ? a->meta[PL_META_PUBLISHED_FROM] : "?");
    field(out, "published", buf);
  } else {
    field(out, "published", NULL);
  }
  field(out, "dateline", a->meta[PL_META_DATELINE]);
  snprintf(buf, sizeof buf, "%zu paragraph%s, %zu sentence%s, %zu quotation%s",
           a->n_paragraphs, a->n_paragraphs == 1 ? "" : "s", a->n_sentences,
           a->n_sentences == 1 ? "" : "s", a->n_quotes, a->n_quotes == 1 ? "" : "s");
  field(out, "text", buf);
  /* the lead is the story's first sentence, not the headline above it */
  size_t lead = 0;
  const char *title = a->meta[PL_META_TITLE];
  while (lead < a->n_sentences && title &&
         strlen(title) == a->sentences[lead].stop - a->sentences[lead].start &&
         memcmp(title, a->text + a->sentences[lead].start, strlen(title)) == 0)
    lead++;
  if (lead < a->n_sentences) {
    const pl_sentence *s = &a->sentences[lead];
    int len = (int)(s->stop - s->start);
    fprintf(out, "  %-10s %.*s%s\n", "lead", len > 100 ? 100 : len, a->text + s->start,
            len > 100 ? "..." : "");
  }
  summary_meetings(out, a);
  summary_removed(out, a, list_removed);
  for (size_t i = 0; i < a->n_warnings; i++) field(out, i ? "" : "warnings", a->warnings[i]);
  field(out, "id", a->id);
  fputc('\n', out);
}

/* ---- the run ---------------------------------------------------------------- */

/* The pre-pass keeps the articles it loaded, up to this much memory, so the
 * main pass does not read and normalise them a second time; articles past
 * the budget are loaded again. */
#define KEEP_BUDGET ((size_t)256 << 20)

/* A file as stat saw it before the pre-pass read it: if any of this differs
 * when the main pass comes to it, the file changed in between (a rule, or
 * another program, wrote it) and is read again, as if nothing were kept. */
typedef struct file_sig {
  dev_t dev;
  ino_t ino;
  off_t size;
  struct timespec mtime, ctime;
} file_sig;

typedef struct kept_article {
  pl_article *a; /* NULL: load it in the main pass */
  file_sig sig;  /* of a file input; unused for a document from stdin */
} kept_article;

typedef struct extract_run {
  cli_opts o;
  int ndjson, show_removed;
  file_list files;
  size_t done, failed;
  kept_article *kept; /* per input, from the pre-pass; NULL without one */
  size_t kept_bytes;
} extract_run;

static int stat_sig(const char *path, file_sig *s) {
  struct stat st;
  if (stat(path, &st) != 0) return 0;
  s->dev = st.st_dev;
  s->ino = st.st_ino;
  s->size = st.st_size;
  s->mtime = st.st_mtim;
  s->ctime = st.st_ctim;
  return 1;
}

static int same_sig(const file_sig *x, const file_sig *y) {
  return x->dev == y->dev && x->ino == y->ino && x->size == y->size &&
         x->mtime.tv_sec == y->mtime.tv_sec && x->mtime.tv_nsec == y->mtime.tv_nsec &&
         x->ctime.tv_sec == y->ctime.tv_sec && x->ctime.tv_nsec == y->ctime.tv_nsec;
}

/* Memory an article holds: its text and its per-line arrays. */
static size_t article_bytes(const pl_article *a) {
  return sizeof *a + a->len + a->n_lines * (2 * sizeof(pl_span) + 2 * sizeof(char *));
}

/* Keep a for the main pass if it fits the budget (taking the reference). */
static int keep(extract_run *r, size_t i, pl_article *a, const file_sig *sig) {
  size_t cost = article_bytes(a);
  if (cost > KEEP_BUDGET - r->kept_bytes) return 0;
  r->kept[i].a = a;
  if (sig) r->kept[i].sig = *sig;
  r->kept_bytes += cost;
  return 1;
}

/* Count short lines across the corpus first, so rules can see repetition,
 * keeping what was loaded for the main pass. The stat comes before the read
 * so a change made during the read is seen as one too. */
static pl_linefreq *count_lines(extract_run *r) {
  if (r->files.n < 2) return NULL;
  pl_linefreq *lf = pl_linefreq_new();
  r->kept = pl_xcalloc(r->files.n, sizeof *r->kept);
  for (size_t i = 0; i < r->files.n; i++) {
    const input *in = &r->files.items[i];
    file_sig sig;
    int known = in->text || stat_sig(in->path, &sig);
    pl_article *a = NULL;
    if (load_input(in, r->o.max_bytes, &a, NULL) == PL_OK) {
      pl_linefreq_add(lf, a);
      if (known && keep(r, i, a, in->text ? NULL : &sig)) a = NULL;
    }
    pl_article_unref(a);
  }
  return lf;
}

/* The article of input i the pre-pass kept (the caller's now), or NULL when
 * there is none or the file changed since. */
static pl_article *take_kept(extract_run *r, size_t i) {
  if (!r->kept || !r->kept[i].a) return NULL;
  pl_article *a = r->kept[i].a;
  const input *in = &r->files.items[i];
  file_sig now;
  r->kept[i].a = NULL;
  r->kept_bytes -= article_bytes(a);
  if (!in->text && !(stat_sig(in->path, &now) && same_sig(&now, &r->kept[i].sig))) {
    pl_article_unref(a);
    return NULL;
  }
  return a;
}

/* Release what the main pass did not take (it takes every article, unless it
 * stopped early). */
static void free_kept(extract_run *r) {
  for (size_t i = 0; r->kept && i < r->files.n; i++) pl_article_unref(r->kept[i].a);
  free(r->kept);
  r->kept = NULL;
}

static void process(extract_run *r, lua_State *L, size_t i) {
  const input *in = &r->files.items[i];
  pl_article *a = take_kept(r, i);
  pl_diag d;
  if (!a && load_input(in, r->o.max_bytes, &a, &d) != PL_OK) {
    cli_error(&d);
    r->failed++;
    return;
  }
  if (plb_rules_run(L, a, &d) != PL_OK) {
    cli_error(&d);
    cli_traceback(&r->o);
    r->failed++;
  } else if (r->ndjson) {
    if (pl_article_write_ndjson(a, stdout) != PL_OK) {
      cli_errorf("cannot write to standard output");
      exit(EXIT_SOME_FAILED);
    }
  } else {
    print_summary(stdout, a, r->show_removed);
  }
  pl_article_unref(a);
}

static int parse_args(extract_run *r, int argc, char **argv) {
  int paths = 0, from_stdin = 0, only_paths = 0;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    if (!only_paths && a[0] == '-' && a[1]) {
      if (strcmp(a, "--") == 0) only_paths = 1;
      else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
        printf(extract_help, cli_shared_help);
        exit(EXIT_ALL_OK);
      } else if (strcmp(a, "--ndjson") == 0) r->ndjson = 1;
      else if (strcmp(a, "--show-removed") == 0) r->show_removed = 1;
      else {
        int rc = cli_shared_option(&r->o, argc, argv, &i);
        if (rc < 0) return -1;
        if (rc == 0) {
          cli_errorf("extract: unknown option '%s' (see parley extract --help)", a);
          return -1;
        }
      }
      continue;
    }
    paths++;
    if (strcmp(a, "-") == 0 && !only_paths) from_stdin = 1;
    else pl_walk(a, add_file, walk_error, &r->files);
  }
  if (!paths) {
    cli_errorf("extract: no PATH given (see parley extract --help)");
    return -1;
  }
  if (from_stdin) read_stdin(&r->files);
  return 0;
}

int cmd_extract(int argc, char **argv) {
  extract_run r;
  memset(&r, 0, sizeof r);
  cli_opts_init(&r.o);
  lua_State *L = NULL;
  if (parse_args(&r, argc, argv) != 0 || !(L = cli_state(&r.o, 1))) {
    free_inputs(&r.files);
    return EXIT_USAGE;
  }
  pl_linefreq *lf = count_lines(&r);
  plb_set_linefreq(L, lf);
  cli_progress progress;
  cli_progress_start(&progress, r.files.n, r.o.quiet);
  for (size_t i = 0; i < r.files.n; i++) {
    process(&r, L, i);
    r.done++;
    cli_progress_update(&progress, r.done, r.files.items[i].path);
  }
  cli_progress_clear(&progress);
  fflush(stdout);
  plb_set_linefreq(L, NULL);
  pl_linefreq_free(lf);
  plb_state_close(L);
  size_t failed = r.failed + r.files.failed, total = r.files.n + r.files.failed;
  if (failed)
    cli_errorf("%zu of %zu input%s failed%s", failed, total, total == 1 ? "" : "s",
               failed < total ? "; the others were processed" : "");
  free_kept(&r);
  free_inputs(&r.files);
  return failed ? EXIT_SOME_FAILED : EXIT_ALL_OK;
}

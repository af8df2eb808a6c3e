/* batch.c — `tact check` over its operands: files, standard input,
 * directories (walked recursively, filtered by --include/--exclude globs)
 * and the records of JSON-lines or CSV exports (--field). Documents are
 * checked by --jobs worker threads sharing one engine and reported by the
 * main thread in input order; at most a few documents per worker are held
 * at once, so the memory a batch takes does not grow with its size. */
#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"

/* Files a directory walk checks when no --include is given. */
static const char *const default_includes[] = {
    "*.txt", "*.text", "*.md", "*.markdown", "*.html", "*.htm", "*.eml"};

typedef struct doc {
  char *name;
  char *text;
  size_t len;
  tact_format format;
  char *error;  /* could not be used: said on stderr instead of checked */
  char *reason; /* the same for the report, without the name, or NULL */
  tact_result *result;
  int done;
} doc;

typedef struct batch {
  const cli_options *o;
  const tact_engine *engine;
  cli_report *report;
  int status;
  /* Documents in input order: [head, tail) are queued, those before
   * `claimed` taken by a worker. Indexes grow; slots are index % cap. */
  doc **ring;
  size_t cap, head, tail, claimed;
  int closing;
  pthread_mutex_t lock;
  pthread_cond_t work, done;
  pthread_t *threads;
  size_t nthreads;
} batch;

static void doc_free(doc *d) {
  free(d->name);
  free(d->text);
  free(d->error);
  free(d->reason);
  tact_result_free(d->result);
  free(d);
}

static void check_doc(const tact_engine *engine, doc *d) {
  if (d->error) return;
  d->result = tact_check_format(engine, d->text, d->len, d->format);
  if (!d->result) cli_oom();
}

/* Reports one finished document (main thread only). */
static void report_doc(batch *b, doc *d) {
  int status = EXIT_CLEAN;
  if (d->error) {
    fprintf(stderr, "tact: %s\n", d->error);
    if (b->report)
      b->report->file_error(b->report, d->name,
                            d->reason ? d->reason : d->error);
    status = EXIT_TROUBLE;
  } else if (tact_result_status(d->result) != TACT_OK) {
    fprintf(stderr, "tact: cannot check %s: %s\n", d->name,
            tact_result_message(d->result));
    if (b->report)
      b->report->file_error(b->report, d->name,
                            tact_result_message(d->result));
    status = EXIT_TROUBLE;
  } else {
    if (!b->o->quiet)
      for (size_t i = 0; i < tact_result_warning_count(d->result); i++)
        fprintf(stderr, "tact: warning: %s (checking %s)\n",
                tact_result_warning(d->result, i), d->name);
    if (b->report)
      b->report->file(b->report, d->name, d->text, d->len, d->result);
    if (tact_result_count(d->result) > 0) status = EXIT_FINDINGS;
  }
  if (status > b->status) b->status = status;
  doc_free(d);
}

/* ---- workers ---------------------------------------------------------------- */

static void *worker(void *arg) {
  batch *b = arg;
  pthread_mutex_lock(&b->lock);
  for (;;) {
    while (b->claimed == b->tail && !b->closing)
      pthread_cond_wait(&b->work, &b->lock);
    if (b->claimed == b->tail) break; /* closing and nothing left */
    doc *d = b->ring[b->claimed++ % b->cap];
    pthread_mutex_unlock(&b->lock);
    check_doc(b->engine, d);
    pthread_mutex_lock(&b->lock);
    d->done = 1;
    pthread_cond_broadcast(&b->done);
  }
  pthread_mutex_unlock(&b->lock);
  return NULL;
}

/* Waits for the oldest queued document and reports it. */
static void report_oldest(batch *b) {
  pthread_mutex_lock(&b->lock);
  doc *d = b->ring[b->head % b->cap];
  while (!d->done) pthread_cond_wait(&b->done, &b->lock);
  b->head++;
  pthread_mutex_unlock(&b->lock);
  report_doc(b, d);
}

static void submit(batch *b, doc *d) {
  if (!b->nthreads) { /* one job: no threads at all */
    check_doc(b->engine, d);
    report_doc(b, d);
    return;
  }
  if (b->tail - b->head == b->cap) report_oldest(b);
  pthread_mutex_lock(&b->lock);
  b->ring[b->tail++ % b->cap] = d;
  pthread_cond_signal(&b->work);
  pthread_mutex_unlock(&b->lock);
}

/* ---- inputs ----------------------------------------------------------------- */

static doc *new_doc(const char *name, tact_format format) {
  doc *d = cli_malloc(sizeof *d);
  memset(d, 0, sizeof *d);
  size_t n = strlen(name);
  d->name = cli_malloc(n + 1);
  memcpy(d->name, name, n + 1);
  d->format = format;
  return d;
}

static char *message(const char *fmt, const char *a, const char *b) {
  size_t size = strlen(fmt) + strlen(a) + strlen(b) + 64;
  char *s = cli_malloc(size);
  snprintf(s, size, fmt, a, b);
  return s;
}

static void mib(char *buf, size_t size, size_t bytes) {
  snprintf(buf, size, "%.1f MiB", (double)bytes / (1024.0 * 1024.0));
}

static int ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), k = strlen(suffix);
  return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* One file (or standard input) as one document. */
static void add_file(batch *b, const char *path) {
  const cli_options *o = b->o;
  const char *name = strcmp(path, "-") == 0 ? "standard input" : path;
  doc *d = new_doc(path, o->format_in ? o->format_in
                                      : tact_format_from_path(path));
  struct stat st;
  if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
      (size_t)st.st_size > o->max_size) {
    char size[32], limit[32];
    mib(size, sizeof size, (size_t)st.st_size);
    mib(limit, sizeof limit, o->max_size);
    d->reason = message("too large to check (%s; the limit is %s, see "
                        "--max-size)", size, limit);
    d->error = message("%s: %s", path, d->reason);
    submit(b, d);
    return;
  }
  int error = cli_read_file(path, &d->text, &d->len);
  if (error) {
    d->error = message("cannot read %s: %s", name, strerror(error));
    d->reason = message("%s%s", strerror(error), "");
  } else if (d->len > o->max_size) { /* standard input, or a growing file */
    char limit[32];
    mib(limit, sizeof limit, o->max_size);
    d->reason = message("too large to check (over %s, see --max-size)%s",
                        limit, "");
    d->error = message("%s: %s", name, d->reason);
  }
  submit(b, d);
}

/* Every record of an export as its own document. */
static void add_records(batch *b, const char *path) {
  const cli_options *o = b->o;
  char *error = NULL;
  cli_records *r = cli_records_open(path, ends_with(path, ".csv"), o->field,
                                    o->id_field, o->max_size, &error);
  if (!r) {
    doc *d = new_doc(path, TACT_FORMAT_TEXT);
    d->error = error;
    submit(b, d);
    return;
  }
  tact_format format = o->format_in ? o->format_in : TACT_FORMAT_TEXT;
  for (;;) {
    char *name, *text;
    size_t len = 0;
    int got = cli_records_next(r, &name, &text, &len, &error);
    if (got == 0) break;
    doc *d = new_doc(got > 0 ? name : path, format);
    if (got > 0) {
      d->text = text;
      d->len = len;
    } else {
      d->error = error;
    }
    free(name);
    submit(b, d);
    if (got < 0 && ferror(stdin) && strcmp(path, "-") == 0) break;
  }
  cli_records_close(r);
}

static int matches(const char *const *globs, size_t n, const char *rel,
                   const char *base) {
  for (size_t i = 0; i < n; i++)
    if (fnmatch(globs[i], rel, FNM_PATHNAME) == 0 ||
        fnmatch(globs[i], base, 0) == 0)
      return 1;
  return 0;
}

/* Whether a file found in a directory walk is checked: it matches an
 * include (or a default one) and no exclude. `rel` is its path below the
 * directory given. */
static int wanted(const cli_options *o, const char *rel, const char *base) {
  if (o->exclude_count && matches(o->excludes, o->exclude_count, rel, base))
    return 0;
  if (o->include_count) return matches(o->includes, o->include_count, rel, base);
  return matches(default_includes,
                 sizeof default_includes / sizeof *default_includes, rel,
                 base);
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_operand(batch *b, const char *path, const char *root);

/* Walks a directory in name order; hidden entries and symbolic links to
 * directories are skipped (no loops). */
static void add_dir(batch *b, const char *dir, const char *root) {
  DIR *d = opendir(dir);
  if (!d) {
    doc *x = new_doc(dir, TACT_FORMAT_TEXT);
    int err = errno;
    x->error = message("cannot read %s: %s", dir, strerror(err));
    x->reason = message("%s%s", strerror(err), "");
    submit(b, x);
    return;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (e->d_name[0] == '.') continue;
    if (n == cap) {
      cap = cap ? cap * 2 : 32;
      names = cli_realloc(names, cap * sizeof *names);
    }
    names[n++] = cli_path_join(dir, e->d_name);
  }
  closedir(d);
  if (n > 1) qsort(names, n, sizeof *names, by_name);
  for (size_t i = 0; i < n; i++) {
    add_operand(b, names[i], root);
    free(names[i]);
  }
  free(names);
}

static void add_operand(batch *b, const char *path, const char *root) {
  const cli_options *o = b->o;
  struct stat st, lst;
  int found = strcmp(path, "-") != 0 && stat(path, &st) == 0;
  if (root) { /* inside a walk */
    if (!found || lstat(path, &lst) != 0) return;
    if (S_ISDIR(st.st_mode)) {
      if (!S_ISLNK(lst.st_mode)) add_dir(b, path, root);
      return;
    }
    if (!S_ISREG(st.st_mode)) return;
    const char *rel = path + strlen(root);
    while (*rel == '/') rel++;
    const char *base = strrchr(path, '/');
    if (!wanted(o, rel, base ? base + 1 : path)) return;
  } else if (found && S_ISDIR(st.st_mode)) {
    add_dir(b, path, path);
    return;
  }
  if (o->field && (strcmp(path, "-") == 0 || ends_with(path, ".jsonl") ||
                   ends_with(path, ".ndjson") || ends_with(path, ".json") ||
                   ends_with(path, ".csv")))
    add_records(b, path);
  else
    add_file(b, path);
}

/* ---- the batch -------------------------------------------------------------- */

int cli_check_batch(const cli_options *o, const tact_engine *engine,
                    cli_report *report) {
  batch b = {.o = o, .engine = engine, .report = report};
  size_t jobs = o->jobs;
  if (jobs == 0) {
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    jobs = n > 0 ? (size_t)n : 1;
  }
  if (jobs > 1) {
    b.cap = 4 * jobs;
    b.ring = cli_malloc(b.cap * sizeof *b.ring);
    b.threads = cli_malloc(jobs * sizeof *b.threads);
    pthread_mutex_init(&b.lock, NULL);
    pthread_cond_init(&b.work, NULL);
    pthread_cond_init(&b.done, NULL);
    for (size_t i = 0; i < jobs; i++)
      if (pthread_create(&b.threads[i], NULL, worker, &b) == 0)
        b.nthreads++;
    if (!b.nthreads) { /* no threads to be had: check in this one */
      free(b.ring);
      b.ring = NULL;
    }
  }
  for (size_t i = 0; i < o->arg_count; i++)
    add_operand(&b, o->args[i], NULL);
  if (b.nthreads) {
    while (b.head < b.tail) report_oldest(&b);
    pthread_mutex_lock(&b.lock);
    b.closing = 1;
    pthread_cond_broadcast(&b.work);
    pthread_mutex_unlock(&b.lock);
    for (size_t i = 0; i < b.nthreads; i++) pthread_join(b.threads[i], NULL);
    pthread_cond_destroy(&b.work);
    pthread_cond_destroy(&b.done);
    pthread_mutex_destroy(&b.lock);
  }
  free(b.ring);
  free(b.threads);
  return b.status;
}

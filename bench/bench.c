/* bench.c — how fast Tact checks, how quickly it starts, how much memory
 * it takes. Prints tables; never fails on a figure (see bench/README.md).
 *
 * Each throughput row runs in a child process so that its peak RSS is its
 * own. Only checking is timed; the replies are generated beforehand. */
#define _DEFAULT_SOURCE /* wait4 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "corpus.h"
#include "tact.h"

#define MB (1024.0 * 1024.0)

static const char *dicts = TACT_SOURCE_DICTS "/en";

/* CPU time of this thread: the figures stay meaningful on a machine other
 * work shares (on an idle one, wall time is about the same). */
static double clock_s(clockid_t id) {
  struct timespec ts;
  clock_gettime(id, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double now(void) { return clock_s(CLOCK_THREAD_CPUTIME_ID); }

/* Building an engine opens the dictionary on a second thread: its CPU time
 * is the whole process's, and its wall time what a user waits. */
static double cpu_all(void) { return clock_s(CLOCK_PROCESS_CPUTIME_ID); }
static double wall(void) { return clock_s(CLOCK_MONOTONIC); }

static tact_engine *engine_with(const char *extra, size_t extra_len,
                                int spelling) {
  tact_config *cfg = tact_config_new();
  if (!cfg) exit(2);
  tact_config_add_rule_dir(cfg, dicts);
  tact_config_set_spelling(cfg, spelling);
  if (extra) tact_config_add_rule_source(cfg, "generated.lua", extra, extra_len);
  tact_engine *e = tact_engine_new(cfg);
  tact_config_free(cfg);
  if (!e || tact_engine_status(e) != TACT_OK) {
    fprintf(stderr, "tact-bench: cannot build the engine: %s\n",
            e ? tact_engine_message(e) : "out of memory");
    exit(2);
  }
  return e;
}

/* About 1 MiB of distinct replies, cut into documents. */
typedef struct pool {
  corpus_buf text;
  size_t *starts; /* nreplies + 1 offsets */
  size_t nreplies;
} pool;

static void pool_make(pool *p, int markdown) {
  uint64_t seed = markdown ? 7 : 1;
  memset(p, 0, sizeof *p);
  size_t cap = 0;
  while (p->text.n < (size_t)MB) {
    if (p->nreplies + 2 > cap) {
      cap = cap ? cap * 2 : 1024;
      p->starts = realloc(p->starts, cap * sizeof *p->starts);
      if (!p->starts) exit(2);
    }
    p->starts[p->nreplies++] = p->text.n;
    corpus_reply(&seed, &p->text, markdown);
  }
  p->starts[p->nreplies] = p->text.n;
}

static void pool_free(pool *p) {
  corpus_buf_free(&p->text);
  free(p->starts);
}

typedef struct figures {
  double seconds, bytes, findings, build;
} figures;

/* Checks `total` bytes of replies, each as its own document (or the whole
 * pool as one document when `whole`). The loop is timed as a whole (a
 * clock read per reply would cost about 3 % of a check): checking, counting
 * the findings and freeing the results; the replies were made before. */
static figures check_bytes(const tact_engine *e, const pool *p, double total,
                           int whole, int markdown) {
  figures f = {0};
  double t0 = now();
  for (size_t i = 0; f.bytes < total; i = (i + 1) % p->nreplies) {
    const char *text = p->text.v + (whole ? 0 : p->starts[i]);
    size_t len = whole ? p->text.n : p->starts[i + 1] - p->starts[i];
    tact_result *r = tact_check_format(
        e, text, len, markdown ? TACT_FORMAT_MARKDOWN : TACT_FORMAT_TEXT);
    f.bytes += (double)len;
    f.findings += (double)tact_result_count(r);
    tact_result_free(r);
  }
  f.seconds = now() - t0;
  return f;
}

/* Runs one measurement in a child; returns its figures and peak RSS. */
static figures in_child(double total, int markdown, int whole,
                        size_t phrases, int spelling, long *rss_kb) {
  int fd[2];
  figures f = {0};
  *rss_kb = -1;
  if (pipe(fd)) return f;
  pid_t pid = fork();
  if (pid == 0) {
    close(fd[0]);
    corpus_buf extra = {0};
    uint64_t seed = 99;
    if (phrases) corpus_phrase_rules(&seed, &extra, phrases);
    double t0 = cpu_all();
    tact_engine *e = engine_with(extra.v, extra.n, spelling);
    double build = cpu_all() - t0;
    pool p;
    pool_make(&p, markdown);
    f = check_bytes(e, &p, total, whole, markdown);
    f.build = build;
    if (write(fd[1], &f, sizeof f) != (ssize_t)sizeof f) _exit(2);
    tact_engine_free(e);
    pool_free(&p);
    corpus_buf_free(&extra);
    _exit(0);
  }
  close(fd[1]);
  if (read(fd[0], &f, sizeof f) != (ssize_t)sizeof f) memset(&f, 0, sizeof f);
  close(fd[0]);
  int status;
  struct rusage ru;
  *rss_kb = wait4(pid, &status, 0, &ru) == pid ? ru.ru_maxrss : -1;
  return f;
}

static int by_value(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

/* Times one engine build: wall time and the CPU time of every thread. */
static void time_build(int spelling, double *w, double *cpu) {
  double w0 = wall(), c0 = cpu_all();
  tact_engine *e = engine_with(NULL, 0, spelling);
  *w = wall() - w0;
  *cpu = cpu_all() - c0;
  tact_engine_free(e);
}

/* In a child: the builds leave a malloc arena of the rule-loading thread
 * behind, which later children would inherit and count in their peak
 * RSS. */
static void engine_start(void) {
  enum { RUNS = 15 };
  printf("\n## Engine start (dicts/en, %d builds each)\n\n", RUNS);
  printf("| spelling | wall: fastest | median | slowest | CPU, all threads: "
         "median | goal |\n|---|---:|---:|---:|---:|---|\n");
  fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) return;
  if (pid > 0) {
    waitpid(pid, NULL, 0);
    return;
  }
  for (int spelling = 1; spelling >= 0; spelling--) {
    double w[RUNS], c[RUNS];
    for (int i = 0; i < RUNS; i++) time_build(spelling, &w[i], &c[i]);
    qsort(w, RUNS, sizeof *w, by_value);
    qsort(c, RUNS, sizeof *c, by_value);
    printf("| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms | < 30 ms |\n",
           spelling ? "en_US loaded" : "off", w[0] * 1e3, w[RUNS / 2] * 1e3,
           w[RUNS - 1] * 1e3, c[RUNS / 2] * 1e3);
  }
  fflush(stdout);
  _exit(0);
}

static double mbps(const figures *f) {
  return f->seconds > 0 ? f->bytes / MB / f->seconds : 0.0;
}

static void throughput(const double *sizes, size_t nsizes) {
  printf("\n## Throughput (one thread, each reply its own document)\n\n");
  printf("| corpus | spelling | size | MB/s | findings | peak RSS |\n"
         "|---|---|---:|---:|---:|---:|\n");
  for (int md = 0; md < 2; md++)
    for (int spelling = 0; spelling < 2; spelling++)
      for (size_t i = 0; i < nsizes; i++) {
        long rss;
        figures f = in_child(sizes[i] * MB, md, 0, 0, spelling, &rss);
        printf("| %s | %s | %.0f MB | %.2f | %.0f | %.1f MB |\n",
               md ? "Markdown" : "plain text", spelling ? "on" : "off",
               sizes[i], mbps(&f), f.findings, (double)rss / 1024.0);
      }
  printf("\nGoals (plain text, spelling off): at least 50 MB/s; peak RSS "
         "under 40 MB at 100 MB.\n");
  printf("\n## One document (the corpus checked as a single text)\n\n");
  printf("| corpus | spelling | size | MB/s | findings | peak RSS |\n"
         "|---|---|---:|---:|---:|---:|\n");
  for (int md = 0; md < 2; md++) {
    long rss;
    figures f = in_child(MB, md, 1, 0, 0, &rss);
    printf("| %s | off | 1 MB | %.2f | %.0f | %.1f MB |\n",
           md ? "Markdown" : "plain text", mbps(&f), f.findings,
           (double)rss / 1024.0);
  }
}

static void phrase_scaling(double size) {
  static const size_t counts[] = {0, 100, 1000, 10000};
  printf("\n## Cost of phrase rules (plain text, spelling off, %.0f MB)\n\n",
         size);
  printf("| extra phrase rules | engine start (CPU, first build) | MB/s | peak RSS |\n"
         "|---:|---:|---:|---:|\n");
  for (size_t i = 0; i < sizeof counts / sizeof *counts; i++) {
    long rss;
    figures f = in_child(size * MB, 0, 0, counts[i], 0, &rss);
    printf("| %zu | %.1f ms | %.2f | %.1f MB |\n", counts[i], f.build * 1e3,
           mbps(&f), (double)rss / 1024.0);
  }
}

int main(int argc, char **argv) {
  double sizes[] = {1, 10, 100};
  size_t nsizes = 3;
  double scaling_size = 10;
  int spelling = 0; /* for --profile */
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "--dicts") == 0 && i + 1 < argc) {
      dicts = argv[++i];
    } else if (strcmp(argv[i], "--spelling") == 0) {
      spelling = 1;
    } else if (strcmp(argv[i], "--profile") == 0 && i + 1 < argc) {
      /* N MB of plain replies in this process only: for perf and
       * callgrind; spelling off unless --spelling comes first. */
      tact_engine *e = engine_with(NULL, 0, spelling);
      pool p;
      pool_make(&p, 0);
      figures f = check_bytes(e, &p, atof(argv[++i]) * MB, 0, 0);
      printf("%.1f MB/s\n", f.bytes / MB / f.seconds);
      pool_free(&p);
      tact_engine_free(e);
      return 0;
    } else if (strcmp(argv[i], "--start") == 0 && i + 1 < argc) {
      /* N engine builds with spelling on, for perf and callgrind; the
       * builds are timed, not the frees. */
      int n = atoi(argv[++i]);
      double ws = 0, cs = 0;
      for (int k = 0; k < n; k++) {
        double w, c;
        time_build(1, &w, &c);
        ws += w;
        cs += c;
      }
      if (n > 0)
        printf("%.1f ms per engine (wall), %.1f ms CPU (all threads)\n",
               ws * 1e3 / n, cs * 1e3 / n);
      return 0;
    } else if (strcmp(argv[i], "--size") == 0 && i + 1 < argc) {
      /* One throughput row: N MB of plain replies, spelling off. */
      long rss;
      double size = atof(argv[++i]);
      figures f = in_child(size * MB, 0, 0, 0, 0, &rss);
      printf("| plain text | off | %.0f MB | %.2f | %.0f | %.1f MB |\n", size,
             mbps(&f), f.findings, (double)rss / 1024.0);
      return 0;
    } else if (strcmp(argv[i], "--corpus") == 0 && i + 1 < argc) {
      /* Writes N MB of replies to standard output, for the CLI. */
      double total = atof(argv[++i]) * MB, done = 0;
      int markdown = i + 1 < argc && strcmp(argv[i + 1], "--markdown") == 0;
      uint64_t seed = markdown ? 7 : 1;
      corpus_buf b = {0};
      while (done < total) {
        b.n = 0;
        corpus_reply(&seed, &b, markdown);
        fwrite(b.v, 1, b.n, stdout);
        done += (double)b.n;
      }
      corpus_buf_free(&b);
      return ferror(stdout) ? 2 : 0;
    } else if (strcmp(argv[i], "--quick") == 0) {
      nsizes = 2;
      scaling_size = 2;
    } else {
      fprintf(stderr, "usage: tact-bench [--dicts DIR/en] [--quick | --size MB | [--spelling] --profile MB | --start N | --corpus MB [--markdown]]\n");
      return 2;
    }
  }
  long cores = sysconf(_SC_NPROCESSORS_ONLN);
  printf("# Tact %s benchmarks (%ld cores online, build type %s)\n\n"
         "Times are CPU time of the checking thread.\n",
         tact_version(), cores, TACT_BUILD_TYPE);
  engine_start();
  throughput(sizes, nsizes);
  phrase_scaling(scaling_size);
  return 0;
}

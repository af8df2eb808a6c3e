/*
 * check.h — the state of one check, shared by the stages that run in it.
 * Internal to libtact.
 */
#ifndef TACT_CHECK_H
#define TACT_CHECK_H

#include "check/directives.h"
#include "engine.h"
#include "match/automaton.h"
#include "match/regex.h"
#include "report/result.h"
#include "text/text.h"

typedef struct check_signal {
  uint32_t rule;
  size_t start, end;
} check_signal;

/* A finding of a block before directives and placement: kept by an
 * incremental document between edits. */
typedef struct check_hit {
  uint32_t rule;
  tact_severity severity;
  size_t start, end;
  char *message;       /* NULL: the rule's */
  strvec suggestions;  /* used when own_suggestions */
  int own_suggestions;
} check_hit;

/* What checking one block gives: its tokens, sentences and paragraphs,
 * findings, signals and warnings, with offsets as they were when it was
 * checked (the block then started at `origin`). */
typedef struct check_block {
  size_t origin;
  segmentation seg;
  uint32_t *syms; /* automaton symbol of each token, for document triggers */
  /* The scratch seg and syms are in, when the block kept it (a text
   * checked once): given back to `engine` when the block is freed. */
  struct check_scratch *held;
  const tact_engine *engine;
  /* The word trigger bits of tokens [0, words_to) (trig_hits_words). */
  uint64_t words;
  size_t words_to;
  check_hit *hits;
  size_t nhits, cap_hits;
  check_signal *signals;
  size_t nsignals, cap_signals;
  strvec warnings;
  tact_summary counts; /* words, sentences and pronouns */
  /* Its findings placed (check_document): kept while the text from its
   * line's start to just after it does not change. */
  tact_result *placed;
  size_t placed_at;      /* where the block started then */
  uint32_t placed_line;  /* on which line */
} check_block;

typedef struct view_state view_state;

/* Working memory of block checks, kept in the engine between checks so a
 * check allocates next to nothing: one per thread checking at once. */
typedef struct check_scratch {
  struct check_scratch *next; /* in the engine's pool */
  segmentation seg;           /* the block's, copied out when done */
  uint32_t *syms, *alts;
  uint8_t *classes;
  size_t cap_syms;
  unsigned char *dead;
  rx_scratch *rx;
  am_scratch am;
  tact_result *res; /* gathers a block's warnings */
  trig_hits *trig;  /* the last block's triggers, reused */
} check_scratch;

/* Frees a pool of scratch (a list through `next`). */
void check_scratch_free(check_scratch *s);

typedef struct check_ctx {
  const tact_engine *e;
  const char *text; /* valid UTF-8, same offsets as the caller's text */
  size_t len;
  segmentation seg;
  uint32_t *syms; /* automaton symbol of each token */
  uint32_t *alts; /* a second reading of it ("'s" as "is"), or 0 */
  uint8_t *classes; /* its token classes for the automaton, AM_CLASS bits */
  directives dirs;
  tact_result *res;
  am_scratch am;
  rx_scratch *rx;
  sandbox *sb;        /* taken from the pool on first use */
  int lua_broken;     /* the state ran out of memory: no more Lua */
  unsigned char *dead; /* per rule: raised an error in this check */
  view_state *views;    /* lua_view.c's, made on first use */
  trig_hits *trig;      /* where `when` triggers are, made on first use */
  check_signal *signals; /* matches of signal rules */
  size_t nsignals, cap_signals;
  check_block *block; /* checking one block: findings go there */
  struct word_cache *words; /* what the dictionary said, per word form */
  int words_shared;         /* `words` belongs to the document */
  check_scratch *scratch;   /* where seg, syms, alts, classes, dead, rx, am
                               and trig live */
} check_ctx;

/* Adds a finding unless the rule is off, below the minimum severity or
 * silenced by a directive (to the block when checking one, where
 * directives are applied later). Returns 0 or -1 (memory). */
int check_report(check_ctx *c, const tact_rule *rule, size_t start,
                 size_t end, tact_severity severity, const char *message,
                 const strvec *suggestions);

/* Segments work[start, end) (one block of a masked text of `len` bytes)
 * and runs the sentence and paragraph rules and spelling over it into *b,
 * which must be zeroed or freed. *words caches the dictionary's answers
 * across blocks and checks (made on first use; free it with
 * stems_cache_free). With `keep`, b keeps the engine's working memory its
 * segmentation is in rather than a copy, until it is freed: for a block
 * freed soon after (a text checked once). Returns 0 or -1 (memory). */
int check_block_run(const tact_engine *e, check_block *b, const char *work,
                    size_t len, size_t start, size_t end,
                    struct word_cache **words, int keep);
void check_block_free(check_block *b);

/* Places the findings of block b, which now starts at `start` on line
 * `line` of text[0, len), into b->placed. Returns 0 or -1 (memory). */
int check_block_place(const tact_engine *e, check_block *b, const char *text,
                      size_t len, size_t start, uint32_t line);

/* A block's finding placed where the block now is, with its rule and
 * where it started before a space was absorbed (for directives). Its
 * strings are the rule's or the block's placed result's. */
typedef struct check_found {
  tact_finding f;
  uint32_t rule;
  size_t at;
} check_found;

/* What the blocks of a document add up to, in their order: a document
 * keeps it between checks and changes only what edits touched. */
typedef struct check_sum {
  check_found *found;
  size_t nfound, cap_found;
  check_signal *signals; /* where they now are */
  size_t nsignals, cap_signals;
  tact_summary counts;   /* words, sentences and pronouns */
  strvec warnings;
} check_sum;

/* Whether check_document needs the blocks themselves (their segmentation
 * for document functions or `ignore` directives) for a text of `words`. */
int check_needs_blocks(const tact_engine *e, size_t words,
                       const directives *dirs);

/* The rest of a check, from its blocks' sum: `text` is the document,
 * `work` its masked copy (prose kept, everything else, NULs, invalid
 * bytes and directives blanked), `bad` the invalid UTF-8 runs (pairs of
 * start, end; `nbad` pairs) and `dirs` the directives found. blocks[i],
 * now at starts[i], are read only when check_needs_blocks says so.
 * Applies directives, runs the document rules, places the document's
 * findings and makes the summary into a new result (NULL only when out of
 * memory), which borrows the strings of the blocks' placed results.
 * `joined` is scratch memory for the joined blocks, kept by the caller. */
tact_result *check_document(const tact_engine *e, const char *text,
                            const char *work, size_t len,
                            check_block *const *blocks, const size_t *starts,
                            size_t nblocks, const check_sum *sum,
                            const size_t *bad, size_t nbad, directives *dirs,
                            segmentation *joined);

/* Adds the words, sentences and pronouns of seg, whose tokens' symbols
 * are syms, to *s (summary.c). */
void summary_count_tokens(const tact_engine *e, const segmentation *seg,
                          const uint32_t *syms, tact_summary *s);

/* Gives the pronouns the summary counts symbols, and the engine a table of
 * what each symbol counts as; 0, or -1 when out of memory. */
int summary_words_setup(tact_engine *e);

/* Fills the rest of the result's tone summary (its counts are already
 * there) from the finished findings and the signals (summary.c). Returns 0
 * or -1 (memory). */
int summarize(check_ctx *c);

/* Runs function rule `rule` on a sentence, paragraph or the document
 * (`index` of the sentence or paragraph), which the caller found it
 * triggered in (its `when` and `unless`) and, for a document, within its word
 * limits. Errors become result warnings and mark the rule dead for this
 * check. Returns -1 only when out of memory. */
int lua_view_call(check_ctx *c, const tact_rule *rule, size_t index);
/* Frees what lua_view_call kept for the check. */
void lua_view_end(check_ctx *c);

#endif /* TACT_CHECK_H */

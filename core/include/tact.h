/*
 * tact.h — the public interface of libtact, the Tact tone checker.
 *
 * This is the only header a binding needs. Every type behind it is opaque
 * except `tact_finding`, a read-only record owned by the result it came from.
 *
 * Ownership and lifetimes
 *   - Objects made by `tact_*_new` are released with the matching
 *     `tact_*_free`; every `_free` accepts NULL.
 *   - Strings returned by getters belong to the object they came from and
 *     stay valid until that object is freed.
 *   - The library never prints and never exits; failures come back as a
 *     `tact_status` plus a message kept on the object (as in SQLite).
 *
 * Threads
 *   - A `tact_engine` is immutable once built: any number of threads may call
 *     `tact_check` on the same engine at once. (Its pool of Lua states and
 *     its Hunspell dictionary with the cache of suggestions sit behind
 *     locks.)
 *   - `tact_config`, `tact_result` and `tact_doc` belong to one thread at a
 *     time (several documents may share one engine across threads).
 *
 * Offsets
 *   - Byte offsets are 0-based and half-open: [start, end).
 *   - Lines and columns are 1-based; columns are given both in UTF-8 bytes
 *     and in UTF-16 code units (what LSP clients and LibreOffice count).
 */
#ifndef TACT_H
#define TACT_H

#include <stddef.h>
#include <stdint.h>

#include "tact_export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------
 * Version
 * ------------------------------------------------------------------------ */

#define TACT_VERSION_MAJOR 0
#define TACT_VERSION_MINOR 1
#define TACT_VERSION_PATCH 0
#define TACT_VERSION_STRING "0.1.0"
/* One number that compares: 0x00MMmmpp. */
#define TACT_VERSION_NUMBER \
  ((TACT_VERSION_MAJOR << 16) | (TACT_VERSION_MINOR << 8) | TACT_VERSION_PATCH)

/* The version of the library actually loaded, e.g. "0.1.0". Static storage. */
TACT_EXPORT const char *tact_version(void);

/* ------------------------------------------------------------------------
 * Status codes and severities
 * ------------------------------------------------------------------------ */

typedef enum tact_status {
  TACT_OK = 0,
  TACT_ERROR_NOMEM,    /* an allocation failed */
  TACT_ERROR_ARGUMENT, /* a NULL or out-of-range argument */
  TACT_ERROR_IO,       /* a file could not be read */
  TACT_ERROR_RULE,     /* a rule file failed to load or a rule is invalid */
  TACT_ERROR_NOTFOUND, /* a named rule, category or profile does not exist */
  TACT_ERROR_INPUT     /* the text to check is unusable (e.g. too large) */
} tact_status;

/* Numbered as in the Language Server Protocol. */
typedef enum tact_severity {
  TACT_SEVERITY_ERROR = 1,
  TACT_SEVERITY_WARNING = 2,
  TACT_SEVERITY_INFO = 3,
  TACT_SEVERITY_HINT = 4
} tact_severity;

/* A short English description of a status code. Static storage. */
TACT_EXPORT const char *tact_status_str(tact_status status);

/* "error", "warning", "info" or "hint". Static storage. */
TACT_EXPORT const char *tact_severity_name(tact_severity severity);

/* Parses a severity name (case-insensitive). Returns 0 if `name` is not one. */
TACT_EXPORT tact_severity tact_severity_parse(const char *name);

/* ------------------------------------------------------------------------
 * Configuration: what an engine is built from
 * ------------------------------------------------------------------------ */

typedef struct tact_config tact_config;

/* A new, empty configuration (no rule files, profile "reply", minimum
 * severity hint). Returns NULL only when out of memory. */
TACT_EXPORT tact_config *tact_config_new(void);
TACT_EXPORT void tact_config_free(tact_config *self);

/* Adds one Lua rule file. The file is read when the engine is built; files
 * load in the order they were added. */
TACT_EXPORT tact_status tact_config_add_rule_file(tact_config *self,
                                                  const char *path);

/* Adds every `*.lua` file of a directory, in name order (a rule pack such as
 * dicts/en). A missing directory is reported when the engine is built. */
TACT_EXPORT tact_status tact_config_add_rule_dir(tact_config *self,
                                                 const char *path);

/* Adds rule source held in memory; `name` is used in error messages
 * ("name:line: message"). The text is copied. */
TACT_EXPORT tact_status tact_config_add_rule_source(tact_config *self,
                                                    const char *name,
                                                    const char *source,
                                                    size_t length);

/* Selects the profile (defined in Lua with tact.profile{}) by name.
 * NULL selects the default, "reply". An unknown name is an error when the
 * engine is built. */
TACT_EXPORT tact_status tact_config_set_profile(tact_config *self,
                                                const char *name);

/* Switches off a rule by id ("blame.as-i-said") or a whole category
 * ("blame"). Applied after the profile and after any tact.disable{} call in
 * rule files. */
TACT_EXPORT tact_status tact_config_disable(tact_config *self,
                                            const char *id_or_category);

/* Switches a rule or category back on (wins over profile and files).
 * "*" switches every rule on whatever the profile (as `tact test-rules`
 * needs to try each rule's examples). */
TACT_EXPORT tact_status tact_config_enable(tact_config *self,
                                           const char *id_or_category);

/* Findings below this severity are dropped (default: TACT_SEVERITY_HINT,
 * i.e. keep everything). */
TACT_EXPORT tact_status tact_config_set_min_severity(tact_config *self,
                                                     tact_severity severity);

/* Caps for each Lua state: instructions per rule call (default 1,000,000)
 * and bytes of memory (default 64 MiB). 0 keeps the default. */
TACT_EXPORT tact_status tact_config_set_lua_limits(tact_config *self,
                                                   uint64_t instructions,
                                                   size_t memory_bytes);

/* Spelling: findings of rule `spelling.unknown-word` (category "spelling")
 * for words the Hunspell dictionary and the word lists do not know, with
 * Hunspell's suggestions. On by default; 0 switches it off (as an editor
 * that spell-checks by itself wants). `tact_config_disable(self,
 * "spelling")` also works; this call wins over `tact_config_enable`. */
TACT_EXPORT tact_status tact_config_set_spelling(tact_config *self, int on);

/* The Hunspell dictionary to use, e.g. "en_US" or "en_GB": the files
 * `<lang>.aff` and `<lang>.dic`. NULL restores the default: the language a
 * rule file names with tact.spelling{language = …}, else "en_US". Returns
 * TACT_ERROR_ARGUMENT for a name with characters other than letters,
 * digits, '_' and '-'. */
TACT_EXPORT tact_status tact_config_set_language(tact_config *self,
                                                 const char *lang);

/* Adds a folder to search for dictionaries. Folders added here come first,
 * then those of $TACT_DICT_PATH (':'-separated), then /usr/share/hunspell,
 * /usr/local/share/hunspell, /usr/share/myspell and
 * /usr/share/myspell/dicts.
 *
 * When no folder holds the dictionary, the engine is still built (status
 * unchanged) with a warning naming every folder tried: tone rules work,
 * spelling is off, and `<lemma>` phrases use only built-in inflections. */
TACT_EXPORT tact_status tact_config_add_dictionary_path(tact_config *self,
                                                        const char *dir);

/* Adds a word list for the dictionary: a text file with one word per line
 * (blank lines and lines starting with '#' are skipped; a first line
 * holding only a number, as Hunspell .dic files start, too). Words are
 * taken as written: "Acme" also accepts "ACME" but not "acme"; give each
 * inflected form its own line. The file is read when the engine is built;
 * an unreadable file or a bad line is a warning ("file:line: message").
 * Every rule directory's `words.dic` is read the same way. */
TACT_EXPORT tact_status tact_config_add_word_list(tact_config *self,
                                                  const char *path);

/* Adds one word for the dictionary (as for a word list). A word with
 * spaces or '/' is TACT_ERROR_ARGUMENT. */
TACT_EXPORT tact_status tact_config_add_word(tact_config *self,
                                             const char *word);

/* ------------------------------------------------------------------------
 * Engine: rules compiled once, shared read-only
 * ------------------------------------------------------------------------ */

typedef struct tact_engine tact_engine;

/* Builds an engine from a configuration (which may be freed afterwards).
 *
 * Like sqlite3_open, this returns an engine even when something failed, so
 * the caller can read why: check `tact_engine_status`. A rule file that fails
 * to load does not stop the others; each problem is kept as a warning
 * ("file:line: message"). The status is TACT_OK when all rules loaded,
 * TACT_ERROR_RULE when some did not (the engine is still usable), and another
 * code when the engine cannot be used at all. Returns NULL only when out of
 * memory. */
TACT_EXPORT tact_engine *tact_engine_new(const tact_config *config);
TACT_EXPORT void tact_engine_free(tact_engine *self);

TACT_EXPORT tact_status tact_engine_status(const tact_engine *self);
/* The first problem in words, or "" when there was none. */
TACT_EXPORT const char *tact_engine_message(const tact_engine *self);

/* Every load problem, each as "file:line: message", and other warnings
 * that leave the status as it is (a missing spelling dictionary). */
TACT_EXPORT size_t tact_engine_warning_count(const tact_engine *self);
TACT_EXPORT const char *tact_engine_warning(const tact_engine *self,
                                            size_t index);

/* The name of the profile in use. */
TACT_EXPORT const char *tact_engine_profile(const tact_engine *self);

/* ------------------------------------------------------------------------
 * Rules: what the engine knows (for `tact rules`, hover and explain)
 * ------------------------------------------------------------------------ */

typedef struct tact_rule tact_rule;

/* All loaded rules, including switched-off ones, in load order. */
TACT_EXPORT size_t tact_engine_rule_count(const tact_engine *self);
TACT_EXPORT const tact_rule *tact_engine_rule(const tact_engine *self,
                                              size_t index);
/* The rule with this id, or NULL. */
TACT_EXPORT const tact_rule *tact_engine_find_rule(const tact_engine *self,
                                                   const char *id);

TACT_EXPORT const char *tact_rule_id(const tact_rule *rule);
TACT_EXPORT const char *tact_rule_category(const tact_rule *rule);
TACT_EXPORT tact_severity tact_rule_severity(const tact_rule *rule);
TACT_EXPORT const char *tact_rule_message(const tact_rule *rule);
/* Longer explanation of the principle at stake; "" when the rule has none. */
TACT_EXPORT const char *tact_rule_rationale(const tact_rule *rule);
/* Link to documentation; "" when none. */
TACT_EXPORT const char *tact_rule_url(const tact_rule *rule);
/* "file:line" where tact.rule{} was called. */
TACT_EXPORT const char *tact_rule_source(const tact_rule *rule);
/* "phrase", "regex", "function", or "builtin" for rules the library makes
 * itself (encoding.invalid-utf8, whose source is "(built in)"). */
TACT_EXPORT const char *tact_rule_kind(const tact_rule *rule);
/* "sentence", "paragraph" or "document". */
TACT_EXPORT const char *tact_rule_scope(const tact_rule *rule);
/* 1 when the rule runs under the engine's profile and switches. */
TACT_EXPORT int tact_rule_enabled(const tact_rule *rule);

TACT_EXPORT size_t tact_rule_phrase_count(const tact_rule *rule);
TACT_EXPORT const char *tact_rule_phrase(const tact_rule *rule, size_t index);
TACT_EXPORT size_t tact_rule_suggestion_count(const tact_rule *rule);
TACT_EXPORT const char *tact_rule_suggestion(const tact_rule *rule,
                                             size_t index);

/* The rule's own examples: texts it must flag (`flag` = 1) or must leave
 * alone (`flag` = 0). */
TACT_EXPORT size_t tact_rule_example_count(const tact_rule *rule, int flag);
TACT_EXPORT const char *tact_rule_example(const tact_rule *rule, int flag,
                                          size_t index);

/* ------------------------------------------------------------------------
 * Checking
 * ------------------------------------------------------------------------ */

typedef struct tact_result tact_result;

/* One finding. Read-only; owned by its result.
 *
 * Suggestions are replacement texts for [start, end), best first. Their
 * first letter is already fitted to where the span stands: a capital at the
 * start of a sentence, a small letter inside one ("I…" keeps its capital).
 * When the only suggestion is "" (delete), the span includes one
 * neighbouring space so that deleting it leaves no double space. A
 * suggestion may hold placeholders written `{what to fill in}` that an
 * editor can turn into snippet stops; tact_snippet() converts one to LSP
 * snippet syntax. */
typedef struct tact_finding {
  size_t start, end;           /* byte offsets, half-open */
  uint32_t line, column;       /* 1-based; column in UTF-8 bytes */
  uint32_t column_utf16;       /* 1-based; column in UTF-16 code units */
  uint32_t end_line, end_column, end_column_utf16; /* position of `end` */
  const char *rule_id;         /* "category.name" */
  const char *category;
  const char *message;
  tact_severity severity;
  size_t suggestion_count;
  const char *const *suggestions;
} tact_finding;

/* Checks `length` bytes of UTF-8 plain text (NUL bytes are allowed and
 * treated as spaces); tact_check_format below checks other formats. Invalid UTF-8 is reported as findings of rule
 * `encoding.invalid-utf8` at the exact offsets, and the rest of the text is
 * still checked.
 *
 * Returns a result even on failure (check tact_result_status); NULL only when
 * out of memory. Safe to call from several threads on one engine. */
TACT_EXPORT tact_result *tact_check(const tact_engine *engine,
                                    const char *text, size_t length);
TACT_EXPORT void tact_result_free(tact_result *self);

TACT_EXPORT tact_status tact_result_status(const tact_result *self);
TACT_EXPORT const char *tact_result_message(const tact_result *self);

/* Findings, sorted by start offset, then end offset, then rule id. */
TACT_EXPORT size_t tact_result_count(const tact_result *self);
TACT_EXPORT const tact_finding *tact_result_finding(const tact_result *self,
                                                    size_t index);

/* Problems met while checking that are not findings — a Lua rule that raised
 * an error or ran out of its instruction budget — each "file:line: message".
 * The rule is skipped for the rest of that check; the others keep working. */
TACT_EXPORT size_t tact_result_warning_count(const tact_result *self);
TACT_EXPORT const char *tact_result_warning(const tact_result *self,
                                            size_t index);

/* ------------------------------------------------------------------------
 * Formats: which parts of a document are the writer's prose
 * ------------------------------------------------------------------------ */

/* What a text is. Only the writer's own prose is checked:
 *   TEXT      everything (blank lines separate paragraphs).
 *   MARKDOWN  paragraphs, headings, list items, table cells, emphasis and
 *             link text; not code blocks or spans, link targets, HTML, front
 *             matter, block-quote and list markers (tree-sitter grammars).
 *   HTML      the text of elements; not tags, attributes, comments, scripts,
 *             styles, code-like elements (code, pre, kbd…) or quoted mail
 *             (<blockquote type="cite">, class "gmail_quote").
 *   EMAIL     plain text without the header block at the top, quoted lines
 *             (`>`), "On … wrote:" attribution lines, the signature after a
 *             `-- ` line, and original or forwarded messages below their
 *             separator line.
 * Directives (`<!-- tact: off -->`…) work in every format; the line form
 * (`# tact: off`) only in TEXT and EMAIL. */
typedef enum tact_format {
  TACT_FORMAT_TEXT = 1,
  TACT_FORMAT_MARKDOWN,
  TACT_FORMAT_HTML,
  TACT_FORMAT_EMAIL
} tact_format;

/* "text", "markdown", "html" or "email". Static storage. */
TACT_EXPORT const char *tact_format_name(tact_format format);

/* Parses a format name, case-insensitive: "text"/"txt"/"plaintext",
 * "markdown"/"md", "html"/"htm", "email"/"eml"/"mail". Returns 0 if `name`
 * is not one. */
TACT_EXPORT tact_format tact_format_from_name(const char *name);

/* The format of a file by its extension: .md .markdown .mdown .mkd →
 * MARKDOWN, .html .htm .xhtml → HTML, .eml → EMAIL, anything else (.txt,
 * none) → TEXT. */
TACT_EXPORT tact_format tact_format_from_path(const char *path);

/* The format for an LSP `languageId`: "markdown", "html", "mail" (Vim's
 * name) or "email"; every other id ("text", "plaintext", "gitcommit"…) is
 * TEXT. */
TACT_EXPORT tact_format tact_format_from_language_id(const char *id);

/* Like tact_check, for a text of the given format: only its prose is
 * checked, offsets stay those of the whole text. An unknown format is a
 * TACT_ERROR_ARGUMENT result. Markdown or HTML that cannot be parsed — over
 * 4 GiB, or markup so pathological that parsing takes more than 10 s — is a
 * TACT_ERROR_INPUT result saying why. Safe to call from several threads on
 * one engine. */
TACT_EXPORT tact_result *tact_check_format(const tact_engine *engine,
                                           const char *text, size_t length,
                                           tact_format format);

/* ------------------------------------------------------------------------
 * Documents: checking again after each edit, cheaply
 * ------------------------------------------------------------------------ */

/* A text being edited (in an editor, an LSP server). It keeps the text, its
 * parse trees and what checking each paragraph gave, so after an edit only
 * the paragraphs the edit touched are checked again; document-level rules
 * run again on the kept per-paragraph data. The result after any sequence of
 * edits is exactly what tact_check_format gives for the same text.
 *
 * The engine must outlive the document. One thread at a time per document. */
typedef struct tact_doc tact_doc;

/* A document holding a copy of text[0, length). Like tact_engine_new, it
 * returns a document even when an argument is wrong (no engine, an unusable
 * one, an unknown format): tact_doc_status tells, and its result carries the
 * same error. Returns NULL only when out of memory. */
TACT_EXPORT tact_doc *tact_doc_new(const tact_engine *engine,
                                   tact_format format, const char *text,
                                   size_t length);
TACT_EXPORT void tact_doc_free(tact_doc *self);

/* Replaces bytes [start, end) of the document with text[0, length) — an
 * insertion when start == end, a deletion when length == 0. Offsets are
 * bytes of the current text; an edit may split a UTF-8 sequence (the bytes
 * are then reported as invalid until mended). Nothing is checked until the
 * next tact_doc_result, so several edits in a row cost little.
 * Returns TACT_OK; TACT_ERROR_ARGUMENT when the range is not within the
 * text (the document is unchanged; tact_doc_message says why);
 * TACT_ERROR_NOMEM when out of memory (unchanged too). */
TACT_EXPORT tact_status tact_doc_edit(tact_doc *self, size_t start,
                                      size_t end, const char *text,
                                      size_t length);

/* The findings, warnings and summary of the current text, checked now if an
 * edit came since the last call. Owned by the document: valid until the
 * next tact_doc_edit or tact_doc_free. NULL only when out of memory (or
 * `self` is NULL); a failed check is a result with its status set. */
TACT_EXPORT const tact_result *tact_doc_result(tact_doc *self);

/* The current text (NUL-terminated; its length in *length when not NULL).
 * Valid until the next edit. */
TACT_EXPORT const char *tact_doc_text(const tact_doc *self, size_t *length);
TACT_EXPORT tact_format tact_doc_format(const tact_doc *self);

/* How the last tact_doc_new or tact_doc_edit went: TACT_OK and "", or the
 * error and why. */
TACT_EXPORT tact_status tact_doc_status(const tact_doc *self);
TACT_EXPORT const char *tact_doc_message(const tact_doc *self);

/* ------------------------------------------------------------------------
 * Tone summary
 * ------------------------------------------------------------------------ */

/* The tone of a whole text at a glance. Read-only; owned by its result.
 *
 * score (0–100, higher is better) =
 *     85 + the weight of each signal present (rules with signal = true; the
 *          shipped pack gives empathy, next step and thanks 5 each)
 *        − 6 × P,  where P = the findings' penalty per 100 words:
 *          Σ severity weight (error 4, warning 2, info 1, hint 0.5)
 *            × the profile's weight for the category (default 1)
 *          × 100 / max(words, 50)
 * rounded and clamped to 0..100. Findings below the minimum severity,
 * encoding and spelling findings do not count. */
typedef struct tact_summary {
  int score;
  size_t words, sentences, findings;
  size_t pronoun_i;   /* I, me, my, mine, myself */
  size_t pronoun_you; /* you, your, yours, yourself, yourselves */
  size_t pronoun_we;  /* we, us, our, ours, ourselves, let's */
  int empathy;        /* a signal.empathy phrase is present */
  int next_step;      /* a signal.next-step phrase is present */
  int thanks;         /* a signal.thanks phrase is present */
  size_t category_count;       /* categories with findings, by name */
  const char *const *categories;
  const size_t *category_counts;
} tact_summary;

/* The summary of a check; never NULL for a non-NULL result. */
TACT_EXPORT const tact_summary *tact_result_summary(const tact_result *self);

/* ------------------------------------------------------------------------
 * Helpers
 * ------------------------------------------------------------------------ */

/* Converts a suggestion with `{placeholder}` stops into LSP snippet syntax
 * ("${1:placeholder}", with `$`, `}` and `\` escaped elsewhere). The returned
 * string is allocated by the library: release it with tact_string_free().
 * Returns NULL when out of memory. */
TACT_EXPORT char *tact_snippet(const char *suggestion);

/* Same, with the braces removed, leaving plain text ("placeholder"). */
TACT_EXPORT char *tact_plain(const char *suggestion);

TACT_EXPORT void tact_string_free(char *string);

#ifdef __cplusplus
}
#endif

#endif /* TACT_H */

/* automaton.c — the shared phrase automaton, its build and its one-pass
 * scan. */
#include "match/automaton.h"

#include <stdlib.h>
#include <string.h>

#include "base/base.h"

/* 16 bytes: every token of a check is looked up, and a smaller table
 * misses the cache less. A word of up to SHORT_WORD bytes is its own key:
 * its bytes, zero-padded (a word never holds a NUL: the segmenter reads
 * one as a space), so most lookups compare one integer and never read the
 * pool. A longer word's key is its length << 32 and its offset in the
 * pool. */
#define SHORT_WORD 8
typedef struct sym_slot {
  uint64_t key;
  uint32_t hash, sym; /* sym 0 = empty slot */
} sym_slot;

/* 12 bytes, so the table of a large pack stays small. */
typedef struct edge_slot {
  uint32_t from; /* node + 1; 0 = empty slot */
  uint32_t label, child;
} edge_slot;

typedef struct node {
  uint32_t accept; /* 1-based index of the first accept entry, 0 = none */
  /* Bit label_bit(l) set for each label l of an edge leaving this node:
   * a clear bit answers most look-ups of a word that cannot follow here
   * without probing the edge table (large, so a probe misses the cache).
   * Sixteen bits keep a node at 8 bytes: the nodes are a large array that
   * every engine build writes afresh. */
  uint16_t labels;
  uint16_t gap_mask : 10; /* bit n set: a `*n` edge leaves this node */
  uint16_t edges : 2;     /* NODE_*: which edges leave this node */
  uint16_t classes : AM_NCLASSES; /* bit k: an AM_CLASS(k) edge leaves */
} node;
_Static_assert(sizeof(node) == 8, "a node is 8 bytes");

enum {
  NODE_KIDS = 1, /* some edge leaves this node: a match may go on */
  NODE_ANY = 2   /* an AM_ANY edge does */
};

typedef struct accept {
  uint32_t rule, unless, next;
} accept;

typedef struct am_config {
  uint32_t node;
  uint32_t gap; /* tokens this config may still skip */
  size_t start;
} am_config;

/* A phrase before the build: a small NFA over the same labels. A state
 * reads a label (a word symbol or a special element), or is a fork whose
 * targets it leads to without reading (an empty target makes a part
 * optional), or accepts. */
#define NFA_FORK 0u          /* no word symbol is 0 */
#define NFA_ACCEPT AM_SYM_MAX /* nor AM_SYM_MAX */
#define NFA_NONE UINT32_MAX   /* out of memory */

typedef struct nfa_state {
  uint32_t label; /* or NFA_FORK, NFA_ACCEPT */
  uint32_t next;  /* the state after the label; a fork's first target in
                     `forks`; what an accept is for: its rule */
  uint32_t n;     /* a fork's number of targets; an accept's `unless` */
} nfa_state;

typedef struct nfa_start {
  uint32_t state, rule;
} nfa_start;

typedef struct nfa {
  nfa_state *states;
  size_t nstates, cap_states;
  uint32_t *forks;
  size_t nforks, cap_forks;
  nfa_start *starts; /* one per phrase */
  size_t nstarts, cap_starts;
} nfa;

struct automaton {
  sym_slot *syms;
  size_t sym_cap, nsyms;
  char *pool;
  size_t pool_len, pool_cap;
  edge_slot *edges;
  size_t edge_cap, nedges;
  node *nodes;
  size_t nnodes, node_cap;
  accept *accepts;
  size_t naccepts, accept_cap;
  /* The root's children by word symbol, also in `edges`: a scan looks the
   * root up at every token. */
  uint32_t *root;
  size_t root_cap;
  nfa nfa; /* the phrases am_build has yet to add */
};

static uint64_t mix64(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdull;
  k ^= k >> 33;
  return k;
}

static uint32_t le32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 |
         (uint32_t)p[3] << 24;
}

/* The key of a word of n <= SHORT_WORD bytes: two overlapping 4-byte
 * reads cover 4 to 8 bytes, three 1-byte reads 1 to 3. */
static inline uint64_t short_key(const char *s, size_t n) {
  const unsigned char *p = (const unsigned char *)s;
  if (n >= 4) return le32(p) | (uint64_t)le32(p + n - 4) << (8 * (n - 4));
  if (!n) return 0;
  return p[0] | (uint64_t)p[n / 2] << (8 * (n / 2)) |
         (uint64_t)p[n - 1] << (8 * (n - 1)); /* 1 to 3 bytes */
}

/* A short word's hash is even, a longer one's odd: equal hashes tell
 * that two keys are of the same kind before the keys are compared. */
static uint32_t short_hash(uint64_t key) {
  return (uint32_t)mix64(key) & ~1u;
}

/* A word's hash, and its key when it is short. */
static uint32_t hash_word(const char *s, size_t n, uint64_t *key) {
  if (n <= SHORT_WORD) {
    *key = short_key(s, n);
    return short_hash(*key);
  }
  uint32_t h = 2166136261u; /* FNV-1a */
  for (size_t i = 0; i < n; i++) h = (h ^ (uint8_t)s[i]) * 16777619u;
  *key = 0;
  return h | 1u;
}

static void nfa_free(nfa *f) {
  free(f->states);
  free(f->forks);
  free(f->starts);
  memset(f, 0, sizeof *f);
}

static uint32_t nfa_state_new(nfa *f, uint32_t label, uint32_t next,
                              uint32_t n) {
  if (f->nstates >= NFA_NONE - 1 ||
      BASE_GROW(f->states, f->cap_states, f->nstates + 1))
    return NFA_NONE;
  f->states[f->nstates] = (nfa_state){label, next, n};
  return (uint32_t)f->nstates++;
}

automaton *am_new(void) {
  automaton *am = calloc(1, sizeof *am);
  if (!am) return NULL;
  if (BASE_GROW(am->nodes, am->node_cap, 1)) {
    free(am);
    return NULL;
  }
  memset(&am->nodes[0], 0, sizeof am->nodes[0]);
  am->nnodes = 1; /* the root */
  return am;
}

void am_free(automaton *am) {
  if (!am) return;
  free(am->syms);
  free(am->pool);
  free(am->edges);
  free(am->nodes);
  free(am->accepts);
  free(am->root);
  nfa_free(&am->nfa);
  free(am);
}

/* memcmp(a, b, n) == 0 without a call, for the short strings words are. */
static int same_bytes(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (a[i] != b[i]) return 0;
  return 1;
}

/* The slot of the short word of this key and hash, or the empty slot
 * where it would go (the table is not empty). */
static inline const sym_slot *short_find(const automaton *am, uint32_t h,
                                         uint64_t key) {
  size_t mask = am->sym_cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const sym_slot *e = &am->syms[i];
    if (!e->sym || (e->hash == h && e->key == key)) return e;
  }
}

/* The slot of word s of n bytes, or the empty slot where it would go;
 * NULL while the table is empty. */
static const sym_slot *sym_find(const automaton *am, const char *s, size_t n,
                                uint32_t h, uint64_t key) {
  if (!am->sym_cap) return NULL;
  if (n <= SHORT_WORD) return short_find(am, h, key);
  size_t mask = am->sym_cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const sym_slot *e = &am->syms[i];
    if (!e->sym ||
        (e->hash == h && e->key >> 32 == n &&
         same_bytes(am->pool + (uint32_t)e->key, s, n)))
      return e;
  }
}

static int sym_rehash(automaton *am) {
  return base_rehash((void **)&am->syms, &am->sym_cap, sizeof *am->syms,
                     offsetof(sym_slot, sym), offsetof(sym_slot, hash), 256);
}

uint32_t am_lookup(const automaton *am, const char *norm, size_t len) {
  if (len <= SHORT_WORD && am->sym_cap) { /* nearly every token */
    uint64_t key = short_key(norm, len);
    return short_find(am, short_hash(key), key)->sym;
  }
  uint64_t key;
  uint32_t h = hash_word(norm, len, &key);
  const sym_slot *e = sym_find(am, norm, len, h, key);
  return e ? e->sym : 0;
}

uint32_t am_intern(automaton *am, const char *norm, size_t len) {
  uint64_t key;
  uint32_t h = hash_word(norm, len, &key);
  const sym_slot *e = sym_find(am, norm, len, h, key);
  if (e && e->sym) return e->sym;
  if ((am->nsyms + 1) * 2 > am->sym_cap && sym_rehash(am)) return 0;
  if (am->nsyms + 1 >= AM_SYM_MAX || len >= UINT32_MAX - am->pool_len)
    return 0;
  if (len > SHORT_WORD) { /* a short word is its own key */
    if (BASE_GROW(am->pool, am->pool_cap, am->pool_len + len)) return 0;
    memcpy(am->pool + am->pool_len, norm, len);
    key = (uint64_t)len << 32 | (uint32_t)am->pool_len;
    am->pool_len += len;
  }
  sym_slot *slot = (sym_slot *)sym_find(am, norm, len, h, key);
  slot->hash = h;
  slot->sym = (uint32_t)++am->nsyms;
  slot->key = key;
  return slot->sym;
}

static uint64_t edge_hash(uint32_t from1, uint32_t label) {
  return mix64((uint64_t)from1 << 32 | label);
}

static unsigned label_bit(uint32_t label) {
  return 1u << ((label * 0x9E3779B1u) >> 28);
}

static inline uint32_t edge_get(const automaton *am, uint32_t from,
                                uint32_t label) {
  if (from == 0 && label < am->root_cap) return am->root[label];
  if (!am->edge_cap) return 0;
  size_t mask = am->edge_cap - 1;
  for (size_t i = edge_hash(from + 1, label) & mask;; i = (i + 1) & mask) {
    const edge_slot *e = &am->edges[i];
    if (e->from == from + 1 && e->label == label) return e->child;
    if (!e->from) return 0;
  }
}

static void edge_put_slot(edge_slot *t, size_t cap, edge_slot e) {
  for (size_t i = edge_hash(e.from, e.label) & (cap - 1);;
       i = (i + 1) & (cap - 1))
    if (!t[i].from) {
      t[i] = e;
      return;
    }
}

static int edge_put(automaton *am, uint32_t from, uint32_t label,
                    uint32_t child) {
  if ((am->nedges + 1) * 4 > am->edge_cap * 3) { /* at most 3/4 full */
    size_t cap = am->edge_cap ? am->edge_cap * 2 : 1024;
    edge_slot *fresh = calloc(cap, sizeof *fresh);
    if (!fresh) return -1;
    for (size_t i = 0; i < am->edge_cap; i++)
      if (am->edges[i].from) edge_put_slot(fresh, cap, am->edges[i]);
    free(am->edges);
    am->edges = fresh;
    am->edge_cap = cap;
  }
  edge_put_slot(am->edges, am->edge_cap,
                (edge_slot){from + 1, label, child});
  am->nedges++;
  return 0;
}

/* The edge from -label-> to, with the marks on `from` it needs. */
static int link(automaton *am, uint32_t from, uint32_t label, uint32_t to) {
  if (edge_put(am, from, label, to)) return -1;
  if (from == 0 && label <= AM_SYM_MAX) {
    if (label >= am->root_cap) {
      size_t cap = am->root_cap;
      if (BASE_GROW(am->root, am->root_cap, (size_t)label + 1)) return -1;
      memset(am->root + cap, 0, (am->root_cap - cap) * sizeof *am->root);
    }
    am->root[label] = to;
  }
  node *nd = &am->nodes[from];
  if (AM_IS_GAP(label)) nd->gap_mask |= 1u << AM_GAP_LEN(label);
  nd->edges |= NODE_KIDS;
  nd->labels |= label_bit(label);
  if (label == AM_ANY) nd->edges |= NODE_ANY;
  if (AM_IS_CLASS(label))
    nd->classes |= (uint8_t)(1u << (label - AM_CLASS(0)));
  return 0;
}

/* ---- phrases, kept until the build ----------------------------------- */

int am_add(automaton *am, const am_part *parts, size_t n, uint32_t rule,
           int unless) {
  nfa *f = &am->nfa;
  /* Built last part first: each state is made after the one it leads to. */
  uint32_t next = nfa_state_new(f, NFA_ACCEPT, rule, (uint32_t)unless);
  for (size_t k = n; k-- > 0 && next != NFA_NONE;) {
    const am_part *p = &parts[k];
    size_t first = f->nforks;
    uint32_t s = next;
    for (size_t i = 0; i < p->n; i++) {
      size_t a = p->start[i], b = i + 1 < p->n ? p->start[i + 1] : p->nel;
      for (s = next; b > a && s != NFA_NONE;)
        s = nfa_state_new(f, p->el[--b], s, 0);
      if (s == NFA_NONE) return -1;
      if (p->n > 1) { /* a fork leads to each sequence */
        if (BASE_GROW(f->forks, f->cap_forks, f->nforks + 1)) return -1;
        f->forks[f->nforks++] = s;
      }
    }
    next = p->n == 1 ? s
                     : nfa_state_new(f, NFA_FORK, (uint32_t)first,
                                     (uint32_t)p->n);
  }
  if (next == NFA_NONE ||
      BASE_GROW(f->starts, f->cap_starts, f->nstarts + 1))
    return -1;
  f->starts[f->nstarts++] = (nfa_start){next, rule};
  return 0;
}

/* ---- the build: subset construction ----------------------------------- */

/* A node stands for the set of NFA states the phrases may be in after the
 * labels that lead to it: label and accept states, forks being followed at
 * once. Labels that lead to equal sets lead to one node, so the variants of
 * a phrase share their ends as well as their beginnings: "as I {said|wrote}
 * in my {last|previous} {email|message}" is 8 nodes where a trie needs 21.
 * A node's future depends only on its set, so a scan finds what it would
 * find in the trie (a match reached by two paths, once instead of twice). */
typedef struct set_slot {
  uint32_t hash, node1; /* node + 1; 0 = empty slot */
} set_slot;

typedef struct node_set {
  size_t at;    /* in the pool */
  uint32_t len;
} node_set;

typedef struct builder {
  automaton *am;
  uint32_t *mark; /* per NFA state: the closure that last took it */
  uint32_t stamp;
  uint32_t *stack;
  size_t nstack, cap_stack;
  uint32_t *pool; /* every node's set, sorted, back to back */
  size_t npool, cap_pool;
  node_set *sets; /* by node */
  size_t cap_sets;
  set_slot *table;
  size_t cap_table, nused;
  uint64_t *pairs; /* label << 32 | state after it, of one node's states */
  size_t npairs, cap_pairs;
} builder;

static int by_u64(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

/* Appends to the pool the states of x's closure this closure (b->stamp)
 * has not taken yet. */
static int take(builder *b, uint32_t x) {
  const nfa *f = &b->am->nfa;
  b->nstack = 0;
  for (;;) {
    if (b->mark[x] != b->stamp) {
      b->mark[x] = b->stamp;
      const nfa_state *st = &f->states[x];
      if (st->label == NFA_FORK) {
        if (BASE_GROW(b->stack, b->cap_stack, b->nstack + st->n)) return -1;
        memcpy(b->stack + b->nstack, f->forks + st->next,
               st->n * sizeof *b->stack);
        b->nstack += st->n;
      } else {
        if (BASE_GROW(b->pool, b->cap_pool, b->npool + 1)) return -1;
        b->pool[b->npool++] = x;
      }
    }
    if (!b->nstack) return 0;
    x = b->stack[--b->nstack];
  }
}

static uint32_t set_hash(const uint32_t *v, size_t n) {
  uint64_t h = n;
  for (size_t i = 0; i < n; i++) h = mix64(h ^ v[i]) + 0x9E3779B97F4A7C15ull;
  return (uint32_t)h;
}

/* The node of the set at the pool's end, from `at` on: an equal set's
 * node (and the copy goes), or a new node. NFA_NONE = no memory. */
static uint32_t node_of_set(builder *b, size_t at) {
  automaton *am = b->am;
  uint32_t *v = b->pool + at;
  size_t n = b->npool - at;
  qsort(v, n, sizeof *v, base_cmp_u32);
  uint32_t h = set_hash(v, n);
  if ((b->nused + 1) * 2 > b->cap_table &&
      base_rehash((void **)&b->table, &b->cap_table, sizeof *b->table,
                  offsetof(set_slot, node1), offsetof(set_slot, hash), 1024))
    return NFA_NONE;
  size_t mask = b->cap_table - 1, i = h & mask;
  for (; b->table[i].node1; i = (i + 1) & mask) {
    const node_set *s = &b->sets[b->table[i].node1 - 1];
    if (b->table[i].hash == h && s->len == n &&
        memcmp(b->pool + s->at, v, n * sizeof *v) == 0) {
      b->npool = at;
      return b->table[i].node1 - 1;
    }
  }
  uint32_t nd = 0; /* the first set is the root's, made by am_new */
  if (b->nused) {
    if (am->nnodes >= NFA_NONE - 1 ||
        BASE_GROW(am->nodes, am->node_cap, am->nnodes + 1))
      return NFA_NONE;
    nd = (uint32_t)am->nnodes++;
    memset(&am->nodes[nd], 0, sizeof am->nodes[nd]);
  }
  if (BASE_GROW(b->sets, b->cap_sets, (size_t)nd + 1)) return NFA_NONE;
  b->sets[nd] = (node_set){at, (uint32_t)n};
  b->table[i] = (set_slot){h, nd + 1};
  b->nused++;
  return nd;
}

static int accept_add(automaton *am, uint32_t nd, uint32_t rule,
                      uint32_t unless) {
  for (uint32_t a = am->nodes[nd].accept; a; a = am->accepts[a - 1].next)
    if (am->accepts[a - 1].rule == rule && am->accepts[a - 1].unless == unless)
      return 0; /* two phrases of a rule that end alike */
  if (BASE_GROW(am->accepts, am->accept_cap, am->naccepts + 1)) return -1;
  am->accepts[am->naccepts] = (accept){rule, unless, am->nodes[nd].accept};
  am->nodes[nd].accept = (uint32_t)++am->naccepts;
  return 0;
}

/* The accepts and edges of node nd, making the nodes they lead to. */
static int expand(builder *b, uint32_t nd) {
  automaton *am = b->am;
  const nfa *f = &am->nfa;
  b->npairs = 0;
  for (uint32_t i = 0; i < b->sets[nd].len; i++) {
    const nfa_state *st = &f->states[b->pool[b->sets[nd].at + i]];
    if (st->label == NFA_ACCEPT) {
      if (accept_add(am, nd, st->next, st->n)) return -1;
    } else {
      if (BASE_GROW(b->pairs, b->cap_pairs, b->npairs + 1)) return -1;
      b->pairs[b->npairs++] = (uint64_t)st->label << 32 | st->next;
    }
  }
  qsort(b->pairs, b->npairs, sizeof *b->pairs, by_u64);
  for (size_t i = 0, j; i < b->npairs; i = j) {
    uint32_t label = (uint32_t)(b->pairs[i] >> 32);
    size_t at = b->npool;
    b->stamp++;
    for (j = i; j < b->npairs && (uint32_t)(b->pairs[j] >> 32) == label; j++)
      if (take(b, (uint32_t)b->pairs[j])) return -1;
    uint32_t to = node_of_set(b, at);
    if (to == NFA_NONE || link(am, nd, label, to)) return -1;
  }
  return 0;
}

int am_build(automaton *am) {
  nfa *f = &am->nfa;
  builder b = {.am = am, .stamp = 1};
  int rc = 0;
  if (f->nstarts) {
    if (!(b.mark = calloc(f->nstates, sizeof *b.mark))) rc = -1;
    for (size_t i = 0; !rc && i < f->nstarts; i++)
      rc = take(&b, f->starts[i].state);
    if (!rc && node_of_set(&b, 0) == NFA_NONE) rc = -1;
    /* Nodes are expanded in the order they are made. */
    for (uint32_t nd = 0; !rc && nd < am->nnodes; nd++) rc = expand(&b, nd);
  }
  free(b.mark);
  free(b.stack);
  free(b.pool);
  free(b.sets);
  free(b.table);
  free(b.pairs);
  nfa_free(f);
  return rc;
}

void am_forget(automaton *am, uint32_t rule) {
  nfa *f = &am->nfa;
  size_t kept = 0;
  for (size_t i = 0; i < f->nstarts; i++)
    if (f->starts[i].rule != rule) f->starts[kept++] = f->starts[i];
  f->nstarts = kept;
}

void am_scratch_free(am_scratch *s) {
  free(s->cur);
  free(s->next);
  free(s->matches);
  memset(s, 0, sizeof *s);
}

/* Adds a config to the `next` list unless an equal or wider one is there,
 * then follows gap edges, which consume nothing. */
static int push_config(const automaton *am, am_scratch *s, uint32_t nd,
                       uint32_t gap, size_t start) {
  for (size_t i = 0; i < s->nnext; i++) {
    am_config *c = &s->next[i];
    if (c->node == nd && c->start == start) {
      if (c->gap >= gap) return 0;
      c->gap = gap;
      goto follow;
    }
  }
  if (BASE_GROW(s->next, s->cap_next, s->nnext + 1)) return -1;
  s->next[s->nnext++] = (am_config){nd, gap, start};
follow:
  for (uint32_t mask = am->nodes[nd].gap_mask, n = 1; mask >> n; n++)
    if (mask & (1u << n) &&
        push_config(am, s, edge_get(am, nd, AM_GAP(n)), n, start))
      return -1;
  return 0;
}

/* The tokens a scan reads (am_scan). */
typedef struct scan_input {
  const uint32_t *syms, *alts;
  const uint8_t *classes;
  size_t n;
} scan_input;

/* Whether a config at node nd may step on token j: step()'s first tests,
 * made before the config is kept. Many words start a phrase and are not
 * followed by its next word: their configs are then never made. */
static inline int may_step(const node *nd, const scan_input *in, size_t j) {
  if (j >= in->n) return 0;
  if (nd->gap_mask || (nd->edges & NODE_ANY)) return 1;
  if (in->classes && (nd->classes & in->classes[j])) return 1;
  return (in->syms[j] && (nd->labels & label_bit(in->syms[j]))) ||
         (in->alts && in->alts[j] && (nd->labels & label_bit(in->alts[j])));
}

/* Matches ending at node nd, and the config that goes on from it. Inlined
 * into its three callers: most scan time is spent here. */
static inline __attribute__((always_inline)) int
arrive(const automaton *am, am_scratch *s, const scan_input *in, uint32_t nd,
       size_t start, size_t end) {
  for (uint32_t a = am->nodes[nd].accept; a; a = am->accepts[a - 1].next) {
    if (BASE_GROW(s->matches, s->cap_matches, s->nmatches + 1)) return -1;
    s->matches[s->nmatches++] =
        (am_match){am->accepts[a - 1].rule, am->accepts[a - 1].unless, start,
                   end};
  }
  /* A node no edge leaves ends every match through it. */
  return (am->nodes[nd].edges & NODE_KIDS) && may_step(&am->nodes[nd], in, end)
             ? push_config(am, s, nd, 0, start)
             : 0;
}

int am_class_of(const char *name, size_t len) {
  static const char *const names[AM_NCLASSES] = {"number", "caps",
                                                 "stretched"};
  for (int k = 0; k < AM_NCLASSES; k++)
    if (strlen(names[k]) == len && memcmp(names[k], name, len) == 0) return k;
  return -1;
}

/* The transitions of config c on token i, into s->next. */
static int step(const automaton *am, am_scratch *s, const scan_input *in,
                am_config c, size_t i) {
  const node *nd = &am->nodes[c.node];
  const uint32_t *syms = in->syms, *alts = in->alts;
  uint32_t to;
  if (syms[i] && (nd->labels & label_bit(syms[i])) &&
      (to = edge_get(am, c.node, syms[i])) &&
      arrive(am, s, in, to, c.start, i + 1))
    return -1;
  if (alts && alts[i] && (nd->labels & label_bit(alts[i])) &&
      (to = edge_get(am, c.node, alts[i])) &&
      arrive(am, s, in, to, c.start, i + 1))
    return -1;
  if ((nd->edges & NODE_ANY) && (to = edge_get(am, c.node, AM_ANY)) &&
      arrive(am, s, in, to, c.start, i + 1))
    return -1;
  unsigned m = in->classes ? nd->classes & in->classes[i] : 0;
  for (int cls = 0; m; cls++, m >>= 1)
    if ((m & 1) && (to = edge_get(am, c.node, AM_CLASS(cls))) &&
        arrive(am, s, in, to, c.start, i + 1))
      return -1;
  return c.gap && push_config(am, s, c.node, c.gap - 1, c.start);
}

int am_scan(const automaton *am, const uint32_t *syms, const uint32_t *alts,
            const uint8_t *classes, size_t n, am_scratch *s) {
  const scan_input in = {syms, alts, classes, n};
  s->ncur = s->nnext = 0;
  /* The root's own edges: most tokens start nothing, and only these few
   * tests are made for them. */
  const node *root = &am->nodes[0];
  int root_any = (root->edges & NODE_ANY) != 0;
  for (size_t i = 0; i < n; i++) {
    am_config *tmp = s->cur;
    size_t tmp_cap = s->cap_cur;
    s->cur = s->next;
    s->cap_cur = s->cap_next;
    s->ncur = s->nnext;
    s->next = tmp;
    s->cap_next = tmp_cap;
    s->nnext = 0;
    for (size_t k = 0; k < s->ncur; k++)
      if (step(am, s, &in, s->cur[k], i)) return -1;
    /* A match may start at every token: the root steps last, as if it
     * were the newest config (no gap leaves it: a phrase cannot start
     * with one). */
    uint32_t sym = syms[i], alt = alts ? alts[i] : 0;
    if ((sym && sym < am->root_cap && am->root[sym] &&
         arrive(am, s, &in, am->root[sym], i, i + 1)) ||
        (alt && alt < am->root_cap && am->root[alt] &&
         arrive(am, s, &in, am->root[alt], i, i + 1)))
      return -1;
    uint32_t to;
    if (root_any && (to = edge_get(am, 0, AM_ANY)) &&
        arrive(am, s, &in, to, i, i + 1))
      return -1;
    unsigned m = classes ? root->classes & classes[i] : 0;
    for (int cls = 0; m; cls++, m >>= 1)
      if ((m & 1) && (to = edge_get(am, 0, AM_CLASS(cls))) &&
          arrive(am, s, &in, to, i, i + 1))
        return -1;
  }
  return 0;
}

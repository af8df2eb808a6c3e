/* corpus.c — generated replies to customers (see corpus.h). */
#include "corpus.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COUNT(a) (sizeof(a) / sizeof *(a))

static uint64_t next(uint64_t *s) { /* splitmix64 */
  uint64_t z = (*s += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

static size_t pick(uint64_t *s, size_t n) { return (size_t)(next(s) % n); }

static void put(corpus_buf *b, const char *s, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 4096;
    while (cap < b->n + n + 1) cap *= 2;
    char *v = realloc(b->v, cap);
    if (!v) {
      fputs("corpus: out of memory\n", stderr);
      exit(2);
    }
    b->v = v;
    b->cap = cap;
  }
  memcpy(b->v + b->n, s, n);
  b->n += n;
  b->v[b->n] = '\0';
}

static void puts_(corpus_buf *b, const char *s) { put(b, s, strlen(s)); }

static const char *const names[] = {"Dana", "Sam",   "Priya", "Tomás",
                                    "Jo",   "Mei",   "Alex",  "Chris",
                                    "Fatima", "Olu", "Ana",   "Lars"};
static const char *const items[] = {
    "kettle", "order", "parcel", "subscription", "invoice", "headphones",
    "replacement part", "refund", "booking", "account", "router", "jacket"};
static const char *const days[] = {"Monday", "Tuesday", "Wednesday",
                                   "Thursday", "Friday", "the 14th",
                                   "next week"};

/* {i} item, {d} day, {n} number, {N} name. */
static const char *const ordinary[] = {
    "Thanks for getting in touch about your {i}.",
    "I've looked into order {n} and can see what happened.",
    "Your {i} left our warehouse on {d} and should reach you within two days.",
    "I'm sorry the {i} arrived later than we promised.",
    "I can see why this has been frustrating, especially after waiting a week.",
    "I've issued a full refund of £{n}.00 to the card you paid with.",
    "It usually takes three to five working days to show on your statement.",
    "The courier has confirmed that the {i} is at their local depot.",
    "I've asked them to deliver it on {d} and to call you first.",
    "If that day doesn't suit you, just reply to this email and I'll change it.",
    "We've also added a voucher for your next order, as a thank you for your patience.",
    "Here's what happens next: our team will check the {i} and e-mail you by {d}.",
    "You can track the parcel at any time from the link in your confirmation e-mail.",
    "The warranty covers the {i} for two years from the date of purchase.",
    "I've attached a prepaid return label, so there's nothing to pay.",
    "Once we receive the {i}, we'll send the replacement the same day.",
    "Your reference number is {n}, in case you need to call us.",
    "Our phone lines are open from 8 am to 6 pm, Monday to Saturday.",
    "I've passed your comments on to the product team, who read every one.",
    "The new firmware should fix the connection problem you described.",
    "To install it, open the app, go to Settings and choose Update.",
    "If the light keeps flashing after that, please send us a short video.",
    "We'd be happy to arrange an engineer visit at a time that suits you.",
    "The engineer will bring the spare parts, so the repair takes about an hour.",
    "I've updated the delivery address on your account to the one you gave.",
    "Your next payment will be taken on {d}, at the new lower price.",
    "There's no charge for this change.",
    "I checked with our billing team and the second payment was a temporary hold.",
    "It will disappear from your statement within a few days.",
    "Thank you for letting us know about the damaged box.",
    "A photo of the label would help us claim from the courier.",
    "We can offer a replacement or a refund, whichever you prefer.",
    "The size guide on the product page compares our sizes with other brands.",
    "Many customers find the medium fits best if you are between sizes.",
    "I'll keep this case open until the {i} has arrived safely.",
    "I've extended your trial by fourteen days so you can try the new features.",
    "Your account is now set up to receive invoices by e-mail.",
    "We're working to restore the service and expect it back within the hour.",
    "I'd love to hear how you get on with the {i}.",
    "Please let me know if there's anything else I can help with.",
};

/* Wording the pack should flag: a reply in ten carries one or two. */
static const char *const risky[] = {
    "As I already told you, the form must be signed.",
    "Obviously, the charger goes into the port on the back.",
    "Unfortunately, we can't refund opened items.",
    "You should have read the instructions before using the {i}.",
    "Please calm down so we can talk about this.",
    "There is nothing I can do about the delay!!",
    "Simply click the link in the email.",
    "Per my last email, the {i} was sent on {d}.",
    "The customer must return the item within 30 days.",
    "Please find attached the invoice for order {n}.",
    "You need to PLEASE READ THE TERMS before ordering.",
    "That's just our policy, I'm afraid.",
};

static const char *const greetings[] = {"Hi {N},", "Hello {N},", "Dear {N},",
                                        "Hi {N}!"};
static const char *const closings[] = {"Best regards,", "Kind regards,",
                                       "Thanks again,", "All the best,"};

static void fill(uint64_t *s, corpus_buf *b, const char *t) {
  char num[32];
  for (const char *p = t; *p; p++) {
    if (p[0] == '{' && p[1] && p[2] == '}') {
      switch (p[1]) {
      case 'i': puts_(b, items[pick(s, COUNT(items))]); break;
      case 'd': puts_(b, days[pick(s, COUNT(days))]); break;
      case 'N': puts_(b, names[pick(s, COUNT(names))]); break;
      default:
        snprintf(num, sizeof num, "%u", (unsigned)(10000 + pick(s, 90000)));
        puts_(b, num);
      }
      p += 2;
    } else {
      put(b, p, 1);
    }
  }
}

static void sentence(uint64_t *s, corpus_buf *b, int risk_ok) {
  if (risk_ok && pick(s, 25) == 0)
    fill(s, b, risky[pick(s, COUNT(risky))]);
  else
    fill(s, b, ordinary[pick(s, COUNT(ordinary))]);
}

void corpus_reply(uint64_t *s, corpus_buf *b, int markdown) {
  if (markdown && pick(s, 3) == 0)
    puts_(b, "## Your request\n\n");
  fill(s, b, greetings[pick(s, COUNT(greetings))]);
  puts_(b, "\n\n");
  size_t paras = 2 + pick(s, 3);
  for (size_t p = 0; p < paras; p++) {
    if (markdown && p == 1 && pick(s, 2) == 0) {
      /* A list of steps, a link and some inline code. */
      puts_(b, "To reset the device:\n\n1. Hold the **power** button for ten seconds.\n"
               "2. Open the app and run `reset --keep-settings`.\n"
               "3. See [our guide](https://example.com/help/reset) if it "
               "still won't connect.\n\n");
      continue;
    }
    if (markdown && p == paras - 1 && pick(s, 4) == 0)
      puts_(b, "> You wrote: the parcel never arrived and nobody answered.\n\n");
    size_t n = 2 + pick(s, 3);
    for (size_t k = 0; k < n; k++) {
      if (k) put(b, " ", 1);
      sentence(s, b, 1);
    }
    puts_(b, "\n\n");
  }
  puts_(b, closings[pick(s, COUNT(closings))]);
  puts_(b, markdown ? "  \n" : "\n");
  fill(s, b, "{N}\n\n");
}

static const char *const words[] = {
    "account",  "billing", "delivery", "order",   "parcel",  "refund",
    "team",     "today",   "week",     "update",  "service", "product",
    "customer", "support", "payment",  "invoice", "return",  "label",
    "courier",  "warranty", "repair",  "engineer", "visit",  "app",
    "device",   "settings", "voucher", "discount", "price",  "size",
    "colour",   "stock",   "warehouse", "box",    "photo",   "email",
    "phone",    "call",    "reply",    "check",   "send",    "change",
    "cancel",   "open",    "close",    "wait",    "soon",    "late"};

void corpus_phrase_rules(uint64_t *s, corpus_buf *b, size_t n) {
  char line[512];
  for (size_t i = 0; i < n; i++) {
    /* Three or four words, one slot a choice of two: real-looking phrases
     * that share words with the corpus, so the automaton is exercised. */
    const char *w[4];
    size_t len = 3 + pick(s, 2);
    for (size_t k = 0; k < len; k++) w[k] = words[pick(s, COUNT(words))];
    const char *alt = words[pick(s, COUNT(words))];
    int at = snprintf(line, sizeof line,
                      "tact.rule { id = \"bench.p%zu\", message = \"Generated.\", "
                      "phrases = { \"%s {%s|%s} %s",
                      i, w[0], w[1], alt, w[2]);
    if (len == 4) at += snprintf(line + at, sizeof line - (size_t)at, " %s", w[3]);
    snprintf(line + at, sizeof line - (size_t)at, "\" } }\n");
    puts_(b, line);
  }
}

void corpus_buf_free(corpus_buf *b) {
  free(b->v);
  b->v = NULL;
  b->n = b->cap = 0;
}

-- profiles: which rules run for which kind of document, and how much each
-- category weighs in the tone score.

tact.profile {
  name = "reply",
  description = "Replies to customers: e-mails, tickets, chat and letters (the default).",
  -- every category runs, including the whole-document checks
  weights = {
    threat = 3, shouting = 2, blame = 2, argument = 2, condescension = 2, dismissal = 2,
    sarcasm = 2, ["policy-hiding"] = 1.5, apology = 1, distancing = 1, ["negative-framing"] = 1,
    absolutism = 1, document = 1, legalese = 0.5,
  },
}

tact.profile {
  name = "policy",
  description = "Customer-facing policies, terms, help pages and templates: no greeting or apology expected.",
  categories = {
    "threat", "absolutism", "shouting", "blame", "condescension", "dismissal", "argument",
    "sarcasm", "policy-hiding", "negative-framing", "distancing", "legalese", "signal",
  },
  disable = {
    -- ordinary in a policy's instructions, and too frequent to flag there
    "distancing.you-need-to",
    "negative-framing.cant-without-alternative",
    "negative-framing.dont-know",
    "distancing.dear-customer",
  },
  severity = {
    threat = "error",
    absolutism = "warning",
    ["absolutism.reserve-the-right"] = "info",
    ["absolutism.strictly-prohibited"] = "warning",
    legalese = "info",
  },
  weights = {
    threat = 3, absolutism = 2, shouting = 2, blame = 2, condescension = 2, dismissal = 1.5,
    argument = 1, sarcasm = 2, ["policy-hiding"] = 1.5, ["negative-framing"] = 1, distancing = 1,
    legalese = 1,
  },
}

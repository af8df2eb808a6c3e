-- Profiles: which rules run, and how much they weigh in the tone score,
-- for the kind of document being written. Choose with --profile NAME.

tact.profile {
  name = "reply",
  description = "A reply to a customer: an e-mail, a ticket answer, a chat message.",
  -- Every category runs; blame and dismissal cost the most goodwill.
  weights = { blame = 1.5, dismissal = 1.5, threat = 2 },
}

tact.profile {
  name = "policy",
  description = "A customer-facing policy, terms page or help article.",
  categories = { "threat", "absolutism", "blame", "condescension",
                 "policy-hiding", "dismissal", "shouting", "negative-framing" },
  severity = { threat = "error" },
  weights = { threat = 2, absolutism = 1.5 },
}

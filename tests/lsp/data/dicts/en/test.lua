-- A small pack with one rule per severity, so the LSP tests do not depend
-- on the wording of the shipped pack.
tact.rule {
  id = "blame.you-failed", severity = "error",
  message = "Saying the customer failed puts the blame on them.",
  rationale = "Describe what happened, not who is at fault.",
  url = "https://example.com/rules/blame.you-failed",
  phrases = { "you failed to" },
  suggest = { "it looks like we didn't", "{what happened}" },
}

tact.rule {
  id = "dismissal.calm-down", severity = "warning",
  message = "Telling someone to calm down rarely calms them.",
  phrases = { "calm down" },
  suggest = { "I understand this is frustrating" },
}

tact.rule {
  id = "shouting.bangs", severity = "info",
  message = "Stacked exclamation marks raise the volume.",
  regex = "!{2,}",
  suggest = { "." },
}

tact.rule {
  id = "filler.just", severity = "hint",
  message = "\"Just\" can make a request sound trivial.",
  phrases = { "just" },
  suggest = { "" },
}

-- A small pack with one rule per severity, so the Vim plugin tests do not
-- depend on the wording of the shipped English pack.
tact.rule {
  id = "blame.you-failed", severity = "error",
  message = "Saying the customer failed puts the blame on them.",
  rationale = "Describe what happened, not who is at fault.",
  phrases = { "you failed to" },
  suggest = { "it looks like we didn't", "{what happened}" },
}

tact.rule {
  id = "dismissal.calm-down", severity = "warning",
  message = "Telling someone to calm down rarely calms them.",
  rationale = "It dismisses the feeling instead of the problem.",
  phrases = { "calm down" },
  suggest = { "I understand this is frustrating", "I hear you" },
}

tact.rule {
  id = "condescension.obviously", severity = "info",
  message = "\"Obviously\" implies the reader should have known.",
  phrases = { "obviously" },
  suggest = { "as it happens" },
}

tact.rule {
  id = "filler.just", severity = "hint",
  message = "\"Just\" can make a request sound trivial.",
  phrases = { "just" },
  suggest = { "" },
}

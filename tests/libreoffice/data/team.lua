-- A user rule file chosen in the extension's settings.
tact.rule {
  id = "team.no-bananas", category = "team", severity = "warning",
  message = "Say 'fruit' in replies.",
  phrases = { "banana" },
  suggest = { "fruit" },
}

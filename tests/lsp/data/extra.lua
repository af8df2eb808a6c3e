-- An extra rule file, loaded through the `rules` setting.
tact.rule {
  id = "argument.actually", severity = "warning",
  message = "\"Actually\" can sound like a correction.",
  phrases = { "actually" },
  suggest = { "" },
}

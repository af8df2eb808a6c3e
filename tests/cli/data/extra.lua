-- Loaded with --rules after broken.lua: must still work.
tact.rule {
  id = "apology.sorry-again", severity = "warning",
  message = "One sincere apology is enough.",
  phrases = { "sorry again" },
}

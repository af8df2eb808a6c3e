-- test-rules: one example of each kind misbehaves.
tact.rule {
  id = "blame.your-fault", severity = "error",
  message = "Fault-finding helps nobody.",
  phrases = { "your fault" },
  examples = { flag = { "That is your mistake." },
               pass = { "It was your fault, sorry." } },
}

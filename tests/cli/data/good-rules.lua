-- test-rules: every example behaves.
tact.rule {
  id = "dismissal.obviously", severity = "warning",
  message = "\"Obviously\" tells the reader they should have known.",
  phrases = { "obviously" },
  examples = { flag = { "Obviously, the button is on the left." },
               pass = { "The button is on the left." } },
}

tact.rule {
  id = "shouting.caps-please", severity = "info",
  message = "Capitals read as shouting.",
  regex = { "PLEASE" }, case = true,
  examples = { flag = { "PLEASE read this." }, pass = { "Please read this." } },
}

-- Off in the default profile and switched off below: test-rules still
-- tries its examples.
tact.rule {
  id = "threat.legal", severity = "error", profiles = { "policy" },
  message = "A legal threat escalates.",
  phrases = { "legal action" },
  examples = { flag = { "We will take legal action." } },
}

tact.disable { "dismissal" }

-- A rule file with a syntax error on line 3.
tact.rule {
  id = = "blame.broken",
}

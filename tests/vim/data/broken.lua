-- A rule file with a syntax error on line 3: the server says where, and
-- goes on with the other rules.
tact.rule {
  id = = "blame.broken",
}

-- A function rule that raises an error on every sentence.
tact.rule {
  id = "broken.raises", severity = "warning",
  message = "Never reported.",
  check = function(view, report)
    error("boom")
  end,
}

-- Profiles of the test pack (TACT_DICTS points here in the CLI tests).
tact.profile { name = "reply", description = "Every rule." }
tact.profile { name = "calm", description = "Blame only.", categories = { "blame" } }

-- Profiles of the LSP test pack (TACT_DICTS points here in the LSP tests).
tact.profile { name = "reply", description = "Every rule." }
tact.profile { name = "calm", description = "Blame only.", categories = { "blame" } }

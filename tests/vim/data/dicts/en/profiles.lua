-- The profile of the Vim test pack (TACT_DICTS points here in tests/vim).
tact.profile { name = "reply", description = "Every rule." }

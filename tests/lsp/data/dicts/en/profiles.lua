-- Profiles of the LSP test pack (TACT_DICTS points here in the LSP tests).
tact.profile { name = "reply", description = "Every rule." }
tact.profile { name = "calm", description = "Blame only.", categories = { "blame" } }

-- The texts of these tests hold words no dictionary knows ("Héllo", "ok");
-- spelling findings are tested in tests/spell, so the server leaves them out.
tact.disable "spelling"

-- The profile of the Vim test pack (TACT_DICTS points here in tests/vim).
tact.profile { name = "reply", description = "Every rule." }

-- The texts of these tests hold words no dictionary knows ("Héllo", "ok");
-- spelling findings are tested in tests/spell, so the server leaves them out.
tact.disable "spelling"

-- Users, roles and sign-in lockout.
-- Passwords are stored only as Argon2id hash strings ($argon2id$v=19$m=...,t=...,p=1$salt$hash), which
-- carry their own salt and cost, so a later cost increase rehashes on the next successful sign-in.
CREATE TABLE users (
    id              INTEGER PRIMARY KEY,
    login           TEXT NOT NULL UNIQUE CHECK (length(login) BETWEEN 1 AND 64),
    display_name    TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL CHECK (role IN ('agent', 'technician', 'supervisor', 'manager', 'admin')),
    password_hash   TEXT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
    locked_until    INTEGER,
    active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at      INTEGER NOT NULL,
    changed_at      INTEGER NOT NULL
);

-- The lockout rule is data: an administrator may change it with the other settings.
INSERT OR IGNORE INTO settings (key, value) VALUES ('security.lockout_attempts', '5');
INSERT OR IGNORE INTO settings (key, value) VALUES ('security.lockout_minutes', '15');

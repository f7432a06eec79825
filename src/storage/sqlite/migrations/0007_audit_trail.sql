-- Audit trail (hash-chained) and ticket versions for optimistic locking.
--
-- tickets.version exists since schema 1 (every write bumps it; stale edits are refused), so this
-- script only adds the trail. Each entry's hash covers the entry and the previous entry's hash
-- (see core/audit/AuditChain): `ingotdesk-cli check` recomputes the chain and names the first
-- entry that no longer fits.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,      -- 1, 2, 3 ... without gaps
    at          INTEGER NOT NULL,         -- UTC epoch seconds
    actor       TEXT NOT NULL,
    local_admin INTEGER NOT NULL DEFAULT 0 CHECK (local_admin IN (0, 1)),
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    action      TEXT NOT NULL,
    detail      TEXT NOT NULL DEFAULT '{}',
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, seq);
CREATE INDEX audit_log_actor ON audit_log (actor, seq);
CREATE INDEX audit_log_at ON audit_log (at);

-- Append-only, like the ticket history: the program never edits or removes an entry. Someone with
-- the file and a sqlite3 shell can drop these triggers; the hash chain is what catches that.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit trail is append-only');
END;

-- Schema 7 on PostgreSQL (as sqlite/migrations/0007_audit_trail.sql): the hash-chained audit trail.
-- tickets.version exists since schema 1.
CREATE TABLE audit_log (
    seq         BIGINT PRIMARY KEY,      -- 1, 2, 3 ... without gaps
    at          BIGINT NOT NULL,         -- UTC epoch seconds
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

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION ingotdesk_append_only('the audit trail is append-only');
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION ingotdesk_append_only('the audit trail is append-only');

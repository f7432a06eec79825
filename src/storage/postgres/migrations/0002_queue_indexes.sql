-- Schema 2 (as sqlite/migrations/0002): queue indexes by tier, region and priority, the next SLA due
-- instant with the ticket, settings.

ALTER TABLE tickets ADD COLUMN next_due_at BIGINT;
CREATE INDEX tickets_tier ON tickets (tier, reported_at);
CREATE INDEX tickets_region ON tickets (region, reported_at);
CREATE INDEX tickets_priority ON tickets (priority, reported_at);
CREATE INDEX tickets_due ON tickets (next_due_at) WHERE next_due_at IS NOT NULL;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Schema 2: filters of the queue by tier, region and priority page through their own indexes, and
-- the next SLA due instant is kept with the ticket so the queue can sort by it.

ALTER TABLE tickets ADD COLUMN next_due_at INTEGER;
CREATE INDEX tickets_tier ON tickets (tier, reported_at);
CREATE INDEX tickets_region ON tickets (region, reported_at);
CREATE INDEX tickets_priority ON tickets (priority, reported_at);
CREATE INDEX tickets_due ON tickets (next_due_at) WHERE next_due_at IS NOT NULL;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

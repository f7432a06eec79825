-- Schema 4 on PostgreSQL. On SQLite this schema adds the FTS5 ticket search (trigram and bigram
-- indexes kept by triggers); that search is SQLite-only for now, and the queue's text filter on
-- PostgreSQL is not available yet (docs/postgresql.md). What carries over are the indexes in the exact
-- order of the queue's "priority" and "due" sorts.
DROP INDEX tickets_priority;
CREATE INDEX tickets_priority ON tickets (priority, reported_at DESC, id DESC);
CREATE INDEX tickets_due_order ON tickets ((next_due_at IS NULL), next_due_at, id);

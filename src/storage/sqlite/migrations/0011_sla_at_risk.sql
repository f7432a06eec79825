-- Schema 11: when the next due clock of a ticket turns at risk, and the SLA notices already given.
--
-- next_at_risk_at is stored beside next_due_at, by the same evaluations (the ticket's insert when
-- seeding, every action, the sweep): the instant the clock next_due_at belongs to has used the
-- policy's at-risk share of its target (75% by default) in its calendar. The queue colours the
-- countdown from it without any query, and the desk's watch finds the tickets that just turned at
-- risk through the partial index. It is NULL when nothing runs, like next_due_at.
ALTER TABLE tickets ADD COLUMN next_at_risk_at INTEGER;
CREATE INDEX tickets_at_risk ON tickets (next_at_risk_at) WHERE next_at_risk_at IS NOT NULL;

-- Existing tickets with a running clock get the value from the next sweep: marking their clocks as
-- not stored for their version puts them on the sweep's list (tickets_sla_stale), the same way an
-- events import does. Closed tickets have nothing running and keep NULL.
UPDATE tickets SET sla_version = NULL WHERE next_due_at IS NOT NULL;

-- One row per person, ticket, clock and transition (at_risk, breached) the desk has told that
-- person about, so a notice is given once however many sweeps and desks see it. `at` is the instant
-- of the transition, noticed_at when the notice was given.
CREATE TABLE sla_notices (
    login      TEXT NOT NULL,
    ticket_id  INTEGER NOT NULL REFERENCES tickets (id),
    metric     TEXT NOT NULL CHECK (metric IN ('response', 'assessment', 'resolution')),
    kind       TEXT NOT NULL CHECK (kind IN ('at_risk', 'breached')),
    at         INTEGER NOT NULL,
    noticed_at INTEGER NOT NULL,
    PRIMARY KEY (login, ticket_id, metric, kind)
) WITHOUT ROWID;

-- Schema 11 on PostgreSQL (as sqlite/migrations/0011_sla_at_risk.sql): the instant the next due
-- clock of a ticket turns at risk, and the SLA notices already given to each person.
ALTER TABLE tickets ADD COLUMN next_at_risk_at BIGINT;
CREATE INDEX tickets_at_risk ON tickets (next_at_risk_at) WHERE next_at_risk_at IS NOT NULL;

-- Tickets with a running clock get the value from the next sweep (tickets_sla_stale).
UPDATE tickets SET sla_version = NULL WHERE next_due_at IS NOT NULL;

CREATE TABLE sla_notices (
    login      TEXT NOT NULL,
    ticket_id  BIGINT NOT NULL REFERENCES tickets (id),
    metric     TEXT NOT NULL CHECK (metric IN ('response', 'assessment', 'resolution')),
    kind       TEXT NOT NULL CHECK (kind IN ('at_risk', 'breached')),
    at         BIGINT NOT NULL,
    noticed_at BIGINT NOT NULL,
    PRIMARY KEY (login, ticket_id, metric, kind)
);

-- Schema 10 on PostgreSQL (as sqlite/migrations/0010_sla_board.sql): the covering index of the
-- supervisor's SLA board.
CREATE INDEX tickets_board ON tickets (reported_at, stage, region, tier, category, first_response_at, assignee);

-- Schema 10: the supervisor's SLA board. Its charts and anomaly rule read every ticket reported in
-- the last nine weeks (about 170,000 on a desk with a million tickets a year) grouped by day,
-- region and category: this index holds exactly the columns they read, so the pass never touches
-- the wide ticket rows. Open tickets, breaches and the next due are served by tickets_stage,
-- sla_breaches_breached and tickets_due (schemas 1-3).
CREATE INDEX tickets_board ON tickets (reported_at, stage, region, tier, category, first_response_at, assignee);

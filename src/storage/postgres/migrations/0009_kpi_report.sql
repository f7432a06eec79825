-- Schema 9 on PostgreSQL (as sqlite/migrations/0009_kpi_report.sql): KPI targets as data, and the
-- index for reports "as of" a past instant.
CREATE TABLE kpi_targets (
    kpi       TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('at_most', 'at_least')),
    value     DOUBLE PRECISION NOT NULL
);
INSERT INTO kpi_targets (kpi, direction, value) VALUES
    ('response_hours_avg', 'at_most', 2),
    ('response_sla_pct', 'at_least', 90),
    ('resolution_rate_pct', 'at_least', 95),
    ('resolution_sla_pct', 'at_least', 90),
    ('first_time_fix_pct', 'at_least', 80),
    ('csat_pct', 'at_least', 90);

CREATE INDEX tickets_kpi_last_event ON tickets (last_event_at, reported_at);

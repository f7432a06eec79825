-- Schema 9: the monthly KPI report. Its targets are data an admin edits (sla-kpi-spec.md, Monthly
-- KPIs), and one index lets a report "as of" a past instant find the tickets that changed after it,
-- the only ones whose state it must look up in their history.

-- One target per KPI key (KpiKey names): at_most for times, at_least for rates.
CREATE TABLE kpi_targets (
    kpi       TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('at_most', 'at_least')),
    value     REAL NOT NULL
);
INSERT INTO kpi_targets (kpi, direction, value) VALUES
    ('response_hours_avg', 'at_most', 2),
    ('response_sla_pct', 'at_least', 90),
    ('resolution_rate_pct', 'at_least', 95),
    ('resolution_sla_pct', 'at_least', 90),
    ('first_time_fix_pct', 'at_least', 80),
    ('csat_pct', 'at_least', 90);

CREATE INDEX tickets_kpi_last_event ON tickets (last_event_at, reported_at);

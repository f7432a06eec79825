-- Schema 3: SLA policies (tier x priority targets, a calendar per tier), service calendars, the policy
-- each ticket was reported under, breaches recorded once, and compensation suggestions. The defaults
-- are those of sla-kpi-spec.md; they are data an admin edits, not constants in code.

-- A weekly schedule per calendar: for each weekday its local service intervals as text,
-- "08:30-12:00,13:00-17:30", empty for a closed day. Dated exceptions come from `holidays`.
CREATE TABLE sla_calendars (
    name             TEXT PRIMARY KEY,
    monday           TEXT NOT NULL DEFAULT '',
    tuesday          TEXT NOT NULL DEFAULT '',
    wednesday        TEXT NOT NULL DEFAULT '',
    thursday         TEXT NOT NULL DEFAULT '',
    friday           TEXT NOT NULL DEFAULT '',
    saturday         TEXT NOT NULL DEFAULT '',
    sunday           TEXT NOT NULL DEFAULT '',
    observe_holidays INTEGER NOT NULL DEFAULT 0 CHECK (observe_holidays IN (0, 1))
);
INSERT INTO sla_calendars VALUES
    ('24x7', '00:00-24:00', '00:00-24:00', '00:00-24:00', '00:00-24:00', '00:00-24:00', '00:00-24:00',
     '00:00-24:00', 0),
    ('12x7', '08:00-20:00', '08:00-20:00', '08:00-20:00', '08:00-20:00', '08:00-20:00', '08:00-20:00',
     '08:00-20:00', 0),
    ('8x5', '08:30-12:00,13:00-17:30', '08:30-12:00,13:00-17:30', '08:30-12:00,13:00-17:30',
     '08:30-12:00,13:00-17:30', '08:30-12:00,13:00-17:30', '', '', 1);

-- A policy is not edited once tickets may use it: a change is a new row with a later
-- effective_from, so every ticket keeps the policy it was reported under (tickets.sla_policy_id).
CREATE TABLE sla_policies (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL,
    effective_from  INTEGER NOT NULL,
    at_risk_percent INTEGER NOT NULL DEFAULT 75 CHECK (at_risk_percent BETWEEN 1 AND 100),
    calendar_a      TEXT NOT NULL REFERENCES sla_calendars (name),
    calendar_b      TEXT NOT NULL REFERENCES sla_calendars (name),
    calendar_c      TEXT NOT NULL REFERENCES sla_calendars (name),
    created_at      INTEGER NOT NULL DEFAULT 0,
    created_by      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sla_policies_effective ON sla_policies (effective_from, id);

-- Targets in service minutes of the tier's calendar.
CREATE TABLE sla_targets (
    policy_id INTEGER NOT NULL REFERENCES sla_policies (id),
    tier      TEXT NOT NULL CHECK (tier IN ('A', 'B', 'C')),
    priority  TEXT NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
    metric    TEXT NOT NULL CHECK (metric IN ('response', 'assessment', 'resolution')),
    minutes   INTEGER NOT NULL CHECK (minutes >= 1),
    PRIMARY KEY (policy_id, tier, priority, metric)
) WITHOUT ROWID;

-- The default policy applies from the beginning of time, so every existing ticket falls under it.
INSERT INTO sla_policies (id, name, effective_from, at_risk_percent, calendar_a, calendar_b, calendar_c, created_by)
VALUES (1, 'default', 0, 75, '24x7', '12x7', '8x5', 'system');
INSERT INTO sla_targets (policy_id, tier, priority, metric, minutes)
SELECT 1, tiers.tier, cells.priority, cells.metric, cells.minutes
FROM (SELECT 'A' AS tier UNION ALL SELECT 'B' UNION ALL SELECT 'C') AS tiers
CROSS JOIN (
    SELECT 'P1' AS priority, 'response' AS metric, 30 AS minutes
    UNION ALL SELECT 'P2', 'response', 60
    UNION ALL SELECT 'P3', 'response', 120
    UNION ALL SELECT 'P4', 'response', 240
    UNION ALL SELECT 'P1', 'assessment', 60
    UNION ALL SELECT 'P2', 'assessment', 120
    UNION ALL SELECT 'P3', 'assessment', 180
    UNION ALL SELECT 'P4', 'assessment', 480
    UNION ALL SELECT 'P1', 'resolution', 480
    UNION ALL SELECT 'P2', 'resolution', 1440
    UNION ALL SELECT 'P3', 'resolution', 2880
    UNION ALL SELECT 'P4', 'resolution', 7200
) AS cells;

-- sla_policy_id: the policy in force when the ticket was reported. sla_version: the ticket version
-- whose clocks were last evaluated and stored (next_due_at, breaches). A ticket whose version moved on
-- without an evaluation (an events import, this migration) is picked up by the next sweep through
-- the partial index.
ALTER TABLE tickets ADD COLUMN sla_policy_id INTEGER REFERENCES sla_policies (id);
ALTER TABLE tickets ADD COLUMN sla_version INTEGER;
UPDATE tickets SET sla_policy_id = 1;
CREATE INDEX tickets_sla_stale ON tickets (id) WHERE sla_version IS NOT version;

-- A clock's breach, recorded once. breached_at is the instant the target was reached;
-- overrun_seconds (service seconds over the target) is filled in when the clock stops.
CREATE TABLE sla_breaches (
    id              INTEGER PRIMARY KEY,
    ticket_id       INTEGER NOT NULL REFERENCES tickets (id),
    metric          TEXT NOT NULL CHECK (metric IN ('response', 'assessment', 'resolution')),
    breached_at     INTEGER NOT NULL,
    recorded_at     INTEGER NOT NULL,
    overrun_seconds INTEGER,
    UNIQUE (ticket_id, metric)
);
CREATE INDEX sla_breaches_breached ON sla_breaches (breached_at);

-- The late-resolution credit suggestion for a ticket linked to an order. The credit follows the
-- overrun while the clock runs (final = 0) and is final once it stops; a supervisor approves or
-- rejects it, and the decision is kept with who and when.
CREATE TABLE sla_compensations (
    id              INTEGER PRIMARY KEY,
    ticket_id       INTEGER NOT NULL UNIQUE REFERENCES tickets (id),
    order_value_fen INTEGER NOT NULL CHECK (order_value_fen >= 0),
    overrun_seconds INTEGER NOT NULL CHECK (overrun_seconds >= 0),
    rate_bp         INTEGER NOT NULL,
    cap_bp          INTEGER NOT NULL,
    credit_fen      INTEGER NOT NULL CHECK (credit_fen >= 0),
    final           INTEGER NOT NULL DEFAULT 0 CHECK (final IN (0, 1)),
    status          TEXT NOT NULL DEFAULT 'suggested' CHECK (status IN ('suggested', 'approved', 'rejected')),
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    decided_by      TEXT NOT NULL DEFAULT '',
    decided_at      INTEGER,
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sla_compensations_status ON sla_compensations (status, created_at);

-- The compensation rule (basis points of the order value per started hour of overrun, and the cap).
INSERT OR IGNORE INTO settings (key, value) VALUES ('compensation.rate_bp', '500'), ('compensation.cap_bp', '3000');

-- The shipped 2025/2026 schedule (resources/data/holidays-cn.csv; a test keeps the two equal), so it is
-- visible and editable like imported dates. An empty calendar means every calendar that observes
-- holidays. Dates already imported by hand win.
INSERT OR IGNORE INTO holidays (date, calendar, kind, name) VALUES
    ('2025-01-01', '', 'holiday', '元旦'),
    ('2025-01-26', '', 'workday', '春节'),
    ('2025-01-28', '', 'holiday', '春节'),
    ('2025-01-29', '', 'holiday', '春节'),
    ('2025-01-30', '', 'holiday', '春节'),
    ('2025-01-31', '', 'holiday', '春节'),
    ('2025-02-01', '', 'holiday', '春节'),
    ('2025-02-02', '', 'holiday', '春节'),
    ('2025-02-03', '', 'holiday', '春节'),
    ('2025-02-04', '', 'holiday', '春节'),
    ('2025-02-08', '', 'workday', '春节'),
    ('2025-04-04', '', 'holiday', '清明节'),
    ('2025-04-05', '', 'holiday', '清明节'),
    ('2025-04-06', '', 'holiday', '清明节'),
    ('2025-04-27', '', 'workday', '劳动节'),
    ('2025-05-01', '', 'holiday', '劳动节'),
    ('2025-05-02', '', 'holiday', '劳动节'),
    ('2025-05-03', '', 'holiday', '劳动节'),
    ('2025-05-04', '', 'holiday', '劳动节'),
    ('2025-05-05', '', 'holiday', '劳动节'),
    ('2025-05-31', '', 'holiday', '端午节'),
    ('2025-06-01', '', 'holiday', '端午节'),
    ('2025-06-02', '', 'holiday', '端午节'),
    ('2025-09-28', '', 'workday', '国庆节、中秋节'),
    ('2025-10-01', '', 'holiday', '国庆节、中秋节'),
    ('2025-10-02', '', 'holiday', '国庆节、中秋节'),
    ('2025-10-03', '', 'holiday', '国庆节、中秋节'),
    ('2025-10-04', '', 'holiday', '国庆节、中秋节'),
    ('2025-10-05', '', 'holiday', '国庆节、中秋节'),
    ('2025-10-06', '', 'holiday', '国庆节、中秋节'),
    ('2025-10-07', '', 'holiday', '国庆节、中秋节'),
    ('2025-10-08', '', 'holiday', '国庆节、中秋节'),
    ('2025-10-11', '', 'workday', '国庆节、中秋节'),
    ('2026-01-01', '', 'holiday', '元旦'),
    ('2026-01-02', '', 'holiday', '元旦'),
    ('2026-01-03', '', 'holiday', '元旦'),
    ('2026-01-04', '', 'workday', '元旦'),
    ('2026-02-14', '', 'workday', '春节'),
    ('2026-02-15', '', 'holiday', '春节'),
    ('2026-02-16', '', 'holiday', '春节'),
    ('2026-02-17', '', 'holiday', '春节'),
    ('2026-02-18', '', 'holiday', '春节'),
    ('2026-02-19', '', 'holiday', '春节'),
    ('2026-02-20', '', 'holiday', '春节'),
    ('2026-02-21', '', 'holiday', '春节'),
    ('2026-02-22', '', 'holiday', '春节'),
    ('2026-02-23', '', 'holiday', '春节'),
    ('2026-02-28', '', 'workday', '春节'),
    ('2026-04-04', '', 'holiday', '清明节'),
    ('2026-04-05', '', 'holiday', '清明节'),
    ('2026-04-06', '', 'holiday', '清明节'),
    ('2026-05-01', '', 'holiday', '劳动节'),
    ('2026-05-02', '', 'holiday', '劳动节'),
    ('2026-05-03', '', 'holiday', '劳动节'),
    ('2026-05-04', '', 'holiday', '劳动节'),
    ('2026-05-05', '', 'holiday', '劳动节'),
    ('2026-05-09', '', 'workday', '劳动节'),
    ('2026-06-19', '', 'holiday', '端午节'),
    ('2026-06-20', '', 'holiday', '端午节'),
    ('2026-06-21', '', 'holiday', '端午节'),
    ('2026-09-20', '', 'workday', '国庆节'),
    ('2026-09-25', '', 'holiday', '中秋节'),
    ('2026-09-26', '', 'holiday', '中秋节'),
    ('2026-09-27', '', 'holiday', '中秋节'),
    ('2026-10-01', '', 'holiday', '国庆节'),
    ('2026-10-02', '', 'holiday', '国庆节'),
    ('2026-10-03', '', 'holiday', '国庆节'),
    ('2026-10-04', '', 'holiday', '国庆节'),
    ('2026-10-05', '', 'holiday', '国庆节'),
    ('2026-10-06', '', 'holiday', '国庆节'),
    ('2026-10-07', '', 'holiday', '国庆节'),
    ('2026-10-10', '', 'workday', '国庆节');

-- Schema 5: customer tiers with their history, technicians' working calendars and capacity for
-- dispatch, and scheduled service tasks. Tier thresholds and dispatch rules are rows of `settings`
-- (absent = the defaults of sla-kpi-spec.md and docs/customers.md).

-- Every change of a customer's tier: a monthly recomputation that moved it, or an admin's override
-- with the reason. Append-only like the ticket history.
CREATE TABLE customer_tier_events (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers (id),
    at            INTEGER NOT NULL,
    actor         TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('recompute', 'override', 'clear_override')),
    from_tier     TEXT NOT NULL CHECK (from_tier IN ('A', 'B', 'C')),
    to_tier       TEXT NOT NULL CHECK (to_tier IN ('A', 'B', 'C')),
    computed_tier TEXT NOT NULL CHECK (computed_tier IN ('A', 'B', 'C')),
    reason        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customer_tier_events_customer ON customer_tier_events (customer_id, id);
CREATE TRIGGER customer_tier_events_no_update BEFORE UPDATE ON customer_tier_events
BEGIN
    SELECT RAISE(ABORT, 'tier history is append-only');
END;
CREATE TRIGGER customer_tier_events_no_delete BEFORE DELETE ON customer_tier_events
BEGIN
    SELECT RAISE(ABORT, 'tier history is append-only');
END;

-- The calendar a technician works by (holidays of that calendar are days off) and the open tickets
-- they carry at most. Empty calendar: the dedicated team keeps the hours of its accounts' tier, everybody
-- else works 8x5; NULL capacity: the dispatch rules' default.
ALTER TABLE technicians ADD COLUMN calendar TEXT NOT NULL DEFAULT '';
ALTER TABLE technicians ADD COLUMN capacity INTEGER CHECK (capacity IS NULL OR capacity >= 1);

-- Follow-up visits, on-site inspections and seasonal advice, dated, in their owner's list. Unique by
-- kind, customer, topic and date, so generating a month again adds nothing.
CREATE TABLE service_tasks (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('follow_up_visit', 'onsite_inspection', 'seasonal_advice')),
    topic       TEXT NOT NULL DEFAULT '',
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    owner       TEXT NOT NULL DEFAULT '',
    due_date    TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    note        TEXT NOT NULL DEFAULT '',
    created_at  INTEGER NOT NULL,
    done_at     INTEGER,
    UNIQUE (kind, customer_id, topic, due_date)
);
CREATE INDEX service_tasks_owner ON service_tasks (owner, status, due_date);
CREATE INDEX service_tasks_customer ON service_tasks (customer_id, status, due_date);
CREATE INDEX service_tasks_due ON service_tasks (status, due_date);

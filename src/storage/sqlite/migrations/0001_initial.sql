-- Schema 1: customers with their orders and batches, technicians, tickets and their append-only
-- history, human ticket numbers, holiday data. Instants are UTC epoch seconds.

CREATE TABLE customers (
    id                INTEGER PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL,
    region            TEXT NOT NULL,
    province          TEXT NOT NULL,
    city              TEXT NOT NULL DEFAULT '',
    industry          TEXT NOT NULL DEFAULT '',
    annual_volume_t   REAL NOT NULL DEFAULT 0,
    cooperation_years INTEGER NOT NULL DEFAULT 0,
    tier_override     TEXT CHECK (tier_override IN ('A', 'B', 'C')),
    tier              TEXT NOT NULL CHECK (tier IN ('A', 'B', 'C')),
    contact_name      TEXT NOT NULL DEFAULT '',
    phone             TEXT NOT NULL DEFAULT '',
    email             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX customers_name ON customers (name);

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    order_no     TEXT NOT NULL UNIQUE,
    customer_id  INTEGER NOT NULL REFERENCES customers (id),
    grade        TEXT NOT NULL,
    batch_no     TEXT NOT NULL,
    quantity_t   REAL NOT NULL,
    value_fen    INTEGER NOT NULL CHECK (value_fen >= 0),
    ordered_at   INTEGER,
    delivered_at INTEGER
);
CREATE INDEX orders_customer ON orders (customer_id);
CREATE INDEX orders_batch ON orders (batch_no);

CREATE TABLE technicians (
    id     INTEGER PRIMARY KEY,
    login  TEXT NOT NULL UNIQUE,
    name   TEXT NOT NULL,
    region TEXT NOT NULL,
    team   TEXT NOT NULL DEFAULT '',
    skills TEXT NOT NULL DEFAULT '',
    level  TEXT NOT NULL DEFAULT 'junior',
    phone  TEXT NOT NULL DEFAULT ''
);

CREATE TABLE tickets (
    id                INTEGER PRIMARY KEY,
    ticket_no         TEXT NOT NULL UNIQUE,
    customer_id       INTEGER NOT NULL REFERENCES customers (id),
    order_id          INTEGER REFERENCES orders (id),
    batch_no          TEXT NOT NULL DEFAULT '',
    category          TEXT NOT NULL,
    priority          TEXT NOT NULL CHECK (priority IN ('P1', 'P2', 'P3', 'P4')),
    channel           TEXT NOT NULL,
    title             TEXT NOT NULL,
    description       TEXT NOT NULL DEFAULT '',
    reporter          TEXT NOT NULL DEFAULT '',
    reported_at       INTEGER NOT NULL,
    tier              TEXT NOT NULL,
    region            TEXT NOT NULL,
    -- The state the history adds up to, kept with the row so that queues need no replay.
    stage             TEXT NOT NULL,
    resume_stage      TEXT NOT NULL,
    assignee          TEXT NOT NULL DEFAULT '',
    last_event_at     INTEGER NOT NULL,
    first_response_at INTEGER,
    last_resolved_at  INTEGER,
    closed_at         INTEGER,
    survey_score      INTEGER,
    reopen_count      INTEGER NOT NULL DEFAULT 0,
    version           INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX tickets_reported ON tickets (reported_at);
CREATE INDEX tickets_stage ON tickets (stage, reported_at);
CREATE INDEX tickets_assignee ON tickets (assignee, reported_at);
CREATE INDEX tickets_customer ON tickets (customer_id, reported_at);

CREATE TABLE ticket_events (
    id         INTEGER PRIMARY KEY,
    ticket_id  INTEGER NOT NULL REFERENCES tickets (id),
    at         INTEGER NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    from_stage TEXT NOT NULL,
    to_stage   TEXT NOT NULL,
    value      TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ticket_events_ticket ON ticket_events (ticket_id, id);

-- The history is append-only: corrections are new events, never edits.
CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
BEGIN
    SELECT RAISE(ABORT, 'ticket history is append-only');
END;
CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
BEGIN
    SELECT RAISE(ABORT, 'ticket history is append-only');
END;

CREATE TABLE ticket_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

CREATE TABLE holidays (
    date     TEXT NOT NULL,
    calendar TEXT NOT NULL DEFAULT '',
    kind     TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (date, calendar)
);

-- Schema 4: full-text search over tickets (number, title, description and the customer's name),
-- kept in sync by triggers, so that the queue's text filter reads an index instead of scanning; and
-- indexes in the exact order of the queue's "priority" and "due" sorts, which otherwise sort every
-- ticket for each page.
--
-- Two FTS5 indexes share one source view:
-- * ticket_search (trigram): any substring of 3 or more characters, Chinese or not, as a phrase.
-- * ticket_bigrams (unicode61 over overlapping 2-character windows): the 1- and 2-character terms
--   a trigram index cannot answer (氧化, 气孔, 包装, Pb). Every window of a text becomes one token;
--   a window with a separator in it becomes a 1-character token, so "X*" finds every X.
-- Both are external-content tables over the view: nothing is stored twice, 'rebuild' and
-- 'integrity-check' work, and the triggers are plain SQL (no function the connection must
-- register), so a write through any SQLite tool keeps the index right.

-- Character positions for the windows. A trigger may not use WITH, so the windows come from a
-- join with this table; texts longer than it get bigrams for their first 4,000 characters only
-- (trigram search still covers the whole text).
CREATE TABLE search_positions (n INTEGER PRIMARY KEY);
WITH RECURSIVE p(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM p WHERE n < 4000)
INSERT INTO search_positions (n) SELECT n FROM p;

CREATE VIEW ticket_search_source AS
SELECT t.id AS id,
       t.ticket_no AS ticket_no,
       t.title AS title,
       t.description AS description,
       c.name AS customer,
       ifnull((SELECT group_concat(substr(t.title, p.n, 2), ' ') FROM search_positions p
               WHERE p.n <= length(t.title)), '')
           || char(10) ||
       ifnull((SELECT group_concat(substr(t.description, p.n, 2), ' ') FROM search_positions p
               WHERE p.n <= length(t.description)), '')
           || char(10) ||
       ifnull((SELECT group_concat(substr(c.name, p.n, 2), ' ') FROM search_positions p
               WHERE p.n <= length(c.name)), '')
           AS grams
FROM tickets t JOIN customers c ON c.id = t.customer_id;

CREATE VIRTUAL TABLE ticket_search USING fts5(
    ticket_no, title, description, customer,
    content = 'ticket_search_source', content_rowid = 'id', columnsize = 0, tokenize = 'trigram');

-- Single-token queries only, so no positions are kept (detail=none): a third of the size.
CREATE VIRTUAL TABLE ticket_bigrams USING fts5(
    grams,
    content = 'ticket_search_source', content_rowid = 'id', columnsize = 0, detail = none,
    tokenize = 'unicode61 remove_diacritics 0');

-- A bulk load (seeding, a tickets import) indexes its rows in one statement at the end of its
-- transaction instead (SqliteSearch::endBulkInsert): SQLite 3.40's FTS5 writes its pending terms to
-- disk at every statement of a transaction, so indexing row by row costs three times as much. The
-- row exists only inside that write transaction; `since` is the last ticket id before the load.
CREATE TABLE search_deferred (since INTEGER NOT NULL);

-- An external-content index is told what to forget with the exact values it indexed: those are
-- read through the view before the row changes, and the new ones after.
CREATE TRIGGER tickets_search_insert AFTER INSERT ON tickets WHEN NOT EXISTS (SELECT 1 FROM search_deferred)
BEGIN
    INSERT INTO ticket_search (rowid, ticket_no, title, description, customer)
    SELECT id, ticket_no, title, description, customer FROM ticket_search_source WHERE id = new.id;
    INSERT INTO ticket_bigrams (rowid, grams) SELECT id, grams FROM ticket_search_source WHERE id = new.id;
END;

CREATE TRIGGER tickets_search_before_update BEFORE UPDATE OF ticket_no, title, description, customer_id ON tickets
BEGIN
    INSERT INTO ticket_search (ticket_search, rowid, ticket_no, title, description, customer)
    SELECT 'delete', id, ticket_no, title, description, customer FROM ticket_search_source WHERE id = old.id;
    INSERT INTO ticket_bigrams (ticket_bigrams, rowid, grams)
    SELECT 'delete', id, grams FROM ticket_search_source WHERE id = old.id;
END;

CREATE TRIGGER tickets_search_after_update AFTER UPDATE OF ticket_no, title, description, customer_id ON tickets
BEGIN
    INSERT INTO ticket_search (rowid, ticket_no, title, description, customer)
    SELECT id, ticket_no, title, description, customer FROM ticket_search_source WHERE id = new.id;
    INSERT INTO ticket_bigrams (rowid, grams) SELECT id, grams FROM ticket_search_source WHERE id = new.id;
END;

CREATE TRIGGER tickets_search_delete BEFORE DELETE ON tickets
BEGIN
    INSERT INTO ticket_search (ticket_search, rowid, ticket_no, title, description, customer)
    SELECT 'delete', id, ticket_no, title, description, customer FROM ticket_search_source WHERE id = old.id;
    INSERT INTO ticket_bigrams (ticket_bigrams, rowid, grams)
    SELECT 'delete', id, grams FROM ticket_search_source WHERE id = old.id;
END;

-- A renamed customer is found under its new name: its tickets are indexed again. An upsert sets
-- the name even when it is unchanged, hence the WHEN.
CREATE TRIGGER customers_search_before_rename BEFORE UPDATE OF name ON customers WHEN old.name IS NOT new.name
BEGIN
    INSERT INTO ticket_search (ticket_search, rowid, ticket_no, title, description, customer)
    SELECT 'delete', id, ticket_no, title, description, customer FROM ticket_search_source
    WHERE id IN (SELECT id FROM tickets WHERE customer_id = old.id);
    INSERT INTO ticket_bigrams (ticket_bigrams, rowid, grams)
    SELECT 'delete', id, grams FROM ticket_search_source WHERE id IN (SELECT id FROM tickets WHERE customer_id = old.id);
END;

CREATE TRIGGER customers_search_after_rename AFTER UPDATE OF name ON customers WHEN old.name IS NOT new.name
BEGIN
    INSERT INTO ticket_search (rowid, ticket_no, title, description, customer)
    SELECT id, ticket_no, title, description, customer FROM ticket_search_source
    WHERE id IN (SELECT id FROM tickets WHERE customer_id = new.id);
    INSERT INTO ticket_bigrams (rowid, grams)
    SELECT id, grams FROM ticket_search_source WHERE id IN (SELECT id FROM tickets WHERE customer_id = new.id);
END;

-- The queue's sorts (SqliteTicketRepository::orderBy) walk these in order and stop after a page:
-- priority ascending but newest first within it, which (priority, reported_at) cannot give without
-- sorting each priority's tickets; and due first, empty due last.
DROP INDEX tickets_priority;
CREATE INDEX tickets_priority ON tickets (priority, reported_at DESC, id DESC);
CREATE INDEX tickets_due_order ON tickets (next_due_at IS NULL, next_due_at, id);

-- The tickets already there.
INSERT INTO ticket_search (ticket_search) VALUES ('rebuild');
INSERT INTO ticket_bigrams (ticket_bigrams) VALUES ('rebuild');

-- Schema 14 on PostgreSQL: an index for the queue's text filter (PostgresTicketSearch,
-- docs/postgresql.md "Text search"). The filter stays ILIKE '%text%' over ticket number, title,
-- description and customer name; this index only narrows the tickets it is tested on. A ticket can
-- contain a text only if it contains every 2-character window (bigram) of it, so the tickets whose
-- bigrams include all of the term's are the candidates, and ILIKE on those alone gives exactly the
-- scan's answer. Bigrams, not pg_trgm's trigrams: the common Chinese terms are two characters long
-- (氧化, 气孔), which hold no trigram.
--
-- Case: ILIKE compares lower(text) with lower(pattern) in a UTF-8 database, lower() following the
-- database's LC_CTYPE. The bigrams are taken from lower() of the same columns and the term's from
-- lower() of the term, so the candidates contain every ILIKE match whatever the locale.

-- The text a ticket is searched in, lower-cased; fields apart by a newline (a bigram across two
-- fields is one candidate too many, never one too few).
CREATE FUNCTION ticket_search_body(ticket_no TEXT, title TEXT, description TEXT) RETURNS TEXT
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN lower(coalesce(ticket_no, '') || E'\n' || coalesce(title, '') || E'\n' || coalesce(description, ''));

-- Every 2-character window of a text: the pairs starting at odd positions and those starting at
-- even ones, each cut by regexp_replace in one pass (a loop over substr() is quadratic and seven times
-- slower). Chr(1) marks the cuts; the text's own chr(1)s are dropped first, which keeps "a term is
-- inside the text" true of the two shortened strings. A 1-character piece is left at the end of an
-- odd run; the term's side drops those (search_term_bigrams), here they are a harmless extra key.
-- PL/pgSQL and not an inlined SQL expression, for its COST: about 10 µs a ticket, where the planner
-- would count the inlined expression at a few operators and choose to compute it for every row of
-- ticket_search_text instead of reading the index.
CREATE FUNCTION search_bigrams(body TEXT) RETURNS TEXT[]
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
BEGIN
    RETURN array_remove(
        string_to_array(regexp_replace(replace(body, chr(1), ''), '(..)', E'\\1\001', 'g'), chr(1))
            || string_to_array(regexp_replace(substr(replace(body, chr(1), ''), 2), '(..)', E'\\1\001', 'g'), chr(1)),
        '');
END
$$;

-- A term's bigrams: its 2-character pieces only, each once. Not inlined (it has a FROM), so with
-- the term known when the query is planned it is computed then, and the planner estimates the
-- candidates from the index's statistics of each bigram.
CREATE FUNCTION search_term_bigrams(term TEXT) RETURNS TEXT[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN ARRAY(SELECT DISTINCT g FROM unnest(search_bigrams(lower(term))) AS g WHERE length(g) = 2 ORDER BY g);

-- One row per ticket, apart from tickets: a ticket's every state change (stage, clocks, assignee)
-- rewrites its row and every index on it, and this index would be rewritten with it; here a row
-- changes only when the searched text does. The GIN index keeps each bigram's tickets as a
-- compressed list and intersects the term's lists itself, starting from the rarest.
CREATE TABLE ticket_search_text (
    ticket_id BIGINT PRIMARY KEY,
    body TEXT NOT NULL
);

-- The tickets already there.
INSERT INTO ticket_search_text (ticket_id, body)
SELECT id, ticket_search_body(ticket_no, title, description) FROM tickets;

CREATE INDEX ticket_search_grams ON ticket_search_text USING gin (search_bigrams(body));

-- Kept by triggers, so that every writer (the desk, migrate-to's set-based copy, psql) keeps it
-- right. A bulk load (seeding, an import) may defer its rows: it sets ingotdesk.search_since (SET
-- LOCAL, gone with its transaction) to the last ticket id before it, and indexes the tickets after
-- that id in one statement at its end (PostgresTicketSearch::endBulkInsert).
CREATE FUNCTION ticket_search_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF coalesce(current_setting('ingotdesk.search_since', true), '') <> '' THEN
        RETURN NULL;
    END IF;
    INSERT INTO ticket_search_text (ticket_id, body)
    SELECT id, ticket_search_body(ticket_no, title, description) FROM added_tickets
    ON CONFLICT (ticket_id) DO UPDATE SET body = excluded.body;
    RETURN NULL;
END
$$;

-- Per statement: migrate-to's 5,000-row inserts index their rows in one statement each.
CREATE TRIGGER tickets_search_insert AFTER INSERT ON tickets
    REFERENCING NEW TABLE AS added_tickets
    FOR EACH STATEMENT EXECUTE FUNCTION ticket_search_inserted();

CREATE FUNCTION ticket_search_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ticket_search_text (ticket_id, body)
    VALUES (new.id, ticket_search_body(new.ticket_no, new.title, new.description))
    ON CONFLICT (ticket_id) DO UPDATE SET body = excluded.body;
    RETURN NULL;
END
$$;

-- Per row (a trigger with a column list cannot have a transition table), and only for the searched
-- columns: the state changes of a ticket never come here.
CREATE TRIGGER tickets_search_update AFTER UPDATE OF ticket_no, title, description ON tickets
    FOR EACH ROW
    WHEN (old.ticket_no IS DISTINCT FROM new.ticket_no OR old.title IS DISTINCT FROM new.title
          OR old.description IS DISTINCT FROM new.description)
    EXECUTE FUNCTION ticket_search_updated();

-- No foreign key: migrate-to empties tickets with TRUNCATE and knows nothing of this table, so the
-- rows go with their tickets by trigger.
CREATE FUNCTION ticket_search_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM ticket_search_text WHERE ticket_id IN (SELECT id FROM removed_tickets);
    RETURN NULL;
END
$$;

CREATE TRIGGER tickets_search_delete AFTER DELETE ON tickets
    REFERENCING OLD TABLE AS removed_tickets
    FOR EACH STATEMENT EXECUTE FUNCTION ticket_search_deleted();

CREATE FUNCTION ticket_search_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE ticket_search_text;
    RETURN NULL;
END
$$;

CREATE TRIGGER tickets_search_truncate AFTER TRUNCATE ON tickets
    FOR EACH STATEMENT EXECUTE FUNCTION ticket_search_truncated();

-- Schema 13 on PostgreSQL: team mode (many desks on one server).

-- ---------------------------------------------------------------------------------------------
-- Live updates. Every insert into and update of tickets tells the listening desks which tickets
-- changed: NOTIFY on channel ingotdesk_tickets (app/storage/ChangeFeed), delivered when the
-- writing transaction commits and never for one that rolls back. One notification per statement,
-- not per row: its payload lists up to 50 ticket numbers separated by commas, or is '*' when more
-- changed at once (seeding, imports, the SLA sweep), meaning "read everything again".
-- A session may set ingotdesk.quiet = 'on' (SET LOCAL) to keep a bulk copy silent and notify
-- once at its end (ingotdesk-cli migrate-to does).
CREATE FUNCTION ingotdesk_notify_tickets() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    numbers TEXT[];
BEGIN
    IF coalesce(current_setting('ingotdesk.quiet', true), '') = 'on' THEN
        RETURN NULL;
    END IF;
    SELECT array_agg(ticket_no) INTO numbers FROM (SELECT ticket_no FROM changed_tickets LIMIT 51) c;
    IF numbers IS NULL THEN
        RETURN NULL;
    END IF;
    IF cardinality(numbers) > 50 THEN
        PERFORM pg_notify('ingotdesk_tickets', '*');
    ELSE
        PERFORM pg_notify('ingotdesk_tickets', array_to_string(numbers, ','));
    END IF;
    RETURN NULL;
END
$$;

-- A trigger with a transition table has one event only: one for inserts, one for updates.
CREATE TRIGGER tickets_notify_insert AFTER INSERT ON tickets
    REFERENCING NEW TABLE AS changed_tickets
    FOR EACH STATEMENT EXECUTE FUNCTION ingotdesk_notify_tickets();
CREATE TRIGGER tickets_notify_update AFTER UPDATE ON tickets
    REFERENCING NEW TABLE AS changed_tickets
    FOR EACH STATEMENT EXECUTE FUNCTION ingotdesk_notify_tickets();

-- Schema 12: knowledge base articles are retired, not deleted, by the article editor. A retired
-- article keeps its text and its "solved by" history (kb_solutions) but is no longer suggested
-- or found by search; it can be restored. NULL retired_at = in use.
ALTER TABLE kb_articles ADD COLUMN retired_at INTEGER;
ALTER TABLE kb_articles ADD COLUMN retired_by TEXT NOT NULL DEFAULT '';

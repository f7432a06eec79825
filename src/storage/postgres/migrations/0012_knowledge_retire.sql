-- Schema 12 on PostgreSQL (as sqlite/migrations/0012_knowledge_retire.sql): knowledge base
-- articles are retired, not deleted; NULL retired_at = in use.
ALTER TABLE kb_articles ADD COLUMN retired_at BIGINT;
ALTER TABLE kb_articles ADD COLUMN retired_by TEXT NOT NULL DEFAULT '';

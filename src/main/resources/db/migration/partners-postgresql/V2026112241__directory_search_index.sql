-- The directory search matches any part of the name, a domain or the legal name (LIKE '%term%'),
-- which a B-tree cannot serve: without this every vendor search and its count read the whole table.
-- Trigram indexes serve such patterns for terms of three or more characters. pg_trgm ships with
-- PostgreSQL and is a trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX partners_search_trgm_idx ON partners
  USING gin (name_key gin_trgm_ops, domains gin_trgm_ops, lower(legal_name) gin_trgm_ops);

-- The vendor's home page counts partners per status and type in one grouped query; with both columns in one
-- index PostgreSQL answers it from the index alone. The new index also serves every lookup by status.
CREATE INDEX partners_status_type_idx ON partners (status, type);
DROP INDEX partners_status_idx;

-- Each posting carries its record's country, so that a conflict check can tell from the postings alone
-- which records could still reach the threshold (a record in another country loses 0.2) and read only
-- those. The country joins the columns of the primary key's index, so postings stay an index-only scan.
-- The table is written anew rather than updated: an update of every row inside this transaction would
-- leave the old row versions in the table and in the rebuilt index (twice its size, and a posting list
-- spread over many more pages) until a vacuum.
CREATE TABLE deal_match_keys_rebuilt AS
SELECT k.match_key, k.record_id, k.record_kind, k.partner_id,
  CAST(NULLIF(UPPER(TRIM(r.country)), '') AS VARCHAR(2)) AS country
FROM deal_match_keys k LEFT JOIN deal_match_records r ON r.record_id = k.record_id;
DROP TABLE deal_match_keys;
ALTER TABLE deal_match_keys_rebuilt RENAME TO deal_match_keys;
ALTER TABLE deal_match_keys ALTER COLUMN match_key SET NOT NULL, ALTER COLUMN record_id SET NOT NULL,
  ALTER COLUMN record_kind SET NOT NULL;
ALTER TABLE deal_match_keys ADD CONSTRAINT deal_match_keys_pkey PRIMARY KEY (match_key, record_id)
  INCLUDE (record_kind, partner_id, country);
CREATE INDEX deal_match_keys_record_idx ON deal_match_keys (record_id);

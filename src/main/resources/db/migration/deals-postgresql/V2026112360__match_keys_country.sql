-- Each posting carries its record's country, so that a conflict check can tell from the postings alone
-- which records could still reach the threshold (a record in another country loses 0.2) and read only
-- those. The country joins the columns of the primary key's index, so postings stay an index-only scan.
-- The indexes are dropped during the update and built again after it: updating a million rows through
-- them costs several times more.
ALTER TABLE deal_match_keys DROP CONSTRAINT deal_match_keys_pkey;
DROP INDEX deal_match_keys_record_idx;
ALTER TABLE deal_match_keys ADD COLUMN country VARCHAR(2);
UPDATE deal_match_keys k SET country = r.country
FROM (SELECT record_id, UPPER(TRIM(country)) AS country FROM deal_match_records) r
WHERE r.record_id = k.record_id AND r.country <> '';
ALTER TABLE deal_match_keys ADD CONSTRAINT deal_match_keys_pkey PRIMARY KEY (match_key, record_id)
  INCLUDE (record_kind, partner_id, country);
CREATE INDEX deal_match_keys_record_idx ON deal_match_keys (record_id);

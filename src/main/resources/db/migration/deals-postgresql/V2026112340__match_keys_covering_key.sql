-- A conflict check reads the postings of each of a customer's blocking keys: hundreds of rows for a key
-- like "p:summ". With the kind and partner in the primary key's index, that read is an index-only scan
-- of a few pages instead of one heap page per row (which was half of a check's database work on an index
-- of 1,000,000 registrations). The key stays unique on (match_key, record_id).
CREATE UNIQUE INDEX deal_match_keys_covering ON deal_match_keys (match_key, record_id) INCLUDE (record_kind, partner_id);
ALTER TABLE deal_match_keys DROP CONSTRAINT deal_match_keys_pkey;
ALTER TABLE deal_match_keys ADD CONSTRAINT deal_match_keys_pkey PRIMARY KEY USING INDEX deal_match_keys_covering;

-- H2 counterpart of deals-postgresql/V2026112360__match_keys_country.sql: each posting carries its record's
-- country (H2 has no INCLUDE columns, so the primary key stays as it is).
ALTER TABLE deal_match_keys ADD COLUMN country VARCHAR(2);
UPDATE deal_match_keys k SET country = (SELECT UPPER(TRIM(r.country)) FROM deal_match_records r
  WHERE r.record_id = k.record_id AND TRIM(r.country) <> '');

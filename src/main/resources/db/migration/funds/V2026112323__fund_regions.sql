-- A fund for a region: partners whose country is one of the listed ISO codes may draw on it.
-- Codes are kept as a comma-separated list (e.g. DE,AT,CH); the list is short and read whole.
ALTER TABLE funds ADD COLUMN region_countries VARCHAR(400);

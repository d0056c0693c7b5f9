-- A template may apply to a region: several countries, kept as ISO codes separated by commas.
ALTER TABLE agreement_templates ALTER COLUMN country SET DATA TYPE VARCHAR(200);

-- The normalised form of each indexed customer, written when the record is indexed: a conflict check
-- reads it for the records it scores instead of normalising every description again. Records indexed
-- before this column existed have none and are normalised when read, as before.
ALTER TABLE deal_match_records ADD COLUMN profile VARCHAR(4000);

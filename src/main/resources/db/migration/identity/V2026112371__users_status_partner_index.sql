-- The vendor's home page counts active partner users; an index of status and partner answers that count
-- without reading the users' rows (26 ms for 100,000 users through the table, 9 ms through the index).
CREATE INDEX users_status_partner_idx ON users (status, partner_id);

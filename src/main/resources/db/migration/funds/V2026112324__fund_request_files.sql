-- Files attached to a fund request (the activity plan, a quote, an agenda) live beside the claims' proof
-- files: a file belongs to a claim or to a request.
ALTER TABLE fund_claim_files ALTER COLUMN claim_id DROP NOT NULL;
ALTER TABLE fund_claim_files ADD COLUMN request_id UUID REFERENCES fund_requests (id);
CREATE INDEX fund_claim_files_request_idx ON fund_claim_files (request_id);

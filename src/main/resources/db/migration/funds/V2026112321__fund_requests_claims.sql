-- The vendor's approved lists of activity types and marketing themes for fund requests.
CREATE TABLE fund_choices (
  id                 UUID          NOT NULL PRIMARY KEY,
  kind               VARCHAR(20)   NOT NULL,
  name               VARCHAR(100)  NOT NULL,
  active             BOOLEAN       NOT NULL DEFAULT TRUE,
  CONSTRAINT fund_choices_name_uq UNIQUE (kind, name)
);
INSERT INTO fund_choices (id, kind, name) VALUES
  ('6f1d0000-0000-4000-8000-000000000001', 'ACTIVITY_TYPE', 'Event'),
  ('6f1d0000-0000-4000-8000-000000000002', 'ACTIVITY_TYPE', 'Webinar'),
  ('6f1d0000-0000-4000-8000-000000000003', 'ACTIVITY_TYPE', 'Digital campaign'),
  ('6f1d0000-0000-4000-8000-000000000004', 'ACTIVITY_TYPE', 'Trade show'),
  ('6f1d0000-0000-4000-8000-000000000005', 'ACTIVITY_TYPE', 'Print'),
  ('6f1d0000-0000-4000-8000-000000000011', 'THEME', 'Security'),
  ('6f1d0000-0000-4000-8000-000000000012', 'THEME', 'Cloud'),
  ('6f1d0000-0000-4000-8000-000000000013', 'THEME', 'Networking');

-- A partner's proposal of a marketing activity, pre-approved against one fund. Requested amount in the
-- partner's currency; the reservation in the fund's currency at the rate of the approval date.
CREATE TABLE fund_requests (
  id                 UUID          NOT NULL PRIMARY KEY,
  fund_id            UUID          NOT NULL REFERENCES funds (id),
  partner_id         UUID          NOT NULL,
  activity_type      VARCHAR(100)  NOT NULL,
  theme              VARCHAR(100)  NOT NULL,
  title              VARCHAR(200)  NOT NULL,
  description        VARCHAR(4000),
  starts_on          DATE          NOT NULL,
  ends_on            DATE          NOT NULL,
  requested_amount   DECIMAL(19,4) NOT NULL,
  currency           VARCHAR(3)    NOT NULL,
  cost_share_percent INTEGER       NOT NULL,
  expected_leads     INTEGER,
  expected_pipeline  DECIMAL(19,4),
  campaign_code      VARCHAR(60),
  status             VARCHAR(30)   NOT NULL,
  approved_amount    DECIMAL(19,4),
  reserved_amount    DECIMAL(19,4),
  fx_rate            DECIMAL(19,8),
  first_approver     VARCHAR(320),
  first_amount       DECIMAL(19,4),
  decision_reason    VARCHAR(1000),
  claim_deadline     DATE          NOT NULL,
  submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_at         TIMESTAMP WITH TIME ZONE,
  closed             BOOLEAN       NOT NULL DEFAULT FALSE,
  created_by         VARCHAR(320)  NOT NULL,
  version            BIGINT        NOT NULL
);
CREATE INDEX fund_requests_partner_idx ON fund_requests (partner_id, submitted_at);
CREATE INDEX fund_requests_status_idx ON fund_requests (status, submitted_at);
CREATE INDEX fund_requests_campaign_idx ON fund_requests (campaign_code);

-- A claim for the costs of an approved activity, with proof. invoice_key is the invoice number without
-- spaces, dashes and case: the same invoice claimed twice by a partner is refused.
CREATE TABLE fund_claims (
  id                 UUID          NOT NULL PRIMARY KEY,
  request_id         UUID          NOT NULL REFERENCES fund_requests (id),
  fund_id            UUID          NOT NULL REFERENCES funds (id),
  partner_id         UUID          NOT NULL,
  amount             DECIMAL(19,4) NOT NULL,
  currency           VARCHAR(3)    NOT NULL,
  invoice_number     VARCHAR(100)  NOT NULL,
  invoice_key        VARCHAR(100)  NOT NULL,
  leads_generated    INTEGER,
  campaign_code      VARCHAR(60),
  lead_ids           VARCHAR(4000),
  status             VARCHAR(30)   NOT NULL,
  approved_amount    DECIMAL(19,4),
  fund_amount        DECIMAL(19,4),
  fx_rate            DECIMAL(19,8),
  decision_reason    VARCHAR(1000),
  submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  decided_at         TIMESTAMP WITH TIME ZONE,
  paid_at            TIMESTAMP WITH TIME ZONE,
  payment_reference  VARCHAR(200),
  version            BIGINT        NOT NULL,
  CONSTRAINT fund_claims_invoice_uq UNIQUE (partner_id, invoice_key)
);
CREATE INDEX fund_claims_request_idx ON fund_claims (request_id);
CREATE INDEX fund_claims_status_idx ON fund_claims (status, decided_at);

-- Proof of performance: the bytes live in the database like deal attachments.
CREATE TABLE fund_claim_files (
  id                 UUID          NOT NULL PRIMARY KEY,
  claim_id           UUID          NOT NULL REFERENCES fund_claims (id),
  file_name          VARCHAR(255)  NOT NULL,
  media_type         VARCHAR(100)  NOT NULL,
  size_bytes         BIGINT        NOT NULL,
  sha256             VARCHAR(64)   NOT NULL,
  uploaded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  content            BYTEA         NOT NULL
);
CREATE INDEX fund_claim_files_claim_idx ON fund_claim_files (claim_id);

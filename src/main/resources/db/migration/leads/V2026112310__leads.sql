CREATE TABLE leads (
  id                     UUID           NOT NULL PRIMARY KEY,
  company                VARCHAR(200)   NOT NULL,
  company_key            VARCHAR(200)   NOT NULL,
  contact_name           VARCHAR(200),
  email                  VARCHAR(320),
  phone                  VARCHAR(40),
  country                VARCHAR(2),
  region                 VARCHAR(120),
  postal_code            VARCHAR(20),
  latitude               DOUBLE PRECISION,
  longitude              DOUBLE PRECISION,
  product_interest       VARCHAR(1000),
  source                 VARCHAR(60),
  company_size           INT,
  estimated_value        DECIMAL(19,4),
  currency               VARCHAR(3),
  program_id             UUID,
  score                  INT            NOT NULL,
  grade                  VARCHAR(1)     NOT NULL,
  high_value             BOOLEAN        NOT NULL,
  support_offer          VARCHAR(1000),
  status                 VARCHAR(20)    NOT NULL,
  status_reason          VARCHAR(1000),
  duplicate_of           UUID,
  linked_registration_id UUID,
  assigned_partner_id    UUID,
  offered_at             TIMESTAMP WITH TIME ZONE,
  accept_due_at          TIMESTAMP WITH TIME ZONE,
  accept_reminded        BOOLEAN        NOT NULL,
  accepted_at            TIMESTAMP WITH TIME ZONE,
  last_update_at         TIMESTAMP WITH TIME ZONE,
  nudged_at              TIMESTAMP WITH TIME ZONE,
  deal_registration_id   UUID,
  converted_at           TIMESTAMP WITH TIME ZONE,
  won_at                 TIMESTAMP WITH TIME ZONE,
  created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  version                BIGINT         NOT NULL
);
CREATE INDEX leads_partner_idx ON leads (assigned_partner_id, status);
CREATE INDEX leads_status_idx ON leads (status, created_at);
CREATE INDEX leads_due_idx ON leads (accept_due_at);
CREATE INDEX leads_update_idx ON leads (last_update_at);
CREATE INDEX leads_company_idx ON leads (company_key);
CREATE INDEX leads_registration_idx ON leads (deal_registration_id);

CREATE TABLE lead_assignments (
  id             UUID          NOT NULL PRIMARY KEY,
  lead_id        UUID          NOT NULL REFERENCES leads (id),
  partner_id     UUID          NOT NULL,
  method         VARCHAR(10)   NOT NULL,
  rule_version   VARCHAR(40),
  explanation    VARCHAR(20000),
  assigned_by    VARCHAR(320),
  offered_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  outcome        VARCHAR(20)   NOT NULL,
  outcome_reason VARCHAR(1000),
  ended_at       TIMESTAMP WITH TIME ZONE,
  accepted_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX lead_assignments_lead_idx ON lead_assignments (lead_id, offered_at);
CREATE INDEX lead_assignments_partner_idx ON lead_assignments (partner_id, offered_at);

CREATE TABLE lead_capacities (
  partner_id UUID    NOT NULL PRIMARY KEY,
  capacity   INT     NOT NULL,
  maximum    INT,
  version    BIGINT  NOT NULL
);

CREATE TABLE deal_registrations (
  id                     UUID           NOT NULL PRIMARY KEY,
  partner_id             UUID           NOT NULL,
  distributor_id         UUID,
  registered_by          UUID,
  registered_by_email    VARCHAR(320),
  customer_name          VARCHAR(200)   NOT NULL,
  customer_domain        VARCHAR(253),
  customer_country       VARCHAR(2),
  customer_city          VARCHAR(120),
  customer_postal_code   VARCHAR(20),
  customer_street        VARCHAR(200),
  customer_contact_name  VARCHAR(200),
  customer_contact_email VARCHAR(320),
  customer_phone         VARCHAR(40),
  amount                 DECIMAL(19,4)  NOT NULL,
  currency               VARCHAR(3)     NOT NULL,
  expected_close_date    DATE           NOT NULL,
  stage                  VARCHAR(30)    NOT NULL,
  description            VARCHAR(4000),
  status                 VARCHAR(30)    NOT NULL,
  status_reason          VARCHAR(1000),
  customer_key           VARCHAR(300),
  first_to_register      BOOLEAN        NOT NULL,
  possible_conflict      BOOLEAN        NOT NULL,
  conflicts              VARCHAR(20000),
  submitted_at           TIMESTAMP WITH TIME ZONE,
  review_due_at          TIMESTAMP WITH TIME ZONE,
  review_reminded        BOOLEAN        NOT NULL,
  review_escalated       BOOLEAN        NOT NULL,
  approved_at            TIMESTAMP WITH TIME ZONE,
  protected_until        TIMESTAMP WITH TIME ZONE,
  expiry_reminders_sent  INT            NOT NULL,
  extension_days         INT,
  extension_reason       VARCHAR(1000),
  extension_requested_at TIMESTAMP WITH TIME ZONE,
  created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  version                BIGINT         NOT NULL
);
CREATE INDEX deal_registrations_partner_idx ON deal_registrations (partner_id, created_at);
CREATE INDEX deal_registrations_distributor_idx ON deal_registrations (distributor_id);
CREATE INDEX deal_registrations_status_idx ON deal_registrations (status, created_at);
CREATE INDEX deal_registrations_review_due_idx ON deal_registrations (review_due_at);
CREATE INDEX deal_registrations_protected_idx ON deal_registrations (protected_until);
CREATE INDEX deal_registrations_close_idx ON deal_registrations (expected_close_date);

CREATE TABLE deal_lines (
  registration_id UUID          NOT NULL REFERENCES deal_registrations (id),
  position        INT           NOT NULL,
  product_code    VARCHAR(60),
  product_name    VARCHAR(200)  NOT NULL,
  quantity        DECIMAL(19,4) NOT NULL,
  unit_price      DECIMAL(19,4) NOT NULL,
  PRIMARY KEY (registration_id, position)
);

CREATE TABLE deal_credits (
  registration_id UUID         NOT NULL REFERENCES deal_registrations (id),
  partner_id      UUID         NOT NULL,
  role            VARCHAR(20)  NOT NULL,
  PRIMARY KEY (registration_id, partner_id, role)
);
CREATE INDEX deal_credits_partner_idx ON deal_credits (partner_id);

CREATE TABLE deal_timeline (
  id              UUID          NOT NULL PRIMARY KEY,
  registration_id UUID          NOT NULL REFERENCES deal_registrations (id),
  at              TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id        UUID,
  actor_name      VARCHAR(200)  NOT NULL,
  kind            VARCHAR(20)   NOT NULL,
  field           VARCHAR(60),
  before_value    VARCHAR(4000),
  after_value     VARCHAR(4000),
  note            VARCHAR(4000)
);
CREATE INDEX deal_timeline_registration_idx ON deal_timeline (registration_id, at);

CREATE TABLE deal_comments (
  id              UUID          NOT NULL PRIMARY KEY,
  registration_id UUID          NOT NULL REFERENCES deal_registrations (id),
  author_id       UUID,
  author_name     VARCHAR(200)  NOT NULL,
  from_vendor     BOOLEAN       NOT NULL,
  body            VARCHAR(4000) NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX deal_comments_registration_idx ON deal_comments (registration_id, created_at);

-- First to register wins: one row per customer, inserted with ON CONFLICT DO NOTHING in the submitting
-- transaction; the primary key decides among concurrent submissions on both databases.
CREATE TABLE deal_customer_claims (
  customer_key    VARCHAR(300)  NOT NULL PRIMARY KEY,
  registration_id UUID          NOT NULL,
  partner_id      UUID          NOT NULL,
  claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX deal_customer_claims_registration_idx ON deal_customer_claims (registration_id);

-- The vendor's own customer records from the CRM: direct accounts, opportunities, named accounts.
CREATE TABLE deal_accounts (
  id          UUID          NOT NULL PRIMARY KEY,
  kind        VARCHAR(20)   NOT NULL,
  external_id VARCHAR(100)  NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  domain      VARCHAR(253),
  country     VARCHAR(2),
  city        VARCHAR(120),
  postal_code VARCHAR(20),
  street      VARCHAR(200),
  phone       VARCHAR(40),
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX deal_accounts_external_uq ON deal_accounts (kind, external_id);

-- What conflict checks match against: one row per record (the customer as entered) ...
CREATE TABLE deal_match_records (
  record_id     UUID          NOT NULL PRIMARY KEY,
  record_kind   VARCHAR(20)   NOT NULL,
  partner_id    UUID,
  external_id   VARCHAR(100),
  name          VARCHAR(200),
  domain        VARCHAR(253),
  contact_email VARCHAR(320),
  phone         VARCHAR(40),
  street        VARCHAR(200),
  postal_code   VARCHAR(20),
  city          VARCHAR(120),
  country       VARCHAR(2)
);

-- ... and one row per blocking key of a record; a check looks up each of its keys in this index.
CREATE TABLE deal_match_keys (
  match_key     VARCHAR(120)  NOT NULL,
  record_id     UUID          NOT NULL,
  record_kind   VARCHAR(20)   NOT NULL,
  partner_id    UUID,
  PRIMARY KEY (match_key, record_id)
);
CREATE INDEX deal_match_keys_record_idx ON deal_match_keys (record_id);

CREATE TABLE deal_products (
  id          UUID          NOT NULL PRIMARY KEY,
  code        VARCHAR(60)   NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  active      BOOLEAN       NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version     BIGINT        NOT NULL
);
CREATE UNIQUE INDEX deal_products_code_uq ON deal_products (code);

CREATE TABLE deal_product_prices (
  product_id  UUID          NOT NULL REFERENCES deal_products (id),
  currency    VARCHAR(3)    NOT NULL,
  price       DECIMAL(19,4) NOT NULL,
  PRIMARY KEY (product_id, currency)
);

-- "Become a partner" applications: what the applicant entered (kept as entered, with the consent text
-- it agreed to), where routing sent it, its review deadline and the reviewer's decision.
CREATE TABLE partner_applications (
  id                   UUID          NOT NULL PRIMARY KEY,
  company              VARCHAR(200)  NOT NULL,
  name_key             VARCHAR(200)  NOT NULL,
  website              VARCHAR(300),
  domain               VARCHAR(253),
  email_domain         VARCHAR(253)  NOT NULL,
  country              VARCHAR(2)    NOT NULL,
  regions              VARCHAR(500)  NOT NULL,
  partner_type         VARCHAR(30)   NOT NULL,
  capabilities         VARCHAR(2000),
  products             VARCHAR(2000),
  programme_id         UUID,
  expected_volume      NUMERIC(19, 2),
  currency             VARCHAR(3),
  contact_name         VARCHAR(200)  NOT NULL,
  contact_email        VARCHAR(320)  NOT NULL,
  contact_phone        VARCHAR(50),
  consent_text         VARCHAR(2000) NOT NULL,
  locale               VARCHAR(10),
  status               VARCHAR(20)   NOT NULL,
  assignee_id          UUID,
  queue                VARCHAR(100),
  routing_rule_id      UUID,
  submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  review_due_at        TIMESTAMP WITH TIME ZONE NOT NULL,
  reminder_due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  reminded             BOOLEAN       NOT NULL,
  escalated            BOOLEAN       NOT NULL,
  question             VARCHAR(4000),
  answer               VARCHAR(4000),
  answer_secret_hash   VARCHAR(100),
  decision_reason      VARCHAR(2000),
  partner_id           UUID,
  approved_programme_id UUID,
  approved_tier_id     UUID,
  flagged              BOOLEAN       NOT NULL,
  created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
  version              BIGINT        NOT NULL
);
CREATE INDEX partner_applications_status_idx ON partner_applications (status, review_due_at);
CREATE INDEX partner_applications_domain_idx ON partner_applications (domain);
CREATE INDEX partner_applications_email_domain_idx ON partner_applications (email_domain);
CREATE INDEX partner_applications_name_key_idx ON partner_applications (name_key);
CREATE UNIQUE INDEX partner_applications_secret_idx ON partner_applications (answer_secret_hash);

-- Possible duplicates found when the application arrived: shown to the reviewer, never merged.
CREATE TABLE application_duplicates (
  application_id  UUID          NOT NULL REFERENCES partner_applications (id),
  kind            VARCHAR(20)   NOT NULL,
  record_id       UUID          NOT NULL,
  record_name     VARCHAR(200)  NOT NULL,
  reason          VARCHAR(20)   NOT NULL
);
CREATE INDEX application_duplicates_application_idx ON application_duplicates (application_id);

-- What happened to an application, oldest first.
CREATE TABLE application_history (
  id              UUID          NOT NULL PRIMARY KEY,
  application_id  UUID          NOT NULL REFERENCES partner_applications (id),
  occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  actor           VARCHAR(320)  NOT NULL,
  action          VARCHAR(40)   NOT NULL,
  detail          VARCHAR(4000)
);
CREATE INDEX application_history_application_idx ON application_history (application_id, occurred_at);

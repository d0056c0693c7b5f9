-- Agreement templates, their published versions and the partners' acceptances. Programmes are referred
-- to by id only: a template may apply to one programme, one partner type and/or one country.
CREATE TABLE agreement_templates (
  id              UUID          NOT NULL PRIMARY KEY,
  kind            VARCHAR(60)   NOT NULL,
  program_id      UUID,
  partner_type    VARCHAR(30),
  country         VARCHAR(2),
  gates_access    BOOLEAN       NOT NULL,
  created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  version         BIGINT        NOT NULL
);
CREATE INDEX agreement_templates_kind_idx ON agreement_templates (kind);

CREATE TABLE agreement_template_versions (
  id              UUID          NOT NULL PRIMARY KEY,
  template_id     UUID          NOT NULL REFERENCES agreement_templates (id),
  number          INTEGER       NOT NULL,
  title           VARCHAR(200)  NOT NULL,
  body            VARCHAR(50000) NOT NULL,
  effective_date  DATE          NOT NULL,
  published_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  published_by    VARCHAR(320)  NOT NULL,
  CONSTRAINT agreement_template_versions_number_uq UNIQUE (template_id, number)
);

CREATE TABLE agreement_acceptances (
  id                  UUID          NOT NULL PRIMARY KEY,
  partner_id          UUID          NOT NULL,
  partner_name        VARCHAR(200)  NOT NULL,
  template_id         UUID          NOT NULL REFERENCES agreement_templates (id),
  template_version_id UUID          NOT NULL REFERENCES agreement_template_versions (id),
  version_number      INTEGER       NOT NULL,
  title               VARCHAR(200)  NOT NULL,
  rendered_text       VARCHAR(60000) NOT NULL,
  text_sha256         VARCHAR(64)   NOT NULL,
  full_name           VARCHAR(200)  NOT NULL,
  accepted_by         UUID          NOT NULL,
  accepted_by_email   VARCHAR(320)  NOT NULL,
  ip_address          VARCHAR(64)   NOT NULL,
  accepted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  countersigned_by    UUID,
  countersigned_name  VARCHAR(200),
  countersigned_at    TIMESTAMP WITH TIME ZONE,
  version             BIGINT        NOT NULL,
  CONSTRAINT agreement_acceptances_once_uq UNIQUE (partner_id, template_version_id)
);
CREATE INDEX agreement_acceptances_partner_idx ON agreement_acceptances (partner_id, accepted_at);
CREATE INDEX agreement_acceptances_time_idx ON agreement_acceptances (accepted_at);

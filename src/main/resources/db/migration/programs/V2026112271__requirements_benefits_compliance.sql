ALTER TABLE programs ADD COLUMN approval_required BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE programs ADD COLUMN grace_days INT DEFAULT 90 NOT NULL;
ALTER TABLE programs ADD COLUMN at_risk_percent INT DEFAULT 10 NOT NULL;

ALTER TABLE program_memberships ADD COLUMN status VARCHAR(30) DEFAULT 'COMPLIANT' NOT NULL;
ALTER TABLE program_memberships ADD COLUMN failing_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE program_memberships ADD COLUMN evaluated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE program_memberships ADD COLUMN pending_tier_id UUID;
ALTER TABLE program_memberships ADD COLUMN pending_reason VARCHAR(1000);
CREATE INDEX program_memberships_partner_idx ON program_memberships (partner_id);

CREATE TABLE tier_requirements (
  id              UUID          NOT NULL PRIMARY KEY,
  tier_id         UUID          NOT NULL REFERENCES program_tiers (id),
  metric          VARCHAR(40)   NOT NULL,
  qualifier       VARCHAR(60)   NOT NULL,
  minimum_value   DECIMAL(19,4),
  currency        VARCHAR(3),
  expected_value  VARCHAR(200),
  valid_from      DATE,
  valid_to        DATE
);
CREATE INDEX tier_requirements_tier_idx ON tier_requirements (tier_id);

CREATE TABLE tier_benefits (
  tier_id               UUID          NOT NULL PRIMARY KEY REFERENCES program_tiers (id),
  discount_percent      DECIMAL(7,4)  NOT NULL,
  mdf_accrual_percent   DECIMAL(7,4)  NOT NULL,
  deal_protection_days  INT           NOT NULL,
  lead_priority_weight  INT           NOT NULL,
  content_keys          VARCHAR(2000) NOT NULL
);

-- Figures per partner that requirements are checked against: imported (CSV) until learning and
-- incentives supply them. One current value per partner, metric and qualifier.
CREATE TABLE partner_figures (
  partner_id    UUID          NOT NULL,
  metric        VARCHAR(40)   NOT NULL,
  qualifier     VARCHAR(60)   NOT NULL,
  figure_value  DECIMAL(19,4),
  text_value    VARCHAR(200),
  currency      VARCHAR(3),
  period        VARCHAR(20),
  expires_on    DATE,
  imported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (partner_id, metric, qualifier)
);

CREATE TABLE tier_history (
  id            UUID          NOT NULL PRIMARY KEY,
  partner_id    UUID          NOT NULL,
  program_id    UUID          NOT NULL,
  from_tier_id  UUID,
  to_tier_id    UUID          NOT NULL,
  reason        VARCHAR(1000) NOT NULL,
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  changed_by    VARCHAR(254)  NOT NULL
);
CREATE INDEX tier_history_partner_idx ON tier_history (partner_id, changed_at);

-- Approval routing: rules in priority order (lowest first); empty criteria match everything.
CREATE TABLE application_routing_rules (
  id            UUID          NOT NULL PRIMARY KEY,
  priority      INTEGER       NOT NULL,
  name          VARCHAR(120)  NOT NULL,
  country       VARCHAR(2),
  region        VARCHAR(60),
  partner_type  VARCHAR(30),
  programme_id  UUID,
  assignee_id   UUID,
  queue         VARCHAR(100),
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  version       BIGINT        NOT NULL
);
CREATE INDEX application_routing_rules_priority_idx ON application_routing_rules (priority);

-- Each partner's (and applicant's) lifecycle stage changes, fed by events; the latest row is the stage.
CREATE TABLE partner_lifecycle_events (
  id              UUID          NOT NULL PRIMARY KEY,
  partner_id      UUID,
  application_id  UUID,
  stage           VARCHAR(20)   NOT NULL,
  cause           VARCHAR(60)   NOT NULL,
  occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX partner_lifecycle_events_partner_idx ON partner_lifecycle_events (partner_id, occurred_at);
CREATE INDEX partner_lifecycle_events_application_idx ON partner_lifecycle_events (application_id, occurred_at);

-- Onboarding plans (ordered tasks per programme; program_id NULL is the default plan for every programme)
-- and the checklist each partner gets when it is enrolled in a programme. Programmes and partners are
-- referred to by id only.
CREATE TABLE onboarding_plan_tasks (
  id              UUID          NOT NULL PRIMARY KEY,
  program_id      UUID,
  position        INTEGER       NOT NULL,
  kind            VARCHAR(30)   NOT NULL,
  title           VARCHAR(200)  NOT NULL
);
CREATE INDEX onboarding_plan_tasks_program_idx ON onboarding_plan_tasks (program_id, position);

CREATE TABLE onboarding_checklists (
  id                UUID          NOT NULL PRIMARY KEY,
  partner_id        UUID          NOT NULL,
  program_id        UUID          NOT NULL,
  enrolled_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  last_progress_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  completed_at      TIMESTAMP WITH TIME ZONE,
  first_deal_at     TIMESTAMP WITH TIME ZONE,
  version           BIGINT        NOT NULL,
  CONSTRAINT onboarding_checklists_partner_program_uq UNIQUE (partner_id, program_id)
);
CREATE INDEX onboarding_checklists_partner_idx ON onboarding_checklists (partner_id);

CREATE TABLE onboarding_tasks (
  id              UUID          NOT NULL PRIMARY KEY,
  checklist_id    UUID          NOT NULL REFERENCES onboarding_checklists (id),
  position        INTEGER       NOT NULL,
  kind            VARCHAR(30)   NOT NULL,
  title           VARCHAR(200)  NOT NULL,
  completed_at    TIMESTAMP WITH TIME ZONE,
  completed_by    VARCHAR(320)
);
CREATE INDEX onboarding_tasks_checklist_idx ON onboarding_tasks (checklist_id, position);

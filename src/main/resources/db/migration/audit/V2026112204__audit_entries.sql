-- Append-only: the application only ever inserts here.
CREATE TABLE audit_entries (
  id            UUID          NOT NULL PRIMARY KEY,
  occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  actor_id      UUID,
  actor_email   VARCHAR(254),
  partner_id    UUID,
  subject_type  VARCHAR(60)   NOT NULL,
  subject_id    VARCHAR(60)   NOT NULL,
  action        VARCHAR(60)   NOT NULL,
  outcome       VARCHAR(20)   NOT NULL,
  changes       VARCHAR(16000) NOT NULL
);
CREATE INDEX audit_entries_occurred_idx ON audit_entries (occurred_at);
CREATE INDEX audit_entries_partner_idx ON audit_entries (partner_id, occurred_at);
CREATE INDEX audit_entries_subject_idx ON audit_entries (subject_id);

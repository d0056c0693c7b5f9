-- Files attached to a deal registration. The bytes live in the database (BYTEA is binary varying on
-- H2 in PostgreSQL mode and bytea on PostgreSQL), so every node serves every file and a backup of the
-- database is a backup of the files.
CREATE TABLE deal_attachments (
  id                   UUID          NOT NULL PRIMARY KEY,
  registration_id      UUID          NOT NULL REFERENCES deal_registrations (id),
  file_name            VARCHAR(255)  NOT NULL,
  media_type           VARCHAR(100)  NOT NULL,
  size_bytes           BIGINT        NOT NULL,
  sha256               VARCHAR(64)   NOT NULL,
  uploaded_by          UUID,
  uploaded_by_name     VARCHAR(200)  NOT NULL,
  uploaded_by_vendor   BOOLEAN       NOT NULL,
  uploaded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  content              BYTEA         NOT NULL
);
CREATE INDEX deal_attachments_registration_idx ON deal_attachments (registration_id, uploaded_at);

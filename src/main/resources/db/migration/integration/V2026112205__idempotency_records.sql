-- One row per Idempotency-Key and caller: the first response is replayed for retries.
CREATE TABLE idempotency_records (
  caller         VARCHAR(100)  NOT NULL,
  idem_key       VARCHAR(200)  NOT NULL,
  request_hash   VARCHAR(64)   NOT NULL,
  status_code    INT,
  content_type   VARCHAR(200),
  location       VARCHAR(500),
  body           VARCHAR(100000),
  created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (caller, idem_key)
);
CREATE INDEX idempotency_records_created_idx ON idempotency_records (created_at);

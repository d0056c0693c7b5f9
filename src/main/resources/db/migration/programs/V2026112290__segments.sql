CREATE TABLE partner_segments (
  id           UUID           NOT NULL PRIMARY KEY,
  name         VARCHAR(120)   NOT NULL,
  name_key     VARCHAR(120)   NOT NULL,
  description  VARCHAR(1000),
  rule_json    VARCHAR(20000) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version      BIGINT         NOT NULL
);
CREATE UNIQUE INDEX partner_segments_name_uq ON partner_segments (name_key);

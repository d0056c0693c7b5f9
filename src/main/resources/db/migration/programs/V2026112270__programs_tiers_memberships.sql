CREATE TABLE programs (
  id                    UUID          NOT NULL PRIMARY KEY,
  program_key           VARCHAR(60)   NOT NULL,
  name                  VARCHAR(200)  NOT NULL,
  description           VARCHAR(4000),
  active                BOOLEAN       NOT NULL,
  created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
  version               BIGINT        NOT NULL,
  CONSTRAINT programs_key_uq UNIQUE (program_key)
);

CREATE TABLE program_tiers (
  id          UUID          NOT NULL PRIMARY KEY,
  program_id  UUID          NOT NULL REFERENCES programs (id),
  tier_key    VARCHAR(60)   NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  tier_rank   INT           NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version     BIGINT        NOT NULL,
  CONSTRAINT program_tiers_key_uq UNIQUE (program_id, tier_key),
  CONSTRAINT program_tiers_rank_uq UNIQUE (program_id, tier_rank)
);

CREATE TABLE program_memberships (
  id          UUID          NOT NULL PRIMARY KEY,
  partner_id  UUID          NOT NULL,
  program_id  UUID          NOT NULL REFERENCES programs (id),
  tier_id     UUID          NOT NULL REFERENCES program_tiers (id),
  since       TIMESTAMP WITH TIME ZONE NOT NULL,
  tier_since  TIMESTAMP WITH TIME ZONE NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version     BIGINT        NOT NULL,
  CONSTRAINT program_memberships_uq UNIQUE (partner_id, program_id)
);
CREATE INDEX program_memberships_program_idx ON program_memberships (program_id, tier_id);

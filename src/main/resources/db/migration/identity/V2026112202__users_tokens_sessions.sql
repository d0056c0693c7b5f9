CREATE TABLE users (
  id                     UUID          NOT NULL PRIMARY KEY,
  email                  VARCHAR(254)  NOT NULL,
  display_name           VARCHAR(200)  NOT NULL,
  password_hash          VARCHAR(200),
  role                   VARCHAR(30)   NOT NULL,
  job_role               VARCHAR(30),
  partner_id             UUID,
  status                 VARCHAR(20)   NOT NULL,
  locale                 VARCHAR(10)   NOT NULL,
  failed_logins          INT           NOT NULL,
  locked_until           TIMESTAMP WITH TIME ZONE,
  invitation_hash        VARCHAR(64),
  invitation_expires_at  TIMESTAMP WITH TIME ZONE,
  created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
  version                BIGINT        NOT NULL
);
CREATE UNIQUE INDEX users_email_uq ON users (email);
CREATE INDEX users_partner_idx ON users (partner_id);
CREATE UNIQUE INDEX users_invitation_uq ON users (invitation_hash);

CREATE TABLE api_tokens (
  id            UUID         NOT NULL PRIMARY KEY,
  user_id       UUID         NOT NULL REFERENCES users (id),
  name          VARCHAR(100) NOT NULL,
  token_hash    VARCHAR(64)  NOT NULL,
  token_prefix  VARCHAR(12)  NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  last_used_at  TIMESTAMP WITH TIME ZONE,
  revoked_at    TIMESTAMP WITH TIME ZONE,
  version       BIGINT       NOT NULL
);
CREATE UNIQUE INDEX api_tokens_hash_uq ON api_tokens (token_hash);
CREATE INDEX api_tokens_user_idx ON api_tokens (user_id);

-- Spring Session JDBC: sessions live in the database so that any node serves any request.
CREATE TABLE spring_session (
  primary_id            CHAR(36)     NOT NULL,
  session_id            CHAR(36)     NOT NULL,
  creation_time         BIGINT       NOT NULL,
  last_access_time      BIGINT       NOT NULL,
  max_inactive_interval INT          NOT NULL,
  expiry_time           BIGINT       NOT NULL,
  principal_name        VARCHAR(100),
  CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
  session_primary_id CHAR(36)     NOT NULL,
  attribute_name     VARCHAR(200) NOT NULL,
  attribute_bytes    BYTEA        NOT NULL,
  CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
  CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id) ON DELETE CASCADE
);

CREATE TABLE partners (
  id           UUID          NOT NULL PRIMARY KEY,
  name         VARCHAR(200)  NOT NULL,
  name_key     VARCHAR(200)  NOT NULL,
  legal_name   VARCHAR(200),
  type         VARCHAR(30)   NOT NULL,
  status       VARCHAR(20)   NOT NULL,
  parent_id    UUID REFERENCES partners (id),
  country      VARCHAR(2)    NOT NULL,
  domains      VARCHAR(1000) NOT NULL,
  tags         VARCHAR(1000) NOT NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  version      BIGINT        NOT NULL
);
CREATE INDEX partners_name_key_idx ON partners (name_key);
CREATE INDEX partners_parent_idx ON partners (parent_id);
CREATE INDEX partners_status_idx ON partners (status);
CREATE INDEX partners_type_idx ON partners (type);
CREATE INDEX partners_country_idx ON partners (country);

CREATE TABLE partner_addresses (
  partner_id   UUID          NOT NULL REFERENCES partners (id),
  position     INT           NOT NULL,
  label        VARCHAR(60),
  street       VARCHAR(200),
  city         VARCHAR(120)  NOT NULL,
  postal_code  VARCHAR(20),
  region       VARCHAR(120),
  country      VARCHAR(2)    NOT NULL,
  latitude     DECIMAL(9,6),
  longitude    DECIMAL(9,6),
  PRIMARY KEY (partner_id, position)
);

CREATE TABLE custom_attribute_definitions (
  id          UUID          NOT NULL PRIMARY KEY,
  attr_key    VARCHAR(60)   NOT NULL,
  label       VARCHAR(120)  NOT NULL,
  type        VARCHAR(20)   NOT NULL,
  required    BOOLEAN       NOT NULL,
  choices     VARCHAR(2000) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version     BIGINT        NOT NULL
);
CREATE UNIQUE INDEX custom_attribute_definitions_key_uq ON custom_attribute_definitions (attr_key);

CREATE TABLE partner_attribute_values (
  partner_id  UUID          NOT NULL REFERENCES partners (id),
  attr_key    VARCHAR(60)   NOT NULL,
  attr_value  VARCHAR(1000) NOT NULL,
  PRIMARY KEY (partner_id, attr_key)
);

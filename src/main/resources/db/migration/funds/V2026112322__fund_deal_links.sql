-- Deals linked to a funded activity, manually or because they carry its campaign code, for ROI.
CREATE TABLE fund_deal_links (
  request_id         UUID          NOT NULL REFERENCES fund_requests (id),
  registration_id    UUID          NOT NULL,
  linked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  linked_by          VARCHAR(320)  NOT NULL,
  PRIMARY KEY (request_id, registration_id)
);

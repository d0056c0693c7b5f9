-- The pipeline board takes the first deals of a stage by expected close date; a partner's board and
-- forecast read only its own deals.
CREATE INDEX deal_registrations_stage_close_idx ON deal_registrations (stage, expected_close_date);
CREATE INDEX deal_registrations_partner_stage_idx ON deal_registrations (partner_id, stage, expected_close_date);

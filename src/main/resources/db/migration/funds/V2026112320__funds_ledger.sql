-- Market development funds as a ledger. A fund is a budget for a period in one currency, meant for one
-- partner, a programme, a tier, a segment, or every partner (a shared pool). Every movement of money is
-- an immutable row of fund_ledger; balances are sums over it, never stored.
CREATE TABLE funds (
  id                 UUID          NOT NULL PRIMARY KEY,
  name               VARCHAR(200)  NOT NULL,
  period_start       DATE          NOT NULL,
  period_end         DATE          NOT NULL,
  currency           VARCHAR(3)    NOT NULL,
  target_kind        VARCHAR(20)   NOT NULL,
  partner_id         UUID,
  program_id         UUID,
  tier_id            UUID,
  segment_id         UUID,
  accrual_percent    DECIMAL(7,4),
  carry_over         BOOLEAN       NOT NULL DEFAULT FALSE,
  carried_from       UUID,
  reminded_30        BOOLEAN       NOT NULL DEFAULT FALSE,
  reminded_7         BOOLEAN       NOT NULL DEFAULT FALSE,
  expired            BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  created_by         VARCHAR(320)  NOT NULL,
  version            BIGINT        NOT NULL
);
CREATE INDEX funds_partner_idx ON funds (partner_id);
CREATE INDEX funds_period_idx ON funds (expired, period_end);

-- Amounts are positive; the entry type says which balance they move (FundBalance explains the sums).
-- Adjustments alone carry a sign. partner_id is the partner the money is earmarked for or used by.
CREATE TABLE fund_ledger (
  id                 UUID          NOT NULL PRIMARY KEY,
  fund_id            UUID          NOT NULL REFERENCES funds (id),
  partner_id         UUID,
  entry_type         VARCHAR(20)   NOT NULL,
  amount             DECIMAL(19,4) NOT NULL,
  request_id         UUID,
  claim_id           UUID,
  reason             VARCHAR(500),
  booked_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  booked_by          VARCHAR(320)  NOT NULL
);
CREATE INDEX fund_ledger_fund_idx ON fund_ledger (fund_id, partner_id, entry_type);
CREATE INDEX fund_ledger_partner_idx ON fund_ledger (partner_id, fund_id, entry_type);
CREATE INDEX fund_ledger_request_idx ON fund_ledger (request_id);

-- Exchange rates with effective dates: 1 base = rate quote from effective_on on.
CREATE TABLE fund_fx_rates (
  base_currency      VARCHAR(3)    NOT NULL,
  quote_currency     VARCHAR(3)    NOT NULL,
  effective_on       DATE          NOT NULL,
  rate               DECIMAL(19,8) NOT NULL,
  PRIMARY KEY (base_currency, quote_currency, effective_on)
);

/**
 * Market development funds (MDF) and co-op as a ledger: funds per period for a partner, programme, tier,
 * segment, region (a list of countries) or a shared pool, accruals from won deals, fund requests (pre-approval), claims with proof of
 * performance, payment and expiry. Every movement is an immutable ledger entry; balances are derived.
 * Use cases: {@link org.openprm.funds.FundManagement}, {@link org.openprm.funds.FundRequests},
 * {@link org.openprm.funds.FundClaims}, {@link org.openprm.funds.ExchangeRates}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: *", "identity", "partners", "programs",
		"deals", "cluster", "notifications" })
package org.openprm.funds;

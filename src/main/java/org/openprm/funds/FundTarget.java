package org.openprm.funds;

/**
 * Whom a fund is for: one partner, the members of a programme or of a tier, a segment's partners, the
 * partners in a region (a list of countries), or every partner (a shared pool).
 */
public enum FundTarget {
	PARTNER, PROGRAM, TIER, SEGMENT, REGION, POOL
}

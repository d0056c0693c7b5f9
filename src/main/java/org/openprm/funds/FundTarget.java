package org.openprm.funds;

/**
 * Whom a fund is for: one partner, the members of a programme or of a tier, a segment's partners, or
 * every partner (a shared pool).
 */
public enum FundTarget {
	PARTNER, PROGRAM, TIER, SEGMENT, POOL
}

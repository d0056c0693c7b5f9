package org.openprm.funds;

/**
 * The kinds of ledger entries. Amounts are positive and the type says which balance they move;
 * only an {@link #ADJUSTMENT} carries a sign (and always a reason).
 */
public enum EntryType {
	/** Budget given to the fund (or earmarked for a partner). */
	ALLOCATION,
	/** Budget earned as a percentage of a partner's won deals or imported sales. */
	ACCRUAL,
	/** Held for an approved fund request. */
	RESERVATION,
	/** A reservation given back (activity not claimed in time, cancelled). */
	RELEASE,
	/** A claim approved: reserved money becomes owed to the partner. */
	CLAIM_APPROVAL,
	/** An approved claim paid out. */
	PAYMENT,
	/** Unused budget that lapsed at period end. */
	EXPIRY,
	/** A manual correction of the budget, positive or negative, with a reason. */
	ADJUSTMENT
}

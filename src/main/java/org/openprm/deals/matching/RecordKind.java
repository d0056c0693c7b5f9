package org.openprm.deals.matching;

/**
 * The kinds of records a new deal registration is checked against.
 */
public enum RecordKind {
	/** another partner's deal registration */
	REGISTRATION,
	/** one of the vendor's direct accounts, imported from the CRM */
	ACCOUNT,
	/** one of the vendor's own opportunities, imported from the CRM */
	OPPORTUNITY,
	/** a named or protected account that partners may not register */
	NAMED_ACCOUNT
}

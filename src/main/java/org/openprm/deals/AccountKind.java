package org.openprm.deals;

/**
 * The vendor's own customer records that deal registrations are checked against.
 */
public enum AccountKind {
	/** a direct account from the CRM */
	ACCOUNT,
	/** an open opportunity of the vendor's direct sales, from the CRM */
	OPPORTUNITY,
	/** a named or protected account that partners may not claim */
	NAMED_ACCOUNT
}

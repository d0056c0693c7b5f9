package org.openprm.deals;

/**
 * A partner's part in a deal: the one who registered it keeps referral credit even when the vendor
 * assigns fulfilment to another partner.
 */
public enum CreditRole {
	REGISTERED, FULFILLING, INFLUENCING
}

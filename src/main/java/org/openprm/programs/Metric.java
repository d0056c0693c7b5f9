package org.openprm.programs;

/**
 * What a tier requirement measures. Revenue is a trailing-12-month amount in a currency; certified
 * people are counted per job role (the qualifier); a custom attribute is a partners-module attribute
 * (its key is the qualifier) with an expected value or a minimum.
 */
public enum Metric {
	REVENUE_12M, CERTIFIED_PEOPLE, REGISTERED_DEALS, WON_DEALS, CUSTOMER_SATISFACTION, CUSTOM_ATTRIBUTE;

	public boolean qualified() {
		return this == CERTIFIED_PEOPLE || this == CUSTOM_ATTRIBUTE;
	}
}

package org.openprm.partners;

/**
 * How a partner goes to market.
 */
public enum PartnerType {
	RESELLER, DISTRIBUTOR, MSP, REFERRAL, SYSTEM_INTEGRATOR, SUPPLIER
}

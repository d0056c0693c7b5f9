package org.openprm.recruitment;

/**
 * What can move a partner to another lifecycle stage. Other modules' events map to these (onboarding
 * completion, tier status) through {@link PartnerLifecycle#advance}.
 */
public enum LifecycleTrigger {
	APPLICATION_RECEIVED, APPLICATION_APPROVED, APPLICATION_REJECTED, PARTNER_CREATED, ONBOARDING_COMPLETED,
	PARTNER_ACTIVATED, PARTNER_DEACTIVATED, TIER_AT_RISK, TIER_RECOVERED
}

package org.openprm.recruitment;

/**
 * A partner's stage in its lifecycle, in funnel order.
 */
public enum LifecycleStage {
	PROSPECT, APPLICANT, ONBOARDING, ACTIVE, AT_RISK, INACTIVE
}

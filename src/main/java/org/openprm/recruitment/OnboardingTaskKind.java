package org.openprm.recruitment;

/**
 * What an onboarding task asks for. All but {@link #CUSTOM} and {@link #COMPLETE_COURSE} complete by
 * themselves when the fact happens; those two are ticked by the partner or vendor staff (courses until a
 * learning module reports completions).
 */
public enum OnboardingTaskKind {

	ACCEPT_AGREEMENT, COMPLETE_PROFILE, INVITE_COLLEAGUES, COMPLETE_COURSE, REGISTER_FIRST_DEAL, CUSTOM;

	public boolean manual() {
		return this == CUSTOM || this == COMPLETE_COURSE;
	}
}

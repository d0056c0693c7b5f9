package org.openprm.deals;

import org.openprm.identity.CurrentActor;
import org.openprm.recruitment.OnboardingChecklists;
import org.openprm.recruitment.OnboardingTaskKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Reports a partner's first registered deal to its onboarding checklist. It lives here, not in recruitment,
 * because deals and recruitment both sit on programs and recruitment must not depend on deals: deals may
 * call recruitment's facade, never the other way round, so the module graph stays free of cycles.
 */
@Component
class DealOnboarding {

	private final OnboardingChecklists checklists;

	DealOnboarding(OnboardingChecklists checklists) {
		this.checklists = checklists;
	}

	@ApplicationModuleListener
	void on(DealRegistered event) {
		CurrentActor.runAsSystem(() -> {
			checklists.completeKind(event.partnerId(), OnboardingTaskKind.REGISTER_FIRST_DEAL, event.submittedAt());
			return null;
		});
	}
}

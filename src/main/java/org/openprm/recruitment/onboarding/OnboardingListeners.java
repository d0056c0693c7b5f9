package org.openprm.recruitment.onboarding;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.UserInvited;
import org.openprm.partners.PartnerChanged;
import org.openprm.programs.AgreementAccepted;
import org.openprm.programs.PartnerEnrolled;
import org.openprm.recruitment.OnboardingChecklists;
import org.openprm.recruitment.OnboardingTaskKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Ticks onboarding tasks from the facts other modules report. Each listener checks the fact itself
 * (all agreements accepted, the profile complete, a second person) rather than trusting one event.
 */
@Component
class OnboardingListeners {

	private final OnboardingChecklists checklists;

	private final OnboardingFacts facts;

	OnboardingListeners(OnboardingChecklists checklists, OnboardingFacts facts) {
		this.checklists = checklists;
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(PartnerEnrolled event) {
		CurrentActor.runAsSystem(() -> checklists.start(event.partnerId(), event.programId(), event.at()));
	}

	@ApplicationModuleListener
	void on(AgreementAccepted event) {
		if (facts.agreementsAccepted(event.partnerId())) {
			CurrentActor.runAsSystem(() -> {
				checklists.completeKind(event.partnerId(), OnboardingTaskKind.ACCEPT_AGREEMENT, event.acceptedAt());
				return null;
			});
		}
	}

	@ApplicationModuleListener
	void on(PartnerChanged event) {
		if (facts.profileComplete(event.partnerId())) {
			CurrentActor.runAsSystem(() -> {
				checklists.completeKind(event.partnerId(), OnboardingTaskKind.COMPLETE_PROFILE);
				return null;
			});
		}
	}

	@ApplicationModuleListener
	void on(UserInvited event) {
		if (event.partnerId() != null && facts.hasColleagues(event.partnerId())) {
			CurrentActor.runAsSystem(() -> {
				checklists.completeKind(event.partnerId(), OnboardingTaskKind.INVITE_COLLEAGUES);
				return null;
			});
		}
	}
}

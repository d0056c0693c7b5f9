package org.openprm.recruitment;

import org.openprm.partners.PartnerChanged;
import org.openprm.partners.PartnerStatus;
import org.openprm.recruitment.domain.LifecyclePolicy;
import org.openprm.shared.FieldChange;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the lifecycle history from events: applications received, approved and rejected, partners
 * created and changing status, onboarding checklists completed.
 */
@Component
class LifecycleRecorder {

	private final PartnerLifecycle lifecycle;

	LifecycleRecorder(PartnerLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@ApplicationModuleListener
	void on(ApplicationReceived event) {
		lifecycle.advance(null, event.applicationId(), LifecycleTrigger.APPLICATION_RECEIVED);
	}

	@ApplicationModuleListener
	void on(ApplicationApproved event) {
		lifecycle.advance(event.partnerId(), event.applicationId(), LifecycleTrigger.APPLICATION_APPROVED);
	}

	@ApplicationModuleListener
	void on(ApplicationChanged event) {
		if ("rejected".equals(event.action())) {
			lifecycle.advance(null, event.applicationId(), LifecycleTrigger.APPLICATION_REJECTED);
		}
	}

	@ApplicationModuleListener
	void on(OnboardingCompleted event) {
		lifecycle.advance(event.partnerId(), null, LifecycleTrigger.ONBOARDING_COMPLETED);
	}

	@ApplicationModuleListener
	void on(PartnerChanged event) {
		if ("created".equals(event.action())) {
			lifecycle.advance(event.partnerId(), null, LifecycleTrigger.PARTNER_CREATED);
			return;
		}
		FieldChange status = event.changes().get("status");
		if ("status-changed".equals(event.action()) && status != null && status.after() != null) {
			PartnerStatus target = PartnerStatus.valueOf(status.after());
			lifecycle.advance(event.partnerId(), null, LifecyclePolicy.triggerOf(target));
		}
	}
}

package org.openprm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;
import org.openprm.identity.CurrentActor;
import org.openprm.partners.PartnerDraft;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerType;
import org.openprm.partners.PartnerView;
import org.openprm.programs.PartnerEnrolled;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Onboarding with the modules it depends on: an enrolment starts the checklist, and the last task done
 * announces the completed onboarding.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class OnboardingModuleTests {

	@Autowired
	OnboardingChecklists checklists;

	@Autowired
	OnboardingPlans plans;

	@Autowired
	PartnerManagement partners;

	/** The application clock lives in the deals module, which onboarding does not depend on. */
	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		Clock clock() {
			return Clock.systemUTC();
		}
	}

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@Test
	void anEnrolmentStartsTheChecklistAndTheLastTaskDoneAnnouncesTheCompletedOnboarding(Scenario scenario) {
		UUID programId = UUID.randomUUID();
		PartnerView partner = CurrentActor.runAsSystem(() -> {
			plans.define(programId, List.of(new OnboardingPlans.Step(OnboardingTaskKind.CUSTOM, "Kick-off call")));
			return partners.register(new PartnerDraft("Module Onboarding " + UUID.randomUUID(), null, PartnerType.RESELLER,
					null, "DE", List.of(), List.of(), List.of(), java.util.Map.of()));
		});

		scenario.publish(new PartnerEnrolled(partner.id(), programId, UUID.randomUUID(), Instant.now()))
			.andWaitForStateChange(() -> CurrentActor.runAsSystem(() -> checklists.checklists(partner.id())),
					found -> !found.isEmpty())
			.andVerify(found -> assertThat(found.get(0).tasks()).extracting(OnboardingTaskView::title)
				.containsExactly("Kick-off call"));

		scenario.stimulate(() -> CurrentActor.runAsSystem(() -> {
			checklists.completeKind(partner.id(), OnboardingTaskKind.CUSTOM);
			return null;
		}))
			.andWaitForEventOfType(OnboardingCompleted.class)
			.matching(event -> event.partnerId().equals(partner.id()))
			.toArriveAndVerify(event -> assertThat(event.programId()).isEqualTo(programId));
	}
}

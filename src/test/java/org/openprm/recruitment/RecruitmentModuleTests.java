package org.openprm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;
import org.openprm.identity.CurrentActor;
import org.openprm.partners.PartnerType;
import org.openprm.programs.ProgramManagement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The recruitment module with the modules it depends on: an application arriving and being approved
 * publishes the facts other modules (onboarding, analytics) listen to.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class RecruitmentModuleTests {

	@Autowired
	ApplicationIntake intake;

	@Autowired
	ApplicationReview review;

	@Autowired
	ProgramManagement programs;

	/** The clock lives in the deals module, which recruitment does not depend on. */
	@TestConfiguration
	static class Time {

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
	void receivingAndApprovingAnApplicationPublishWhatListenersNeed(Scenario scenario) {
		CurrentActor.runAsSystem(() -> {
			String company = "Module Applicant " + UUID.randomUUID().toString().substring(0, 8);
			ApplicationDraft draft = new ApplicationDraft(company, null, "DE", List.of("DACH"), PartnerType.MSP, null, null,
					null, null, null, "Mo Dule", "mo@" + company.toLowerCase().replace(' ', '-') + ".example", null, true,
					Locale.ENGLISH);
			UUID[] id = new UUID[1];
			scenario.stimulate(() -> id[0] = intake.submit(draft, null))
				.andWaitForEventOfType(ApplicationReceived.class)
				.matching(event -> event.company().equals(company))
				.toArriveAndVerify(event -> assertThat(event.applicationId()).isEqualTo(id[0]));
			UUID programme = programs.programs().get(0).id();
			scenario.stimulate(() -> review.approve(id[0], new Approval(programme, null)))
				.andWaitForEventOfType(ApplicationApproved.class)
				.matching(event -> event.applicationId().equals(id[0]))
				.toArriveAndVerify(event -> {
					assertThat(event.programmeId()).isEqualTo(programme);
					assertThat(event.partnerId()).isNotNull();
					assertThat(event.adminUserId()).isNotNull();
					assertThat(event.tierId()).isNotNull();
				});
			return null;
		});
	}
}

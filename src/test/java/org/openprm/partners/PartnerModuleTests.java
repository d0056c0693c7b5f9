package org.openprm.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;
import org.openprm.identity.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The partners module on its own (with identity, which it depends on): its use cases publish the
 * events that the audit trail and later modules rely on.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class PartnerModuleTests {

	@Autowired
	PartnerManagement partners;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@Test
	void registeringAPartnerPublishesItsCreationWithTheEnteredFields(Scenario scenario) {
		String name = "Module Test " + UUID.randomUUID();
		CurrentActor.runAsSystem(() -> {
			scenario.stimulate(() -> partners.register(new PartnerDraft(name, null, PartnerType.MSP, null, "NL",
					List.of("module-test.example"), List.of("msp"), List.of(), Map.of())))
				.andWaitForEventOfType(PartnerChanged.class)
				.matching(event -> "created".equals(event.action()))
				.toArriveAndVerify(event -> {
					assertThat(event.changes().get("name").after()).isEqualTo(name);
					assertThat(event.changes().get("status").after()).isEqualTo("PROSPECT");
				});
			return null;
		});
	}

	@Test
	void changingTheStatusPublishesBeforeAndAfter(Scenario scenario) {
		CurrentActor.runAsSystem(() -> {
			PartnerView partner = partners.register(new PartnerDraft("Status Test " + UUID.randomUUID(), null,
					PartnerType.RESELLER, null, "DE", List.of(), List.of(), List.of(), Map.of()));
			scenario.stimulate(() -> partners.changeStatus(partner.id(), PartnerStatus.ACTIVE, "Signed"))
				.andWaitForEventOfType(PartnerChanged.class)
				.matching(event -> event.partnerId().equals(partner.id()) && "status-changed".equals(event.action()))
				.toArriveAndVerify(event -> {
					assertThat(event.changes().get("status").before()).isEqualTo("PROSPECT");
					assertThat(event.changes().get("status").after()).isEqualTo("ACTIVE");
					assertThat(event.changes().get("reason").after()).isEqualTo("Signed");
				});
			return null;
		});
	}
}

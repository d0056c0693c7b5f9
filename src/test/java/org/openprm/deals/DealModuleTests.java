package org.openprm.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;
import org.openprm.identity.CurrentActor;
import org.openprm.partners.PartnerDraft;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerType;
import org.openprm.partners.PartnerView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The deals module with the modules it depends on: its use cases publish the events incentives and
 * analytics will listen to, carrying what they need.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES)
class DealModuleTests {

	@Autowired
	DealManagement deals;

	@Autowired
	DealDecisions decisions;

	@Autowired
	PartnerManagement partners;

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		TestMailServer.register(registry);
	}

	@Test
	void registeringAndApprovingPublishTheFactsIncentivesNeed(Scenario scenario) {
		CurrentActor.runAsSystem(() -> {
			PartnerView partner = partners.register(new PartnerDraft("Module Deals " + UUID.randomUUID(), null,
					PartnerType.RESELLER, null, "DE", List.of(), List.of(), List.of(), java.util.Map.of()));
			String customer = "Module Customer " + UUID.randomUUID();
			DealDraft draft = new DealDraft(partner.id(), null,
					new EndCustomer(customer, null, "DE", null, null, null, null, null, null), List.of(),
					new BigDecimal("42000"), "EUR", LocalDate.now().plusMonths(1), DealStage.PROPOSAL, null, true);
			DealView[] registered = new DealView[1];
			scenario.stimulate(() -> registered[0] = deals.register(draft))
				.andWaitForEventOfType(DealRegistered.class)
				.matching(event -> event.customerName().equals(customer))
				.toArriveAndVerify(event -> {
					assertThat(event.partnerId()).isEqualTo(partner.id());
					assertThat(event.amount()).isEqualByComparingTo("42000");
					assertThat(event.currency()).isEqualTo("EUR");
					assertThat(event.firstToRegister()).isTrue();
				});
			scenario.stimulate(() -> decisions.approve(registered[0].id(), 60))
				.andWaitForEventOfType(DealApproved.class)
				.matching(event -> event.registrationId().equals(registered[0].id()))
				.toArriveAndVerify(event -> {
					assertThat(event.credits()).containsExactly(new PartnerCredit(partner.id(), CreditRole.REGISTERED));
					assertThat(java.time.Duration.between(event.approvedAt(), event.protectedUntil()).toDays()).isEqualTo(60);
				});
			return null;
		});
	}
}

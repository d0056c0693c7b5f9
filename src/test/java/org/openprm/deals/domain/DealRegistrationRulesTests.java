package org.openprm.deals.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.deals.CreditRole;
import org.openprm.deals.DealStage;
import org.openprm.deals.DealStatus;
import org.openprm.deals.EndCustomer;
import org.openprm.deals.PartnerCredit;
import org.openprm.deals.ProductLine;
import org.openprm.shared.IllegalTransition;
import org.openprm.shared.InvalidInput;

/**
 * The aggregate's rules without Spring: its status machine, protection and credit.
 */
class DealRegistrationRulesTests {

	private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

	private final UUID partner = UUID.randomUUID();

	@Test
	void followsTheWorkflowFromDraftToWon() {
		DealRegistration deal = draft();

		deal.submit(NOW, Duration.ofHours(48), "d:globex.com", true, "[]", false);
		assertThat(deal.reviewDueAt()).isEqualTo(NOW.plus(Duration.ofHours(48)));
		deal.startReview(NOW);
		deal.approve(NOW, NOW.plus(Duration.ofDays(90)));
		deal.win(NOW);

		assertThat(deal.status()).isEqualTo(DealStatus.WON);
		assertThat(deal.reviewDueAt()).isNull();
		assertThat(deal.protectedUntil()).isEqualTo(NOW.plus(Duration.ofDays(90)));
	}

	@Test
	void refusesTransitionsTheStatusMachineDoesNotAllow() {
		DealRegistration deal = draft();

		assertThatThrownBy(() -> deal.approve(NOW, NOW)).isInstanceOf(IllegalTransition.class);
		assertThatThrownBy(() -> deal.win(NOW)).isInstanceOf(IllegalTransition.class);
		deal.withdraw(null, NOW);
		assertThatThrownBy(() -> deal.submit(NOW, Duration.ofHours(1), "k", true, null, false))
			.isInstanceOf(IllegalTransition.class);
		assertThat(deal.status()).isEqualTo(DealStatus.WITHDRAWN);
	}

	@Test
	void rejectionAndLossNeedAReason() {
		DealRegistration deal = submitted();

		assertThatThrownBy(() -> deal.reject(" ", NOW)).isInstanceOf(InvalidInput.class);
		assertThat(deal.status()).isEqualTo(DealStatus.SUBMITTED);
		deal.reject("Direct deal", NOW);
		assertThat(deal.statusReason()).isEqualTo("Direct deal");
	}

	@Test
	void theCustomerChangesOnlyWhileTheVendorHasNotDecided() {
		DealRegistration deal = submitted();
		EndCustomer other = new EndCustomer("Other Corp", null, "DE", null, null, null, null, null, null);

		assertThatThrownBy(() -> deal.edit(DealStage.PROPOSAL, deal.amount(), "EUR", deal.expectedCloseDate(), null,
				deal.lines(), other, NOW)).isInstanceOf(IllegalTransition.class);
		deal.requestInformation("Which site?", NOW);
		deal.edit(DealStage.PROPOSAL, deal.amount(), "EUR", deal.expectedCloseDate(), null, deal.lines(), other, NOW);
		assertThat(deal.customer().name()).isEqualTo("Other Corp");
	}

	@Test
	void anExtensionMovesProtectionLaterAndStartsTheRemindersOver() {
		DealRegistration deal = submitted();
		deal.approve(NOW, NOW.plus(Duration.ofDays(90)));
		deal.markExpiryRemindersSent(2);

		deal.requestExtension(30, "Budget moved", NOW);
		deal.approveExtension(null, NOW);

		assertThat(deal.protectedUntil()).isEqualTo(NOW.plus(Duration.ofDays(120)));
		assertThat(deal.expiryRemindersSent()).isZero();
		assertThat(deal.extensionDays()).isNull();
		assertThat(deal.extendUntil(NOW, NOW).isEmpty()).as("never earlier").isTrue();
	}

	@Test
	void theRegisteringPartnerKeepsReferralCreditWhenFulfilmentIsAssigned() {
		DealRegistration deal = submitted();
		UUID fulfiller = UUID.randomUUID();

		deal.assignCredits(List.of(new PartnerCredit(fulfiller, CreditRole.FULFILLING)), NOW);

		assertThat(deal.credits()).containsExactly(new PartnerCredit(partner, CreditRole.REGISTERED),
				new PartnerCredit(fulfiller, CreditRole.FULFILLING));
	}

	@Test
	void customersAreClaimedByRegistrableDomainElseByNormalisedNameAndCountry() {
		EndCustomer web = new EndCustomer("Globex", "https://shop.globex.co.uk/x", "GB", null, null, null, null, null, null);
		EndCustomer webmail = new EndCustomer("Globex Corporation", "gmail.com", "GB", null, null, null, null, null, null);
		EndCustomer named = new EndCustomer("GLOBEX Corp.", null, "GB", null, null, null, null, null, null);

		assertThat(CustomerKeys.of(web)).isEqualTo("d:globex.co.uk");
		assertThat(CustomerKeys.of(webmail)).isEqualTo(CustomerKeys.of(named)).startsWith("n:GB:");
	}

	private DealRegistration submitted() {
		DealRegistration deal = draft();
		deal.submit(NOW, Duration.ofHours(48), "d:globex.com", true, "[]", false);
		return deal;
	}

	private DealRegistration draft() {
		return new DealRegistration(partner, null, UUID.randomUUID(), "a@b.example",
				new EndCustomer("Globex", "globex.com", "US", null, null, null, null, null, null),
				List.of(new ProductLine("SW", "Switch", BigDecimal.ONE, BigDecimal.TEN)), BigDecimal.TEN, "EUR",
				LocalDate.of(2027, 1, 31), DealStage.QUALIFICATION, null, NOW);
	}
}

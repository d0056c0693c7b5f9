package org.openprm.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.funds.domain.FundClaim;
import org.openprm.funds.domain.FundRequest;
import org.openprm.shared.Conflict;
import org.openprm.shared.IllegalTransition;
import org.openprm.shared.InvalidInput;

/** Balances from ledger sums and the state machines of requests and claims, without Spring. */
class FundRulesTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

	@Test
	void balancesAreDerivedFromTheSumsOfEachEntryType() {
		Map<EntryType, BigDecimal> sums = new EnumMap<>(EntryType.class);
		sums.put(EntryType.ALLOCATION, new BigDecimal("10000"));
		sums.put(EntryType.ACCRUAL, new BigDecimal("500"));
		sums.put(EntryType.ADJUSTMENT, new BigDecimal("-250"));
		sums.put(EntryType.RESERVATION, new BigDecimal("4000"));
		sums.put(EntryType.RELEASE, new BigDecimal("500"));
		sums.put(EntryType.CLAIM_APPROVAL, new BigDecimal("3000"));
		sums.put(EntryType.PAYMENT, new BigDecimal("1000"));

		FundBalance balance = FundBalance.of(fund(TODAY.plusDays(100)), null, sums, TODAY);

		assertThat(balance.allocated()).isEqualByComparingTo("10250");
		assertThat(balance.reserved()).isEqualByComparingTo("500");
		assertThat(balance.claimed()).isEqualByComparingTo("2000");
		assertThat(balance.paid()).isEqualByComparingTo("1000");
		assertThat(balance.available()).isEqualByComparingTo("6750");
		assertThat(balance.expiring()).isEqualByComparingTo("0");
	}

	@Test
	void whatIsAvailableInAFundEndingWithinThirtyDaysIsExpiring() {
		FundBalance balance = FundBalance.of(fund(TODAY.plusDays(20)), null,
				Map.of(EntryType.ALLOCATION, new BigDecimal("300")), TODAY);

		assertThat(balance.expiring()).isEqualByComparingTo("300.00");
	}

	@Test
	void aRequestMovesOnlyAlongItsAllowedTransitions() {
		FundRequest request = request();
		request.approveFirst(new BigDecimal("20000"), "admin@acme.example", Instant.now());

		assertThatThrownBy(() -> request.approve(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, "ADMIN@acme.example", Instant.now()))
			.isInstanceOf(Conflict.class);
		request.approve(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, "cam@acme.example", Instant.now());
		assertThat(request.status()).isEqualTo(FundRequestStatus.APPROVED);
		assertThatThrownBy(() -> request.reject("late", Instant.now())).isInstanceOf(IllegalTransition.class);
		assertThat(FundRequestStatus.RETURNED.next()).containsExactly(FundRequestStatus.SUBMITTED);
		assertThat(FundRequestStatus.REJECTED.next()).isEmpty();
	}

	@Test
	void aClaimIsPaidOnlyAfterApprovalAndADeniedClaimIsFinal() {
		FundClaim claim = new FundClaim(request(), BigDecimal.TEN, "INV-1", null, null, null, Instant.now());

		assertThatThrownBy(() -> claim.markPaid("ref", Instant.now())).isInstanceOf(IllegalTransition.class);
		claim.deny("no proof", Instant.now());
		assertThatThrownBy(() -> claim.approve(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, Instant.now()))
			.isInstanceOf(IllegalTransition.class);
		assertThat(ClaimStatus.DENIED.counts()).isFalse();
	}

	@Test
	void invoiceNumbersAreTheSameWhateverTheirSpacesDashesAndCase() {
		assertThat(FundClaim.invoiceKey("inv 2026-001")).isEqualTo(FundClaim.invoiceKey("INV2026001"));
	}

	@Test
	void currenciesMustBeIsoCodesAndAmountsPositive() {
		assertThat(Money.currency("currency", "eur")).isEqualTo("EUR");
		assertThatThrownBy(() -> Money.currency("currency", "EURO")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> Money.positive("amount", BigDecimal.ZERO, "EUR")).isInstanceOf(InvalidInput.class);
		assertThatThrownBy(() -> Money.positive("amount", new BigDecimal("1.001"), "EUR")).isInstanceOf(InvalidInput.class);
		assertThat(Money.positive("amount", new BigDecimal("12"), "JPY")).isEqualByComparingTo("12");
	}

	private static FundView fund(LocalDate end) {
		return new FundView(UUID.randomUUID(), "Fund", TODAY.minusDays(10), end, "EUR", FundTarget.POOL, null, null, null,
				null, null, false, null, false);
	}

	private static FundRequest request() {
		return new FundRequest(UUID.randomUUID(), UUID.randomUUID(), new FundRequest.Activity("Webinar", "Cloud", "Title",
				null, TODAY, TODAY, new BigDecimal("20000"), "EUR", 50, null, null, null, TODAY.plusDays(60)),
				Instant.now(), "alice@northwind.example");
	}
}

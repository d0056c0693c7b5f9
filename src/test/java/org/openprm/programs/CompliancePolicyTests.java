package org.openprm.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.programs.domain.CompliancePolicy;
import org.openprm.programs.domain.Evaluation;
import org.openprm.programs.domain.TierRules;

/**
 * The compliance policy alone, without Spring: status, grace period, upgrades and what is missing.
 */
class CompliancePolicyTests {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	private static final LocalDate TODAY = LocalDate.parse("2026-06-01");

	private final CompliancePolicy policy = new CompliancePolicy(90, 10, 30);

	private final TierRules registered = new TierRules(UUID.randomUUID(), "Registered", 1, List.of());

	private final TierRules silver = tier("Silver", 2, revenue("100000", null), people("SALES", "2"));

	private final TierRules gold = tier("Gold", 3, revenue("250000", null), people("SALES", "4"));

	@Test
	void aPartnerMeetingItsTierComfortablyIsCompliant() {
		Evaluation e = policy.evaluate(tiers(), silver.tierId(), List.of(money("150000"), sales(3)), null, NOW, TODAY);

		assertThat(e.status()).isEqualTo(ComplianceStatus.COMPLIANT);
		assertThat(e.targetTierId()).isNull();
	}

	@Test
	void aRequirementMetWithinTheMarginPutsTheTierAtRisk() {
		Evaluation e = policy.evaluate(tiers(), silver.tierId(), List.of(money("105000"), sales(3)), null, NOW, TODAY);

		assertThat(e.status()).isEqualTo(ComplianceStatus.AT_RISK);
		assertThat(e.checks()).filteredOn(RequirementCheck::nearFailing).hasSize(1);
	}

	@Test
	void aFigureThatExpiresWithinThirtyDaysPutsTheTierAtRisk() {
		Figure expiring = new Figure(Metric.CERTIFIED_PEOPLE, "SALES", BigDecimal.valueOf(3), null, null, TODAY.plusDays(10));

		Evaluation e = policy.evaluate(tiers(), silver.tierId(), List.of(money("150000"), expiring), null, NOW, TODAY);

		assertThat(e.status()).isEqualTo(ComplianceStatus.AT_RISK);
	}

	@Test
	void meetingAHigherTierQualifiesForTheHighestOneMet() {
		Evaluation e = policy.evaluate(tiers(), registered.tierId(), List.of(money("300000"), sales(5)), null, NOW, TODAY);

		assertThat(e.status()).isEqualTo(ComplianceStatus.QUALIFIES_FOR_UPGRADE);
		assertThat(e.targetTierId()).isEqualTo(gold.tierId());
	}

	@Test
	void theFirstFailureStartsTheGracePeriodAndADowngradeIsDueOnlyAfterIt() {
		List<Figure> failing = List.of(money("50000"), sales(2));

		Evaluation first = policy.evaluate(tiers(), silver.tierId(), failing, null, NOW, TODAY);
		Evaluation later = policy.evaluate(tiers(), silver.tierId(), failing, first.failingSince(),
				NOW.plus(Duration.ofDays(89)), TODAY.plusDays(89));
		Evaluation due = policy.evaluate(tiers(), silver.tierId(), failing, first.failingSince(),
				NOW.plus(Duration.ofDays(90)), TODAY.plusDays(90));

		assertThat(first.status()).isEqualTo(ComplianceStatus.AT_RISK);
		assertThat(first.failingSince()).isEqualTo(NOW);
		assertThat(later.status()).isEqualTo(ComplianceStatus.AT_RISK);
		assertThat(due.status()).isEqualTo(ComplianceStatus.DOWNGRADE_DUE);
		assertThat(due.targetTierId()).isEqualTo(registered.tierId());
	}

	@Test
	void tellsWhatIsMissingForTheNextTier() {
		Evaluation e = policy.evaluate(tiers(), silver.tierId(), List.of(money("210000"), sales(2)), null, NOW, TODAY);

		assertThat(e.nextTier().name()).isEqualTo("Gold");
		assertThat(e.missingForNext()).extracting(c -> c.requirement().metric(), RequirementCheck::shortfall)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Metric.REVENUE_12M, new BigDecimal("40000")),
					org.assertj.core.groups.Tuple.tuple(Metric.CERTIFIED_PEOPLE, new BigDecimal("2")));
	}

	@Test
	void requirementsOutsideTheirValidityDoNotCountAndRevenueCountsOnlyInItsCurrency() {
		TierRules dated = tier("Dated", 2, revenue("100000", TODAY.plusDays(60)));
		Figure dollars = new Figure(Metric.REVENUE_12M, "", new BigDecimal("500000"), null, "USD", null);

		Evaluation notYet = policy.evaluate(List.of(registered, dated), dated.tierId(), List.of(), null, NOW, TODAY);
		Evaluation wrongCurrency = policy.evaluate(List.of(registered, silver), silver.tierId(), List.of(dollars, sales(3)),
				null, NOW, TODAY);

		assertThat(notYet.status()).isEqualTo(ComplianceStatus.COMPLIANT);
		assertThat(wrongCurrency.status()).isEqualTo(ComplianceStatus.AT_RISK);
		assertThat(wrongCurrency.failingSince()).isEqualTo(NOW);
	}

	private List<TierRules> tiers() {
		return List.of(gold, registered, silver);
	}

	private static TierRules tier(String name, int rank, Requirement... requirements) {
		return new TierRules(UUID.randomUUID(), name, rank, List.of(requirements));
	}

	private static Requirement revenue(String minimum, LocalDate from) {
		return new Requirement(UUID.randomUUID(), null, Metric.REVENUE_12M, "", new BigDecimal(minimum), "EUR", null, from,
				null);
	}

	private static Requirement people(String role, String minimum) {
		return new Requirement(UUID.randomUUID(), null, Metric.CERTIFIED_PEOPLE, role, new BigDecimal(minimum), null, null,
				null, null);
	}

	private static Figure money(String amount) {
		return new Figure(Metric.REVENUE_12M, "", new BigDecimal(amount), null, "EUR", null);
	}

	private static Figure sales(int count) {
		return new Figure(Metric.CERTIFIED_PEOPLE, "SALES", BigDecimal.valueOf(count), null, null, null);
	}
}

package org.openprm.programs.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.openprm.programs.ComplianceStatus;
import org.openprm.programs.Figure;
import org.openprm.programs.Metric;
import org.openprm.programs.Requirement;
import org.openprm.programs.RequirementCheck;

/**
 * Decides where a partner stands in a programme from its figures, without side effects. A partner
 * failing its tier gets a grace period (from the first failure) before a downgrade is due; one that
 * meets a higher tier qualifies for an upgrade to the highest it meets.
 *
 * @param graceDays days between the first failure and a due downgrade
 * @param atRiskPercent a met minimum within this many percent counts as close to failing
 * @param warningDays figures expiring, or requirements starting, within these days put the tier at risk
 */
public record CompliancePolicy(int graceDays, int atRiskPercent, int warningDays) {

	public Evaluation evaluate(List<TierRules> tiers, UUID currentTierId, List<Figure> figures, Instant failingSince,
			Instant now, LocalDate today) {
		List<TierRules> ranked = tiers.stream().sorted(Comparator.comparingInt(TierRules::rank)).toList();
		TierRules current = ranked.stream().filter(t -> t.tierId().equals(currentTierId)).findFirst().orElseThrow();
		List<RequirementCheck> checks = check(current, figures, today);
		boolean meets = checks.stream().allMatch(RequirementCheck::met);
		TierRules highest = ranked.stream().filter(t -> allMet(check(t, figures, today))).reduce((a, b) -> b).orElse(null);
		TierRules next = ranked.stream().filter(t -> t.rank() > current.rank()).findFirst().orElse(null);
		List<RequirementCheck> missing = next == null ? List.of()
				: check(next, figures, today).stream().filter(c -> !c.met()).toList();
		if (meets) {
			if (highest != null && highest.rank() > current.rank()) {
				return new Evaluation(ComplianceStatus.QUALIFIES_FOR_UPGRADE, checks, next, missing, highest.tierId(), null);
			}
			boolean risky = checks.stream().anyMatch(c -> c.nearFailing() || c.expiresOn() != null)
					|| upcomingUnmet(current, figures, today);
			return new Evaluation(risky ? ComplianceStatus.AT_RISK : ComplianceStatus.COMPLIANT, checks, next, missing,
					null, null);
		}
		Instant since = failingSince == null ? now : failingSince;
		if (Duration.between(since, now).compareTo(Duration.ofDays(graceDays)) < 0) {
			return new Evaluation(ComplianceStatus.AT_RISK, checks, next, missing, null, since);
		}
		TierRules target = ranked.stream().filter(t -> t.rank() < current.rank() && allMet(check(t, figures, today)))
			.reduce((a, b) -> b).orElse(ranked.get(0));
		return new Evaluation(ComplianceStatus.DOWNGRADE_DUE, checks, next, missing,
				target.tierId().equals(current.tierId()) ? null : target.tierId(), since);
	}

	/** The checks of a tier's requirements effective today. */
	public List<RequirementCheck> check(TierRules tier, List<Figure> figures, LocalDate today) {
		List<RequirementCheck> checks = new ArrayList<>();
		for (Requirement requirement : tier.requirements()) {
			if (requirement.effectiveOn(today)) {
				checks.add(check(requirement, figures, today));
			}
		}
		return checks;
	}

	private boolean upcomingUnmet(TierRules tier, List<Figure> figures, LocalDate today) {
		return tier.requirements().stream().filter(r -> r.startsWithin(today, warningDays))
			.anyMatch(r -> !check(r, figures, today).met());
	}

	private static boolean allMet(List<RequirementCheck> checks) {
		return checks.stream().allMatch(RequirementCheck::met);
	}

	RequirementCheck check(Requirement requirement, List<Figure> figures, LocalDate today) {
		Figure figure = figures.stream().filter(f -> matches(requirement, f, today)).findFirst().orElse(null);
		if (requirement.expectedValue() != null) {
			String actual = figure == null ? null : figure.text() != null ? figure.text()
					: figure.value() == null ? null : figure.value().stripTrailingZeros().toPlainString();
			boolean met = actual != null && actual.trim().equalsIgnoreCase(requirement.expectedValue().trim());
			return new RequirementCheck(requirement, null, actual, met, false, met ? expiring(figure, today) : null, null);
		}
		BigDecimal minimum = requirement.minimum() == null ? BigDecimal.ZERO : requirement.minimum();
		BigDecimal actual = figure == null ? BigDecimal.ZERO : numeric(figure);
		boolean met = actual.compareTo(minimum) >= 0;
		BigDecimal margin = minimum.multiply(BigDecimal.valueOf(100L + atRiskPercent)).movePointLeft(2);
		boolean near = met && minimum.signum() > 0 && actual.compareTo(margin) < 0;
		return new RequirementCheck(requirement, actual, null, met, near, met ? expiring(figure, today) : null,
				met ? BigDecimal.ZERO : minimum.subtract(actual));
	}

	private static boolean matches(Requirement requirement, Figure figure, LocalDate today) {
		if (figure.metric() != requirement.metric() || !figure.qualifier().equalsIgnoreCase(requirement.qualifier())) {
			return false;
		}
		if (figure.expiresOn() != null && figure.expiresOn().isBefore(today)) {
			return false;
		}
		// Without an FX table, revenue only counts in the requirement's own currency.
		return requirement.metric() != Metric.REVENUE_12M || requirement.currency() == null
				|| requirement.currency().equalsIgnoreCase(figure.currency());
	}

	private static BigDecimal numeric(Figure figure) {
		if (figure.value() != null) {
			return figure.value();
		}
		try {
			return figure.text() == null ? BigDecimal.ZERO : new BigDecimal(figure.text().trim());
		}
		catch (NumberFormatException ex) {
			return BigDecimal.ZERO;
		}
	}

	private LocalDate expiring(Figure figure, LocalDate today) {
		return figure != null && figure.expiresOn() != null && !figure.expiresOn().isAfter(today.plusDays(warningDays))
				? figure.expiresOn() : null;
	}
}

package org.openprm.funds;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.openprm.funds.domain.Fund;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.InvalidInput.FieldProblem;

/** Checks a fund draft completely and answers every problem at once, before anything is written. */
final class FundRules {

	/** 400 characters of comma-separated codes hold 133; a region is meant to be a handful. */
	static final int MAX_COUNTRIES = 100;

	private FundRules() {
	}

	static Fund fund(FundDraft draft, String by, Instant at) {
		List<FieldProblem> problems = new ArrayList<>();
		if (draft.name() == null || draft.name().isBlank()) {
			problems.add(new FieldProblem("name", "must not be blank", "required"));
		}
		if (draft.periodStart() == null) {
			problems.add(new FieldProblem("periodStart", "is required", "required"));
		}
		if (draft.periodEnd() == null) {
			problems.add(new FieldProblem("periodEnd", "is required", "required"));
		}
		else if (draft.periodStart() != null && draft.periodEnd().isBefore(draft.periodStart())) {
			problems.add(new FieldProblem("periodEnd", "must not be before the period start", "funds.period"));
		}
		String currency = null;
		try {
			currency = Money.currency("currency", draft.currency());
		}
		catch (InvalidInput bad) {
			problems.addAll(bad.problems());
		}
		boolean accrual = draft.accrualPercent() != null;
		if (accrual && (draft.accrualPercent().signum() <= 0 || draft.accrualPercent().compareTo(BigDecimal.valueOf(100)) > 0)) {
			problems.add(new FieldProblem("accrualPercent", "must be more than 0 and at most 100", "funds.accrual"));
		}
		if (draft.amount() == null && !accrual) {
			problems.add(new FieldProblem("amount", "is required", "required"));
		}
		else if (draft.amount() != null && (draft.amount().signum() < 0 || draft.amount().signum() == 0 && !accrual)) {
			problems.add(new FieldProblem("amount", "must be greater than zero", "funds.amount.positive"));
		}
		List<UUID> targets = new ArrayList<>();
		FundTarget target = FundTarget.POOL;
		for (var candidate : List.of(new Object[] { FundTarget.PARTNER, draft.partnerId() },
				new Object[] { FundTarget.PROGRAM, draft.programId() }, new Object[] { FundTarget.TIER, draft.tierId() },
				new Object[] { FundTarget.SEGMENT, draft.segmentId() })) {
			if (candidate[1] != null) {
				targets.add((UUID) candidate[1]);
				target = (FundTarget) candidate[0];
			}
		}
		List<String> region = draft.hasRegion() ? region(draft.region(), problems) : List.of();
		if (!region.isEmpty() || draft.hasRegion()) {
			target = FundTarget.REGION;
		}
		if (targets.size() + (draft.hasRegion() ? 1 : 0) > 1) {
			problems.add(new FieldProblem("partnerId", "give at most one of partnerId, programId, tier, segmentId and region",
					"funds.target"));
		}
		if (accrual && target != FundTarget.PARTNER && draft.amount() != null && draft.amount().signum() > 0) {
			// An accrual fund keeps each partner's money apart; a budget for nobody in particular would be unreachable.
			problems.add(new FieldProblem("amount", "an accrual fund for several partners starts at zero",
					"funds.accrual.amount"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		Fund fund = new Fund(draft.name().strip(), draft.periodStart(), draft.periodEnd(), currency, target,
				targets.isEmpty() ? null : targets.get(0), draft.accrualPercent(), draft.carryOver(), null, at, by);
		return target == FundTarget.REGION ? fund.forRegion(region) : fund;
	}

	/** The region's ISO 3166 country codes, upper-case, without duplicates; unknown codes are problems. */
	static List<String> region(List<String> codes, List<FieldProblem> problems) {
		Set<String> known = Set.of(Locale.getISOCountries());
		Set<String> countries = new LinkedHashSet<>();
		for (String code : codes) {
			if (code == null || code.isBlank()) {
				continue;
			}
			String country = code.strip().toUpperCase(Locale.ROOT);
			if (!known.contains(country)) {
				problems.add(new FieldProblem("region", "'" + code.strip() + "' is not an ISO 3166 country code",
						"funds.region"));
				return List.of();
			}
			countries.add(country);
		}
		if (countries.size() > MAX_COUNTRIES) {
			problems.add(new FieldProblem("region", "lists more than " + MAX_COUNTRIES + " countries", "funds.region.size"));
			return List.of();
		}
		return List.copyOf(countries);
	}
}

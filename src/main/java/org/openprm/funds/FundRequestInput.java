package org.openprm.funds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.openprm.funds.domain.FundRequest;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.InvalidInput.FieldProblem;

/** Checks a fund request draft completely, answering all problems at once, before anything is written. */
final class FundRequestInput {

	private final FundRequestDraft draft;

	private final FundView fund;

	private final List<String> activityTypes;

	private final List<String> themes;

	private final int claimDays;

	private final List<FieldProblem> problems = new ArrayList<>();

	FundRequestInput(FundRequestDraft draft, FundView fund, List<String> activityTypes, List<String> themes, int claimDays) {
		this.draft = draft;
		this.fund = fund;
		this.activityTypes = activityTypes;
		this.themes = themes;
		this.claimDays = claimDays;
	}

	FundRequest.Activity activity() {
		listed("activityType", draft.activityType(), activityTypes);
		listed("theme", draft.theme(), themes);
		if (blank(draft.title())) {
			problems.add(new FieldProblem("title", "must not be blank", "required"));
		}
		dates();
		String currency = currency();
		BigDecimal amount = amount(currency);
		int costShare = draft.costSharePercent() == null ? 100 : draft.costSharePercent();
		if (costShare < 1 || costShare > 100) {
			problems.add(new FieldProblem("costSharePercent", "must be between 1 and 100", "funds.request.costShare"));
		}
		if (draft.expectedLeads() != null && draft.expectedLeads() < 0) {
			problems.add(new FieldProblem("expectedLeads", "must not be negative", "funds.negative"));
		}
		if (draft.expectedPipeline() != null && draft.expectedPipeline().signum() < 0) {
			problems.add(new FieldProblem("expectedPipeline", "must not be negative", "funds.negative"));
		}
		if (draft.campaignCode() != null && draft.campaignCode().length() > 60) {
			problems.add(new FieldProblem("campaignCode", "must be at most 60 characters", "funds.tooLong"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new FundRequest.Activity(draft.activityType(), draft.theme(), draft.title().strip(),
				blank(draft.description()) ? null : draft.description().strip(), draft.startsOn(), draft.endsOn(), amount,
				currency, costShare, draft.expectedLeads(), draft.expectedPipeline(),
				blank(draft.campaignCode()) ? null : draft.campaignCode().strip(), draft.endsOn().plusDays(claimDays));
	}

	private void listed(String field, String value, List<String> allowed) {
		if (blank(value)) {
			problems.add(new FieldProblem(field, "is required", "required"));
		}
		else if (!allowed.contains(value)) {
			problems.add(new FieldProblem(field, "must be one of " + String.join(", ", allowed), "funds.request.notListed"));
		}
	}

	private void dates() {
		if (draft.startsOn() == null) {
			problems.add(new FieldProblem("startsOn", "is required", "required"));
		}
		if (draft.endsOn() == null) {
			problems.add(new FieldProblem("endsOn", "is required", "required"));
		}
		else if (draft.startsOn() != null && draft.endsOn().isBefore(draft.startsOn())) {
			problems.add(new FieldProblem("endsOn", "must not be before the start", "funds.request.dates"));
		}
		else if (draft.startsOn() != null && (draft.startsOn().isAfter(fund.periodEnd())
				|| draft.endsOn().isBefore(fund.periodStart()))) {
			problems.add(new FieldProblem("startsOn", "the activity must take place in the fund's period "
					+ fund.periodStart() + " to " + fund.periodEnd(), "funds.request.period"));
		}
	}

	private String currency() {
		if (blank(draft.currency())) {
			return fund.currency();
		}
		try {
			return Money.currency("currency", draft.currency());
		}
		catch (InvalidInput bad) {
			problems.addAll(bad.problems());
			return null;
		}
	}

	private BigDecimal amount(String currency) {
		try {
			return Money.positive("requestedAmount", draft.requestedAmount(), currency == null ? fund.currency() : currency);
		}
		catch (InvalidInput bad) {
			problems.addAll(bad.problems());
			return null;
		}
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}

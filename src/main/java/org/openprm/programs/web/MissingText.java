package org.openprm.programs.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.openprm.programs.Metric;
import org.openprm.programs.RequirementCheck;
import org.openprm.programs.TierStatusView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says in the user's language what a partner still needs for its next tier, e.g. "2 more certified
 * sales people and 40,000 EUR more revenue for Gold".
 */
@Component("missingText")
public class MissingText {

	private final MessageSource messages;

	MissingText(MessageSource messages) {
		this.messages = messages;
	}

	public String of(TierStatusView status) {
		Locale locale = LocaleContextHolder.getLocale();
		if (status.nextTierName() == null) {
			return messages.getMessage("tierstatus.top", null, locale);
		}
		List<String> parts = status.missingForNext().stream().map(c -> part(c, locale)).toList();
		if (parts.isEmpty()) {
			return messages.getMessage("tierstatus.nothingMissing", new Object[] { status.nextTierName() }, locale);
		}
		String and = " " + messages.getMessage("tierstatus.and", null, locale) + " ";
		String joined = parts.size() == 1 ? parts.get(0)
				: String.join(", ", parts.subList(0, parts.size() - 1)) + and + parts.get(parts.size() - 1);
		return messages.getMessage("tierstatus.missing", new Object[] { joined, status.nextTierName() }, locale);
	}

	String part(RequirementCheck check, Locale locale) {
		Metric metric = check.requirement().metric();
		if (check.requirement().expectedValue() != null) {
			return messages.getMessage("tierstatus.need.expected", new Object[] { check.requirement().qualifier(),
					check.requirement().expectedValue() }, locale);
		}
		String amount = NumberFormat.getNumberInstance(locale).format(check.shortfall());
		String role = metric == Metric.CERTIFIED_PEOPLE
				? messages.getMessage("jobRole." + check.requirement().qualifier(), null, check.requirement().qualifier(), locale)
				: check.requirement().qualifier();
		return messages.getMessage("tierstatus.need." + metric, new Object[] { amount, role,
				check.requirement().currency() == null ? "" : check.requirement().currency() }, locale);
	}

	/** A requirement as a label: "Revenue (last 12 months), EUR", "Certified people: Sales". */
	public String label(RequirementCheck check) {
		Locale locale = LocaleContextHolder.getLocale();
		var r = check.requirement();
		String base = messages.getMessage("metric." + r.metric(), null, locale);
		String detail = r.metric() == Metric.CERTIFIED_PEOPLE
				? messages.getMessage("jobRole." + r.qualifier(), null, r.qualifier(), locale)
				: r.metric() == Metric.REVENUE_12M ? r.currency() : r.qualifier();
		return detail == null || detail.isEmpty() ? base : base + ": " + detail;
	}

	public String required(RequirementCheck check) {
		var r = check.requirement();
		return r.expectedValue() != null ? r.expectedValue()
				: NumberFormat.getNumberInstance(LocaleContextHolder.getLocale()).format(r.minimum());
	}

	public String actual(RequirementCheck check) {
		return check.actualText() != null ? check.actualText() : check.actual() == null ? "–"
				: NumberFormat.getNumberInstance(LocaleContextHolder.getLocale()).format(check.actual());
	}
}

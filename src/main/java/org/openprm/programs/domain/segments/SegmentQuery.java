package org.openprm.programs.domain.segments;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.openprm.programs.SegmentCondition;
import org.openprm.programs.SegmentOperator;
import org.openprm.programs.SegmentRule;

/**
 * Turns a segment rule into one SQL condition over {@code partners p}, with its parameters, so that a
 * segment is evaluated live by the database instead of partner by partner. The rule has been
 * validated ({@link SegmentRules}) before it gets here.
 */
public record SegmentQuery(String where, List<Object> parameters) {

	static final String MEMBERSHIPS = "program_memberships";

	static final String TIERS = "program_tiers";

	static final String RANK = "tier_rank";

	public static SegmentQuery of(SegmentRule rule) {
		List<Object> parameters = new ArrayList<>();
		String where = group(rule, parameters);
		return new SegmentQuery(where, List.copyOf(parameters));
	}

	private static String group(SegmentRule rule, List<Object> parameters) {
		List<String> parts = new ArrayList<>();
		rule.conditions().forEach(condition -> parts.add(condition(condition, parameters)));
		rule.groups().forEach(group -> parts.add(group(group, parameters)));
		if (parts.isEmpty()) {
			// An empty ALL is true (no requirement); an empty ANY group offers nothing to match.
			return rule.match() == SegmentRule.Match.ALL ? "1 = 1" : "1 = 0";
		}
		String joiner = rule.match() == SegmentRule.Match.ALL ? " AND " : " OR ";
		return "(" + String.join(joiner, parts) + ")";
	}

	private static String condition(SegmentCondition condition, List<Object> parameters) {
		return switch (condition.field()) {
			case TYPE -> column("p.type", condition, upper(condition.values()), parameters);
			case STATUS -> column("p.status", condition, upper(condition.values()), parameters);
			case COUNTRY -> column("p.country", condition, upper(condition.values()), parameters);
			case TAG -> tags(condition, parameters);
			case REGION -> exists("SELECT 1 FROM partner_addresses a WHERE a.partner_id = p.id AND UPPER(a.region) IN "
					+ list(upper(condition.values()), parameters), condition);
			case PROGRAM -> exists("SELECT 1 FROM " + MEMBERSHIPS + " m WHERE m.partner_id = p.id AND m.program_id IN "
					+ list(uuids(condition.values()), parameters), condition);
			case TIER -> tier(condition, parameters);
			case COMPLIANCE -> exists("SELECT 1 FROM " + MEMBERSHIPS + " m WHERE m.partner_id = p.id AND m.status IN "
					+ list(upper(condition.values()), parameters), condition);
			case FIGURE -> figure(condition, parameters);
			case ATTRIBUTE -> attribute(condition, parameters);
		};
	}

	private static String column(String column, SegmentCondition condition, List<?> values, List<Object> parameters) {
		String in = column + " IN " + list(values, parameters);
		return condition.operator() == SegmentOperator.NOT_IN ? "NOT " + in : in;
	}

	private static String tags(SegmentCondition condition, List<Object> parameters) {
		// Tags are kept as ",a,b," in lower case: a whole tag is found between two commas.
		List<String> tests = new ArrayList<>();
		for (String tag : condition.values()) {
			tests.add("p.tags LIKE ?");
			parameters.add("%," + tag.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + ",%");
		}
		String any = "(" + String.join(" OR ", tests) + ")";
		return condition.operator() == SegmentOperator.NOT_IN ? "NOT " + any : any;
	}

	private static String tier(SegmentCondition condition, List<Object> parameters) {
		if (!condition.operator().ordered()) {
			return exists("SELECT 1 FROM " + MEMBERSHIPS + " m WHERE m.partner_id = p.id AND m.tier_id IN "
					+ list(uuids(condition.values()), parameters), condition);
		}
		// The named tier fixes the programme; the member's tier is compared with it by rank.
		String comparison = condition.operator() == SegmentOperator.AT_LEAST ? ">=" : "<=";
		parameters.add(UUID.fromString(condition.values().get(0)));
		return "EXISTS (SELECT 1 FROM " + MEMBERSHIPS + " m JOIN " + TIERS + " held ON held.id = m.tier_id JOIN "
				+ TIERS + " wanted ON wanted.program_id = m.program_id WHERE m.partner_id = p.id AND wanted.id = ? AND held."
				+ RANK + " " + comparison + " wanted." + RANK + ")";
	}

	private static String attribute(SegmentCondition condition, List<Object> parameters) {
		String base = "SELECT 1 FROM partner_attribute_values v WHERE v.partner_id = p.id AND v.attr_key = ? AND ";
		parameters.add(condition.attribute());
		if (!condition.operator().ordered()) {
			return exists(base + "UPPER(v.attr_value) IN " + list(upper(condition.values()), parameters), condition);
		}
		String comparison = condition.operator() == SegmentOperator.AT_LEAST ? ">=" : "<=";
		String value = condition.values().get(0);
		if (SegmentRules.isNumber(value)) {
			// CASE keeps the cast away from values of other attributes, whatever order the planner picks.
			parameters.add(condition.attribute());
			parameters.add(new BigDecimal(value));
			return "EXISTS (" + base + "CASE WHEN v.attr_key = ? THEN CAST(v.attr_value AS DECIMAL(19,4)) END "
					+ comparison + " ?)";
		}
		// ISO dates compare correctly as text.
		parameters.add(value);
		return "EXISTS (" + base + "v.attr_value " + comparison + " ?)";
	}

	/** A figure of any qualifier of the metric (revenue in any currency, certified people of any role). */
	private static String figure(SegmentCondition condition, List<Object> parameters) {
		String comparison = condition.operator() == SegmentOperator.AT_LEAST ? ">=" : "<=";
		parameters.add(condition.attribute().toUpperCase(Locale.ROOT));
		parameters.add(new BigDecimal(condition.values().get(0)));
		return "EXISTS (SELECT 1 FROM partner_figures f WHERE f.partner_id = p.id AND f.metric = ? AND f.figure_value "
				+ comparison + " ?)";
	}

	private static String exists(String subquery, SegmentCondition condition) {
		String exists = "EXISTS (" + subquery + ")";
		return condition.operator() == SegmentOperator.NOT_IN ? "NOT " + exists : exists;
	}

	private static String list(List<?> values, List<Object> parameters) {
		parameters.addAll(values);
		return "(" + String.join(", ", values.stream().map(v -> "?").toList()) + ")";
	}

	private static List<String> upper(List<String> values) {
		return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
	}

	private static List<UUID> uuids(List<String> values) {
		return values.stream().map(UUID::fromString).toList();
	}
}

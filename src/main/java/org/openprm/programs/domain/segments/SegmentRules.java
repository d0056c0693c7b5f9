package org.openprm.programs.domain.segments;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openprm.partners.AttributeType;
import org.openprm.partners.PartnerStatus;
import org.openprm.partners.PartnerType;
import org.openprm.programs.SegmentCondition;
import org.openprm.programs.SegmentField;
import org.openprm.programs.SegmentRule;
import org.openprm.shared.InvalidInput.FieldProblem;

/**
 * Checks a segment rule before it is saved or previewed, naming the field of each problem the way
 * the API and the form address it ({@code rule.groups[0].conditions[1].values}).
 */
public final class SegmentRules {

	public static final int MAX_CONDITIONS = 50;

	public static final int MAX_DEPTH = 3;

	/** What the rule may refer to: programme ids, tier ids and custom attributes with their types. */
	public record Vocabulary(Set<UUID> programs, Set<UUID> tiers, Map<String, AttributeType> attributes) {
	}

	private SegmentRules() {
	}

	public static List<FieldProblem> problems(SegmentRule rule, Vocabulary vocabulary) {
		List<FieldProblem> problems = new ArrayList<>();
		if (rule == null) {
			problems.add(new FieldProblem("rule", "must not be null", "required"));
			return problems;
		}
		if (rule.size() > MAX_CONDITIONS) {
			problems.add(new FieldProblem("rule", "has more than " + MAX_CONDITIONS + " conditions",
					"segment.tooLarge"));
		}
		if (rule.depth() > MAX_DEPTH) {
			problems.add(new FieldProblem("rule", "nests groups deeper than " + MAX_DEPTH, "segment.tooDeep"));
		}
		check(rule, "rule", vocabulary, problems);
		return problems;
	}

	private static void check(SegmentRule rule, String path, Vocabulary vocabulary, List<FieldProblem> problems) {
		for (int i = 0; i < rule.conditions().size(); i++) {
			check(rule.conditions().get(i), path + ".conditions[" + i + "]", vocabulary, problems);
		}
		for (int i = 0; i < rule.groups().size(); i++) {
			check(rule.groups().get(i), path + ".groups[" + i + "]", vocabulary, problems);
		}
	}

	private static void check(SegmentCondition condition, String path, Vocabulary vocabulary,
			List<FieldProblem> problems) {
		if (condition.field() == null) {
			problems.add(new FieldProblem(path + ".field", "must not be null", "required"));
			return;
		}
		if (!condition.field().operators().contains(condition.operator())) {
			problems.add(new FieldProblem(path + ".operator", condition.field() + " cannot be compared with "
					+ condition.operator(), "segment.operator"));
			return;
		}
		if (condition.values().isEmpty()) {
			problems.add(new FieldProblem(path + ".values", "needs at least one value", "segment.noValue"));
			return;
		}
		if (condition.operator().ordered() && condition.values().size() != 1) {
			problems.add(new FieldProblem(path + ".values", "needs exactly one value to compare with",
					"segment.oneValue"));
			return;
		}
		for (String value : condition.values()) {
			if (!valid(condition, value, vocabulary, path, problems)) {
				problems.add(new FieldProblem(path + ".values", "'" + value + "' is not a valid "
						+ condition.field().name().toLowerCase(java.util.Locale.ROOT), "segment.value"));
				return;
			}
		}
	}

	private static boolean valid(SegmentCondition condition, String value, Vocabulary vocabulary, String path,
			List<FieldProblem> problems) {
		return switch (condition.field()) {
			case TYPE -> isEnum(PartnerType.class, value);
			case STATUS -> isEnum(PartnerStatus.class, value);
			case COUNTRY -> value.matches("[A-Za-z]{2}");
			case REGION, TAG -> value.length() <= 120;
			case PROGRAM -> isUuid(value) && vocabulary.programs().contains(UUID.fromString(value));
			case TIER -> isUuid(value) && vocabulary.tiers().contains(UUID.fromString(value));
			case ATTRIBUTE -> validAttribute(condition, value, vocabulary, path, problems);
			case COMPLIANCE -> isEnum(org.openprm.programs.ComplianceStatus.class, value);
			case FIGURE -> validFigure(condition, value, path, problems);
		};
	}

	private static boolean validAttribute(SegmentCondition condition, String value, Vocabulary vocabulary, String path,
			List<FieldProblem> problems) {
		AttributeType type = condition.attribute() == null ? null : vocabulary.attributes().get(condition.attribute());
		if (type == null) {
			problems.add(new FieldProblem(path + ".attribute", "is not a defined custom attribute",
					"segment.attribute"));
			return true;
		}
		if (!condition.operator().ordered()) {
			return true;
		}
		return switch (type) {
			case NUMBER -> isNumber(value);
			case DATE -> isDate(value);
			default -> false;
		};
	}

	private static boolean validFigure(SegmentCondition condition, String value, String path, List<FieldProblem> problems) {
		if (condition.attribute() == null || !isEnum(org.openprm.programs.Metric.class, condition.attribute())
				|| condition.attribute().equalsIgnoreCase("CUSTOM_ATTRIBUTE")) {
			problems.add(new FieldProblem(path + ".attribute", "is not a metric", "segment.metric"));
			return true;
		}
		return isNumber(value);
	}

	static boolean isNumber(String value) {
		try {
			new BigDecimal(value);
			return true;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	private static boolean isDate(String value) {
		try {
			LocalDate.parse(value);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	private static boolean isUuid(String value) {
		try {
			UUID.fromString(value);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static <E extends Enum<E>> boolean isEnum(Class<E> type, String value) {
		try {
			Enum.valueOf(type, value.toUpperCase(java.util.Locale.ROOT));
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}
}

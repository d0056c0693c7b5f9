package org.openprm.partners.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openprm.shared.InvalidInput;
import org.openprm.shared.InvalidInput.FieldProblem;

/**
 * Checks custom attribute values against their definitions: known keys only, required ones present,
 * numbers, ISO dates and choices well-formed. Returns the values normalised.
 */
public final class AttributeValues {

	private AttributeValues() {
	}

	public static Map<String, String> validate(Map<String, String> values, List<CustomAttributeDefinition> definitions) {
		Map<String, String> given = values == null ? Map.of() : values;
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, String> result = new LinkedHashMap<>();
		Map<String, CustomAttributeDefinition> byKey = new LinkedHashMap<>();
		definitions.forEach(d -> byKey.put(d.key(), d));
		given.keySet().stream().filter(k -> !byKey.containsKey(k))
			.forEach(k -> problems.add(new FieldProblem("attributes." + k, "is not a defined attribute", "attribute.unknown")));
		for (CustomAttributeDefinition definition : definitions) {
			String value = given.get(definition.key());
			String field = "attributes." + definition.key();
			if (value == null || value.isBlank()) {
				if (definition.required()) {
					problems.add(new FieldProblem(field, "is required", "required"));
				}
				continue;
			}
			FieldProblem problem = check(field, definition, value.trim());
			if (problem != null) {
				problems.add(problem);
			}
			else {
				result.put(definition.key(), value.trim());
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return result;
	}

	private static FieldProblem check(String field, CustomAttributeDefinition definition, String value) {
		if (value.length() > 1000) {
			return new FieldProblem(field, "must be at most 1000 characters", "attribute.tooLong");
		}
		return switch (definition.type()) {
			case TEXT -> null;
			case NUMBER -> isNumber(value) ? null : new FieldProblem(field, "must be a number", "attribute.number");
			case DATE -> isDate(value) ? null : new FieldProblem(field, "must be a date (YYYY-MM-DD)", "attribute.date");
			case CHOICE -> definition.choices().contains(value) ? null
					: new FieldProblem(field, "must be one of " + definition.choices(), "attribute.choice");
		};
	}

	private static boolean isNumber(String value) {
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
}

package org.openprm.programs;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.openprm.identity.JobRole;
import org.openprm.shared.InvalidInput;

/**
 * Rules for figures and requirements: which metrics take a qualifier (job role, attribute key) and
 * what values they take; shared by the import, the requirement editor and the what-if.
 */
final class FigureInput {

	private FigureInput() {
	}

	static String qualifier(Metric metric, String qualifier) {
		String q = qualifier == null ? "" : qualifier.trim();
		if (metric == Metric.CERTIFIED_PEOPLE) {
			try {
				return JobRole.valueOf(q.toUpperCase(Locale.ROOT)).name();
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInput.of("qualifier", "must be a job role: " + List.of(JobRole.values()), "figure.jobRole");
			}
		}
		if (metric == Metric.CUSTOM_ATTRIBUTE) {
			if (!q.matches("[a-z][a-z0-9_]{0,59}")) {
				throw InvalidInput.of("qualifier", "must be the key of a custom attribute", "figure.attributeKey");
			}
			return q;
		}
		return "";
	}

	/** The number a numeric metric needs; null for a custom attribute's text. */
	static BigDecimal number(Metric metric, String value) {
		try {
			BigDecimal number = new BigDecimal(value.trim());
			if (number.signum() < 0 || number.precision() - number.scale() > 15) {
				throw new NumberFormatException();
			}
			return number;
		}
		catch (NumberFormatException | NullPointerException ex) {
			if (metric == Metric.CUSTOM_ATTRIBUTE && value != null && !value.isBlank() && value.length() <= 200) {
				return null;
			}
			throw InvalidInput.of("value", "must be a number, 0 or more", "figure.value");
		}
	}
}

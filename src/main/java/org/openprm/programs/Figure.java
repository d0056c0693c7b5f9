package org.openprm.programs;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A partner's current figure for one metric (and qualifier): a number (revenue with its currency) or,
 * for custom attributes, a text; it may expire (a certification running out).
 */
public record Figure(Metric metric, String qualifier, BigDecimal value, String text, String currency,
		LocalDate expiresOn) {
}

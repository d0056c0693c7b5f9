package org.openprm.programs;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A requirement against the partner's figure: required vs actual, whether it is met, whether it is
 * close to failing, and when the figure that meets it expires; {@code shortfall} is what is missing.
 */
public record RequirementCheck(Requirement requirement, BigDecimal actual, String actualText, boolean met,
		boolean nearFailing, LocalDate expiresOn, BigDecimal shortfall) {
}

package org.openprm.deals.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * One reason why a candidate matched and the points it adds to the candidate's score (negative points
 * lower it). A candidate's score is the sum of its reasons' points, so every point is explained.
 *
 * @param type what matched
 * @param points this reason's share of the score
 * @param messageKey message key of the human-readable text, for translated UIs
 * @param arguments the message arguments, already formatted as text
 * @param text the message in English, e.g. "same domain globex.com"
 */
public record MatchReason(ReasonType type, double points, String messageKey, List<String> arguments, String text) {

	public MatchReason {
		arguments = List.copyOf(arguments);
	}

	static MatchReason of(ReasonType type, double points, String... arguments) {
		String text = new MessageFormat(type.englishPattern(), Locale.ENGLISH).format(arguments);
		return new MatchReason(type, round(points), type.messageKey(), List.of(arguments), text);
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/** Two decimals ("0.94"), rounded as String.format does, which cost a quarter of a check's CPU. */
	static String decimal(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}
}

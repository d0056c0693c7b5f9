package org.openprm.deals.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

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
		return new MatchReason(type, round(points), type.messageKey(), List.of(arguments),
				fill(type.englishPattern(), arguments));
	}

	/**
	 * The pattern with its {@code {n}} placeholders filled in, in one pass. The English patterns hold no
	 * quotes or formats, so this writes what {@link java.text.MessageFormat} would, without parsing the
	 * pattern again for every reason of every record a check scores.
	 */
	static String fill(String pattern, String... arguments) {
		StringBuilder text = new StringBuilder(pattern.length() + 48);
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' && i + 2 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))
					&& pattern.charAt(i + 2) == '}') {
				text.append(arguments[pattern.charAt(i + 1) - '0']);
				i += 2;
			}
			else {
				text.append(c);
			}
		}
		return text.toString();
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/** Two decimals ("0.94"), rounded as String.format does, which cost a quarter of a check's CPU. */
	static String decimal(double value) {
		return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
	}
}

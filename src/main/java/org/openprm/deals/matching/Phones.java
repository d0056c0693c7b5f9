package org.openprm.deals.matching;

/**
 * Reduces phone numbers to the digits that identify a line, so "+49 (30) 123-4567", "0049 30 1234567"
 * and "030 1234567" compare equal: the last nine digits of the number without international or trunk
 * prefix. Numbers with fewer than seven digits are not compared at all.
 */
public final class Phones {

	static final int COMPARED_DIGITS = 9;
	private static final int MIN_DIGITS = 7;

	private Phones() {
	}

	/** The comparable digits, or an empty string when the number is too short to compare. */
	public static String normalise(String phone) {
		if (Text.isBlank(phone)) {
			return "";
		}
		String digits = phone.replaceAll("[^0-9]", "");
		digits = stripLeadingZeros(digits);
		if (digits.length() < MIN_DIGITS) {
			return "";
		}
		return digits.substring(Math.max(0, digits.length() - COMPARED_DIGITS));
	}

	/** "00" starts an international number and "0" a national trunk prefix in most countries. */
	private static String stripLeadingZeros(String digits) {
		int start = 0;
		while (start < digits.length() && digits.charAt(start) == '0') {
			start++;
		}
		return digits.substring(start);
	}
}

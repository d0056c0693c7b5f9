package org.openprm.shared;

/**
 * Defuses CSV formula injection: a cell that starts like a formula is prefixed with an apostrophe,
 * so spreadsheets show it as text instead of running it.
 */
public final class CsvCells {

	private CsvCells() {
	}

	public static String safe(String value) {
		if (value == null || value.isEmpty()) {
			return value;
		}
		char first = value.charAt(0);
		if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
				|| first == '|') {
			return "'" + value;
		}
		return value;
	}
}

package org.openprm.leads;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.openprm.shared.InvalidInput;

/**
 * Turns a CSV row (its headers renamed by the import's mapping) into a lead draft.
 */
final class LeadCsvRows {

	private LeadCsvRows() {
	}

	static Map<String, String> mapped(Map<String, String> raw, Map<String, String> mapping) {
		Map<String, String> row = new HashMap<>();
		raw.forEach((header, value) -> row.put(mapping.getOrDefault(header, header), value));
		return row;
	}

	static LeadDraft draft(Map<String, String> row) {
		List<String> interests = blank(row.get("productInterest")) ? List.of()
				: Arrays.stream(row.get("productInterest").split("[;|]")).map(String::trim).toList();
		return new LeadDraft(row.get("company"), row.get("contactName"), row.get("email"), row.get("phone"),
				row.get("country"), row.get("region"), row.get("postalCode"), decimal(row, "latitude"),
				decimal(row, "longitude"), interests, row.get("source"), integer(row), decimal(row, "estimatedValue"),
				row.get("currency"), null);
	}

	private static BigDecimal decimal(Map<String, String> row, String field) {
		String value = row.get(field);
		if (blank(value)) {
			return null;
		}
		try {
			return new BigDecimal(value.trim().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw InvalidInput.of(field, "is not a number", "number");
		}
	}

	private static Integer integer(Map<String, String> row) {
		BigDecimal size = decimal(row, "companySize");
		return size == null ? null : size.intValue();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}

package org.openprm.leads;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.openprm.deals.CustomerNames;
import org.openprm.leads.domain.LeadDetails;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.InvalidInput.FieldProblem;

/**
 * Checks and tidies a received lead; collects every problem, so a form or CSV row shows all at once.
 */
final class LeadIntake {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

	private final LeadSettings settings;

	private final List<FieldProblem> problems = new ArrayList<>();

	LeadIntake(LeadSettings settings) {
		this.settings = settings;
	}

	LeadDetails details(LeadDraft d) {
		String company = text("company", d.company(), 200, true);
		String email = text("email", d.email(), 320, false);
		if (email != null && !EMAIL.matcher(email).matches()) {
			problems.add(new FieldProblem("email", "is not an e-mail address", "email"));
		}
		String country = text("country", d.country(), 2, false);
		country = country == null ? null : country.toUpperCase(Locale.ROOT);
		if (country != null && !COUNTRY.matcher(country).matches()) {
			problems.add(new FieldProblem("country", "must be a two-letter ISO country code", "country"));
		}
		Double latitude = coordinate("latitude", d.latitude(), 90);
		Double longitude = coordinate("longitude", d.longitude(), 180);
		if ((latitude == null) != (longitude == null)) {
			problems.add(new FieldProblem(latitude == null ? "latitude" : "longitude", "is required with the other coordinate",
					"required"));
		}
		List<String> interests = d.productInterest() == null ? List.of() : d.productInterest().stream()
			.filter(p -> p != null && !p.isBlank()).map(p -> p.trim().toLowerCase(Locale.ROOT)).distinct().toList();
		if (String.join(",", interests).length() > 1000) {
			problems.add(new FieldProblem("productInterest", "is too long", "size"));
		}
		String currency = text("currency", d.currency(), 3, false);
		if (currency != null && settings.currencies().stream().noneMatch(currency::equalsIgnoreCase)) {
			problems.add(new FieldProblem("currency", "is not one of " + settings.currencies(), "currency"));
		}
		if (d.estimatedValue() != null && (d.estimatedValue().signum() < 0
				|| d.estimatedValue().compareTo(new BigDecimal("1000000000")) > 0)) {
			problems.add(new FieldProblem("estimatedValue", "must be between 0 and 1,000,000,000", "range"));
		}
		if (d.estimatedValue() != null && currency == null) {
			problems.add(new FieldProblem("currency", "is required with an estimated value", "required"));
		}
		if (d.companySize() != null && d.companySize() < 0) {
			problems.add(new FieldProblem("companySize", "must not be negative", "range"));
		}
		return new LeadDetails(company, text("contactName", d.contactName(), 200, false), email,
				text("phone", d.phone(), 40, false), country, text("region", d.region(), 120, false),
				text("postalCode", d.postalCode(), 20, false), latitude, longitude, interests,
				lower(text("source", d.source(), 60, false)), d.companySize(), d.estimatedValue(),
				currency == null ? null : currency.toUpperCase(Locale.ROOT));
	}

	void check() {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private String text(String field, String value, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "is required", "required"));
			}
			return null;
		}
		String trimmed = value.trim();
		if (trimmed.length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters", "size"));
		}
		return trimmed;
	}

	private Double coordinate(String field, BigDecimal value, int limit) {
		if (value == null) {
			return null;
		}
		if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
			problems.add(new FieldProblem(field, "must be between -" + limit + " and " + limit, "range"));
			return null;
		}
		return value.doubleValue();
	}

	private static String lower(String value) {
		return value == null ? null : value.toLowerCase(Locale.ROOT);
	}

	/** The key under which leads for the same company are found: letters and digits of the name, lower case. */
	/** Open leads of the same key are duplicates: the name as the deal matcher normalises it. */
	static String companyKey(String company) {
		return CustomerNames.key(company);
	}
}

package org.openprm.recruitment.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.openprm.recruitment.ApplicationDraft;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.InvalidInput.FieldProblem;

/**
 * Checks what an applicant entered and cleans it up; all problems at once, each on its field.
 */
public final class ApplicationRules {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern DOMAIN = Pattern.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

	private static final Pattern PHONE = Pattern.compile("^[0-9+()./\\- ]{5,50}$");

	private ApplicationRules() {
	}

	/** The checked draft as stored facts and contact; throws {@link InvalidInput} listing every problem. */
	public static Checked check(ApplicationDraft draft) {
		List<FieldProblem> problems = new ArrayList<>();
		String company = text(draft.company(), "company", 200, true, problems);
		String website = text(draft.website(), "website", 300, false, problems);
		String domain = website == null ? null : domainOf(website);
		if (website != null && !DOMAIN.matcher(domain).matches()) {
			problems.add(new FieldProblem("website", "is not a valid web address", "recruitment.website"));
		}
		String country = draft.country() == null ? "" : draft.country().trim().toUpperCase(Locale.ROOT);
		if (!country.matches("[A-Z]{2}")) {
			problems.add(new FieldProblem("country", "must be a two-letter ISO country code", "country"));
		}
		List<String> regions = regions(draft.regions(), problems);
		if (draft.partnerType() == null) {
			problems.add(new FieldProblem("partnerType", "is required", "required"));
		}
		String capabilities = text(draft.capabilities(), "capabilities", 2000, false, problems);
		String products = text(draft.products(), "products", 2000, false, problems);
		BigDecimal volume = draft.expectedYearlyVolume();
		if (volume != null && (volume.signum() < 0 || volume.compareTo(new BigDecimal("1000000000000")) > 0)) {
			problems.add(new FieldProblem("expectedYearlyVolume", "must be between 0 and 1,000,000,000,000", "recruitment.volume"));
		}
		String currency = draft.currency() == null || draft.currency().isBlank() ? "EUR"
				: draft.currency().trim().toUpperCase(Locale.ROOT);
		if (!currency.matches("[A-Z]{3}")) {
			problems.add(new FieldProblem("currency", "must be a three-letter ISO currency code", "recruitment.currency"));
		}
		String name = text(draft.contactName(), "contactName", 200, true, problems);
		String email = text(draft.contactEmail(), "contactEmail", 320, true, problems);
		if (email != null && !EMAIL.matcher(email).matches()) {
			problems.add(new FieldProblem("contactEmail", "is not a valid e-mail address", "email"));
		}
		String phone = text(draft.contactPhone(), "contactPhone", 50, false, problems);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			problems.add(new FieldProblem("contactPhone", "is not a valid phone number", "recruitment.phone"));
		}
		if (!draft.consent()) {
			problems.add(new FieldProblem("consent", "you must agree to be contacted", "recruitment.consent"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Checked(new ApplicationFacts(company, website, domain, country, regions, draft.partnerType(),
				capabilities, products, draft.programmeId(), volume, volume == null ? null : currency),
				new ApplicationContact(name, email.toLowerCase(Locale.ROOT), phone));
	}

	/** A checked application: the facts and the contact. */
	public record Checked(ApplicationFacts facts, ApplicationContact contact) {
	}

	public static String domainOf(String website) {
		return website.trim().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
			.replaceFirst("[/?#:].*$", "");
	}

	private static List<String> regions(List<String> regions, List<FieldProblem> problems) {
		List<String> clean = regions == null ? List.of()
				: regions.stream().filter(r -> r != null && !r.isBlank()).map(r -> r.trim().toUpperCase(Locale.ROOT))
					.distinct().toList();
		if (clean.isEmpty()) {
			problems.add(new FieldProblem("regions", "name at least one region you serve", "recruitment.regions"));
		}
		else if (clean.size() > 20 || clean.stream().anyMatch(r -> r.length() > 60 || r.contains(","))) {
			problems.add(new FieldProblem("regions", "at most 20 regions of up to 60 characters, without commas", "recruitment.regions.invalid"));
		}
		return clean;
	}

	private static String text(String value, String field, int max, boolean required, List<FieldProblem> problems) {
		String clean = value == null || value.isBlank() ? null : value.trim();
		if (clean == null && required) {
			problems.add(new FieldProblem(field, "is required", "required"));
		}
		if (clean != null && clean.length() > max) {
			problems.add(new FieldProblem(field, "must be at most " + max + " characters", "recruitment.tooLong"));
		}
		return clean;
	}
}

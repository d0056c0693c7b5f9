package org.openprm.deals.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.openprm.deals.DealSettings;
import org.openprm.deals.EndCustomer;
import org.openprm.deals.ProductLine;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.InvalidInput.FieldProblem;

/**
 * The business checks of what a partner enters: each broken rule becomes a field error with a
 * {@code problem.*} code, all of them at once.
 */
public final class DealInputRules {

	private static final Pattern DOMAIN = Pattern
		.compile("^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final BigDecimal MAX_QUANTITY = BigDecimal.valueOf(10_000_000);

	private final List<FieldProblem> problems = new ArrayList<>();

	private final DealSettings settings;

	public DealInputRules(DealSettings settings) {
		this.settings = settings;
	}

	/** The customer with its domain reduced to a bare host name ("https://www.globex.com/x" to "globex.com"). */
	public EndCustomer customer(EndCustomer customer) {
		if (customer == null) {
			problems.add(new FieldProblem("customer", "is required", "required"));
			return null;
		}
		if (blank(customer.name())) {
			problems.add(new FieldProblem("customer.name", "is required", "required"));
		}
		String domain = domain(customer.domain());
		if (domain != null && !DOMAIN.matcher(domain).matches()) {
			problems.add(new FieldProblem("customer.domain", "is not a valid domain name", "domain"));
		}
		String country = trim(customer.country());
		if (country == null || !country.toUpperCase(Locale.ROOT).matches("[A-Z]{2}")) {
			problems.add(new FieldProblem("customer.country", "must be a two-letter ISO country code", "country"));
		}
		if (!blank(customer.contactEmail()) && !EMAIL.matcher(customer.contactEmail().trim()).matches()) {
			problems.add(new FieldProblem("customer.contactEmail", "is not a valid e-mail address", "email"));
		}
		return new EndCustomer(trim(customer.name()), domain, country == null ? null : country.toUpperCase(Locale.ROOT),
				trim(customer.city()), trim(customer.postalCode()), trim(customer.street()), trim(customer.contactName()),
				trim(customer.contactEmail()), trim(customer.phone()));
	}

	public List<ProductLine> lines(List<ProductLine> lines) {
		List<ProductLine> clean = new ArrayList<>();
		List<ProductLine> given = lines == null ? List.of() : lines;
		for (int i = 0; i < given.size(); i++) {
			ProductLine line = given.get(i);
			String at = "lines[" + i + "]";
			if (line == null) {
				problems.add(new FieldProblem(at, "is required", "required"));
				continue;
			}
			if (blank(line.productName())) {
				problems.add(new FieldProblem(at + ".productName", "is required", "required"));
			}
			if (line.quantity() == null || line.quantity().signum() <= 0 || line.quantity().compareTo(MAX_QUANTITY) > 0) {
				problems.add(new FieldProblem(at + ".quantity", "must be more than 0 and at most 10,000,000", "quantity"));
			}
			if (line.unitPrice() == null || line.unitPrice().signum() < 0 || line.unitPrice().compareTo(settings.maxAmount()) > 0) {
				problems.add(new FieldProblem(at + ".unitPrice", "must be 0 or more and plausible", "unitPrice"));
			}
			clean.add(new ProductLine(trim(line.productCode()), trim(line.productName()), line.quantity(), line.unitPrice()));
		}
		return clean;
	}

	/** The given total, or the sum of the lines when none is given. */
	public BigDecimal amount(BigDecimal amount, List<ProductLine> lines) {
		BigDecimal total = amount;
		if (total == null && !lines.isEmpty() && problems.isEmpty()) {
			total = lines.stream().map(ProductLine::total).reduce(BigDecimal.ZERO, BigDecimal::add);
		}
		if (total == null) {
			problems.add(new FieldProblem("amount", "is required when there are no product lines", "required"));
		}
		else if (total.signum() <= 0) {
			problems.add(new FieldProblem("amount", "must be more than 0", "amount.positive"));
		}
		else if (total.compareTo(settings.maxAmount()) > 0) {
			problems.add(new FieldProblem("amount", "is implausibly large (at most " + settings.maxAmount().toPlainString() + ")",
					"amount.tooLarge"));
		}
		else if (total.stripTrailingZeros().scale() > 4) {
			problems.add(new FieldProblem("amount", "has more than 4 decimal places", "amount.scale"));
		}
		return total;
	}

	public String currency(String currency) {
		if (blank(currency)) {
			problems.add(new FieldProblem("currency", "is required", "required"));
			return null;
		}
		String code = currency.trim().toUpperCase(Locale.ROOT);
		try {
			Currency.getInstance(code);
		}
		catch (IllegalArgumentException notIso) {
			problems.add(new FieldProblem("currency", "is not an ISO 4217 currency code", "currency.unknown"));
			return code;
		}
		if (!settings.allowsCurrency(code)) {
			problems.add(new FieldProblem("currency", "is not accepted; use one of " + settings.currencies(),
					"currency.notAccepted"));
		}
		return code;
	}

	public LocalDate closeDate(LocalDate date, LocalDate today) {
		if (date == null) {
			problems.add(new FieldProblem("expectedCloseDate", "is required", "required"));
		}
		else if (date.isBefore(today)) {
			problems.add(new FieldProblem("expectedCloseDate", "must not be in the past", "closeDate.past"));
		}
		else if (date.isAfter(today.plusYears(5))) {
			problems.add(new FieldProblem("expectedCloseDate", "must be within 5 years", "closeDate.tooFar"));
		}
		return date;
	}

	public void problem(String field, String message, String code) {
		problems.add(new FieldProblem(field, message, code));
	}

	/** Fails with every problem found so far. */
	public void check() {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private static String domain(String domain) {
		if (blank(domain)) {
			return null;
		}
		return domain.trim().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
			.replaceFirst("[/?#].*$", "");
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String trim(String text) {
		return blank(text) ? null : text.trim();
	}
}

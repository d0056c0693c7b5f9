package org.openprm.funds;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import org.openprm.shared.InvalidInput;

/** Amounts at the scale of their currency, and checks of currency codes and amounts. */
public final class Money {

	private Money() {
	}

	public static BigDecimal of(BigDecimal amount, String currency) {
		return amount.setScale(Currency.getInstance(currency).getDefaultFractionDigits(), RoundingMode.HALF_UP);
	}

	/** The ISO 4217 code, upper case; refuses anything else with a field error. */
	public static String currency(String field, String code) {
		if (code == null || code.isBlank()) {
			throw InvalidInput.of(field, "is required", "required");
		}
		String upper = code.trim().toUpperCase(java.util.Locale.ROOT);
		try {
			if (upper.length() == 3 && Currency.getInstance(upper) != null) {
				return upper;
			}
		}
		catch (IllegalArgumentException unknown) {
			// falls through to the field error
		}
		throw InvalidInput.of(field, "is not an ISO 4217 currency code", "funds.currency");
	}

	/** A positive amount at the currency's scale; zero and negative amounts are refused. */
	public static BigDecimal positive(String field, BigDecimal amount, String currency) {
		if (amount == null) {
			throw InvalidInput.of(field, "is required", "required");
		}
		if (amount.signum() <= 0) {
			throw InvalidInput.of(field, "must be greater than zero", "funds.amount.positive");
		}
		if (amount.scale() > Currency.getInstance(currency).getDefaultFractionDigits() && amount.stripTrailingZeros().scale()
				> Currency.getInstance(currency).getDefaultFractionDigits()) {
			throw InvalidInput.of(field, "has more decimals than " + currency + " allows", "funds.amount.scale");
		}
		return of(amount, currency);
	}
}

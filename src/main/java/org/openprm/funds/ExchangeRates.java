package org.openprm.funds;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.openprm.funds.domain.FxRateStore;
import org.openprm.identity.Visibility;
import org.openprm.shared.InvalidInput;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchange rates with effective dates, maintained by the vendor (one at a time or as CSV). A conversion
 * uses the rate in force on a day, directly or inverted, and answers the rate it used so it can be kept.
 */
@Service
@Transactional
public class ExchangeRates {

	/** One rate: 1 base = rate quote from effectiveOn on. */
	public record FxRate(String base, String quote, LocalDate effectiveOn, BigDecimal rate) {
	}

	/** An amount converted, with the rate used (1 when the currencies are the same). */
	public record Conversion(BigDecimal amount, BigDecimal rate) {
	}

	private final FxRateStore store;

	private final Visibility visibility;

	ExchangeRates(FxRateStore store, Visibility visibility) {
		this.store = store;
		this.visibility = visibility;
	}

	public FxRate put(FxRate rate) {
		visibility.requireVendor("FxRate", "new");
		String base = Money.currency("base", rate.base());
		String quote = Money.currency("quote", rate.quote());
		if (rate.effectiveOn() == null) {
			throw InvalidInput.of("effectiveOn", "is required", "required");
		}
		if (rate.rate() == null || rate.rate().signum() <= 0) {
			throw InvalidInput.of("rate", "must be greater than zero", "funds.amount.positive");
		}
		if (base.equals(quote)) {
			throw InvalidInput.of("quote", "must differ from the base currency", "funds.fx.same");
		}
		FxRate kept = new FxRate(base, quote, rate.effectiveOn(), rate.rate());
		store.put(new FxRateStore.Rate(base, quote, kept.effectiveOn(), kept.rate()));
		return kept;
	}

	/** Reads base,quote,effectiveOn,rate rows with a header; all rows are checked before any is kept. */
	public List<FxRate> importCsv(Reader csv) {
		visibility.requireVendor("FxRate", "import");
		List<FxRate> rates = new ArrayList<>();
		try {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(csv)) {
				rates.add(row(row));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException | IllegalStateException broken) {
			throw InvalidInput.of("file", "is not a CSV with the columns base, quote, effectiveOn, rate", "funds.fx.csv");
		}
		return rates.stream().map(this::put).toList();
	}

	private static FxRate row(CSVRecord row) {
		try {
			return new FxRate(Money.currency("line " + row.getRecordNumber() + ".base", row.get("base")),
					Money.currency("line " + row.getRecordNumber() + ".quote", row.get("quote")),
					LocalDate.parse(row.get("effectiveOn")), new BigDecimal(row.get("rate")));
		}
		catch (DateTimeParseException | NumberFormatException bad) {
			throw InvalidInput.of("line " + row.getRecordNumber(), "has an unreadable date or rate", "funds.fx.csv");
		}
	}

	@Transactional(readOnly = true)
	public List<FxRate> rates() {
		return store.all().stream().map(r -> new FxRate(r.base(), r.quote(), r.effectiveOn(), r.rate())).toList();
	}

	/** Converts at the rate in force on the day; a missing rate is a field error on {@code field}. */
	@Transactional(readOnly = true)
	public Conversion convert(String field, BigDecimal amount, String from, String to, LocalDate day) {
		if (from.equals(to)) {
			return new Conversion(Money.of(amount, to), BigDecimal.ONE);
		}
		BigDecimal rate = store.on(from, to, day).map(FxRateStore.Rate::rate)
			.or(() -> store.on(to, from, day).map(r -> BigDecimal.ONE.divide(r.rate(), MathContext.DECIMAL64)))
			.orElseThrow(() -> InvalidInput.of(field, "no exchange rate from " + from + " to " + to + " on " + day,
					"funds.fx.missing"));
		rate = rate.setScale(8, java.math.RoundingMode.HALF_UP);
		return new Conversion(Money.of(amount.multiply(rate), to), rate);
	}
}

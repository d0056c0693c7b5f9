package org.openprm.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** One exchange rate as the vendor types it in: 1 base = rate quote from effectiveOn on. */
public class RateForm {

	private String base = "USD";

	private String quote = "EUR";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate effectiveOn = LocalDate.now();

	private BigDecimal rate;

	public String getBase() {
		return base;
	}

	public void setBase(String base) {
		this.base = base;
	}

	public String getQuote() {
		return quote;
	}

	public void setQuote(String quote) {
		this.quote = quote;
	}

	public LocalDate getEffectiveOn() {
		return effectiveOn;
	}

	public void setEffectiveOn(LocalDate effectiveOn) {
		this.effectiveOn = effectiveOn;
	}

	public BigDecimal getRate() {
		return rate;
	}

	public void setRate(BigDecimal rate) {
		this.rate = rate;
	}
}

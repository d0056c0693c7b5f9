package org.openprm.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** The vendor's form to create a fund; field names follow the facade's field errors. */
public class FundForm {

	private String name;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodStart;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate periodEnd;

	private String currency = "EUR";

	private BigDecimal amount;

	private UUID partnerId;

	private BigDecimal accrualPercent;

	private boolean carryOver;

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getPeriodStart() {
		return periodStart;
	}

	public void setPeriodStart(LocalDate periodStart) {
		this.periodStart = periodStart;
	}

	public LocalDate getPeriodEnd() {
		return periodEnd;
	}

	public void setPeriodEnd(LocalDate periodEnd) {
		this.periodEnd = periodEnd;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public UUID getPartnerId() {
		return partnerId;
	}

	public void setPartnerId(UUID partnerId) {
		this.partnerId = partnerId;
	}

	public BigDecimal getAccrualPercent() {
		return accrualPercent;
	}

	public void setAccrualPercent(BigDecimal accrualPercent) {
		this.accrualPercent = accrualPercent;
	}

	public boolean getCarryOver() {
		return carryOver;
	}

	public void setCarryOver(boolean carryOver) {
		this.carryOver = carryOver;
	}

}

package org.openprm.programs.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.programs.Metric;
import org.openprm.programs.Requirement;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One requirement row of the tier terms form; the qualifier is a job role or an attribute key.
 */
public class RequirementRow {

	@NotNull
	private Metric metric = Metric.REVENUE_12M;

	@Size(max = 60)
	private String qualifier;

	private BigDecimal minimum;

	@Size(max = 3)
	private String currency;

	@Size(max = 200)
	private String expectedValue;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validFrom;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate validTo;

	static RequirementRow of(Requirement r) {
		RequirementRow row = new RequirementRow();
		row.metric = r.metric();
		row.qualifier = r.qualifier();
		row.minimum = plain(r.minimum());
		row.currency = r.currency();
		row.expectedValue = r.expectedValue();
		row.validFrom = r.validFrom();
		row.validTo = r.validTo();
		return row;
	}

	/** 5 rather than 5.0000 as stored, 10 rather than 1E+1. */
	static BigDecimal plain(BigDecimal value) {
		return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

	Requirement toRequirement(UUID tierId) {
		return new Requirement(null, tierId, metric, qualifier, minimum, currency, expectedValue, validFrom, validTo);
	}

	public Metric getMetric() {
		return metric;
	}

	public void setMetric(Metric metric) {
		this.metric = metric;
	}

	public String getQualifier() {
		return qualifier;
	}

	public void setQualifier(String qualifier) {
		this.qualifier = qualifier;
	}

	public BigDecimal getMinimum() {
		return minimum;
	}

	public void setMinimum(BigDecimal minimum) {
		this.minimum = minimum;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public String getExpectedValue() {
		return expectedValue;
	}

	public void setExpectedValue(String expectedValue) {
		this.expectedValue = expectedValue;
	}

	public LocalDate getValidFrom() {
		return validFrom;
	}

	public void setValidFrom(LocalDate validFrom) {
		this.validFrom = validFrom;
	}

	public LocalDate getValidTo() {
		return validTo;
	}

	public void setValidTo(LocalDate validTo) {
		this.validTo = validTo;
	}
}

package org.openprm.programs.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.programs.Figure;
import org.openprm.programs.Metric;

/**
 * One figure of the what-if form: a number, or a text for a custom attribute; empty means unchanged.
 */
public class FigureRow {

	@NotNull
	private Metric metric;

	@Size(max = 60)
	private String qualifier;

	@Size(max = 200)
	private String value;

	@Size(max = 3)
	private String currency;

	static FigureRow of(Figure figure) {
		FigureRow row = new FigureRow();
		row.metric = figure.metric();
		row.qualifier = figure.qualifier();
		row.value = figure.value() != null ? figure.value().stripTrailingZeros().toPlainString() : figure.text();
		row.currency = figure.currency();
		return row;
	}

	boolean blank() {
		return value == null || value.isBlank();
	}

	/** The figure entered; null when the value is not a number where one is needed. */
	Figure toFigure() {
		String q = qualifier == null ? "" : qualifier;
		try {
			BigDecimal number = new BigDecimal(value.trim());
			return number.signum() < 0 ? null : new Figure(metric, q, number, null, currency, null);
		}
		catch (NumberFormatException ex) {
			return metric == Metric.CUSTOM_ATTRIBUTE ? new Figure(metric, q, null, value.trim(), null, null) : null;
		}
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

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}
}

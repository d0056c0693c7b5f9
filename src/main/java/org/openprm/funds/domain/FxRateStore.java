package org.openprm.funds.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Exchange rates with effective dates; a rate holds from its date until the next one. */
@Component
public class FxRateStore {

	/** One rate: 1 base = rate quote, from effectiveOn on. */
	public record Rate(String base, String quote, LocalDate effectiveOn, BigDecimal rate) {
	}

	private final JdbcClient jdbc;

	FxRateStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void put(Rate rate) {
		jdbc.sql("DELETE FROM fund_fx_rates WHERE base_currency = ? AND quote_currency = ? AND effective_on = ?")
			.params(rate.base(), rate.quote(), rate.effectiveOn()).update();
		jdbc.sql("INSERT INTO fund_fx_rates (base_currency, quote_currency, effective_on, rate) VALUES (?, ?, ?, ?)")
			.params(rate.base(), rate.quote(), rate.effectiveOn(), rate.rate()).update();
	}

	public Optional<Rate> on(String base, String quote, LocalDate day) {
		return jdbc.sql("SELECT base_currency, quote_currency, effective_on, rate FROM fund_fx_rates "
				+ "WHERE base_currency = ? AND quote_currency = ? AND effective_on <= ? ORDER BY effective_on DESC LIMIT 1")
			.params(base, quote, day).query(FxRateStore::rate).optional();
	}

	public List<Rate> all() {
		return jdbc.sql("SELECT base_currency, quote_currency, effective_on, rate FROM fund_fx_rates "
				+ "ORDER BY base_currency, quote_currency, effective_on DESC").query(FxRateStore::rate).list();
	}

	private static Rate rate(java.sql.ResultSet row, int n) throws java.sql.SQLException {
		return new Rate(row.getString(1), row.getString(2), row.getObject(3, LocalDate.class), row.getBigDecimal(4));
	}
}

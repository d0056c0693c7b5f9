package org.openprm.deals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The weighted forecast of the open pipeline: for each period, group and currency the number of deals,
 * their amount and the amount weighted by the win probability of their stage (won deals at 100 %).
 * Amounts in different currencies are never added up.
 *
 * @param probabilities the probability applied to each stage
 * @param rows by period, then group label, then currency
 * @param totals per currency over all periods
 */
public record DealForecast(ForecastPeriod period, ForecastDimension by, Map<DealStage, BigDecimal> probabilities,
		List<Row> rows, List<Row> totals) {

	/**
	 * @param period {@code 2026-03} or {@code 2026-Q1}; null in totals
	 * @param key the group's id (partner id, country code, product code); null when not grouped or unknown
	 * @param label what users read for the group (partner name, country, product name)
	 */
	public record Row(String period, String key, String label, String currency, long deals, BigDecimal amount,
			BigDecimal weighted) {
	}
}

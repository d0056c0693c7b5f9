package org.openprm.deals;

import java.math.BigDecimal;
import java.util.List;

/**
 * The open pipeline by sales stage: how many deals each stage holds, their amount per currency and the
 * first cards by expected close date.
 */
public record DealBoard(List<Column> columns) {

	public record Column(DealStage stage, BigDecimal probability, long count, List<CurrencyAmount> amounts,
			List<DealCard> cards) {
	}

	public record CurrencyAmount(String currency, BigDecimal amount) {
	}
}

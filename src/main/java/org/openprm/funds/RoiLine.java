package org.openprm.funds;

import java.math.BigDecimal;

/**
 * What funded activities produced, for one activity, partner, programme or theme, in one currency:
 * spend (approved claims), pipeline (linked deals that are open or won) and won revenue. Deals in a
 * currency without a rate to it are counted in {@code unconverted} instead of being added wrongly.
 */
public record RoiLine(String dimension, String key, String label, String currency, BigDecimal spend,
		BigDecimal pipeline, BigDecimal won, int deals, int unconverted) {

	RoiLine plus(RoiLine other) {
		return new RoiLine(dimension, key, label, currency, spend.add(other.spend), pipeline.add(other.pipeline),
				won.add(other.won), deals + other.deals, unconverted + other.unconverted);
	}
}

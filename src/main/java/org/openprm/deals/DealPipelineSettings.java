package org.openprm.deals;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the pipeline weighs open deals ({@code prm.deals.stage-probabilities.<STAGE>}, in percent); a stage
 * left out keeps the probability {@link DealStage} defines.
 *
 * @param stageProbabilities win probability per sales stage, 0 to 100
 */
@ConfigurationProperties("prm.deals")
public record DealPipelineSettings(Map<DealStage, Integer> stageProbabilities) {

	public DealPipelineSettings {
		Map<DealStage, Integer> given = stageProbabilities == null ? Map.of() : stageProbabilities;
		given.forEach((stage, percent) -> {
			if (percent == null || percent < 0 || percent > 100) {
				throw new IllegalArgumentException("prm.deals.stage-probabilities." + stage + " must be 0..100, not " + percent);
			}
		});
		stageProbabilities = Map.copyOf(given);
	}

	/** The probability as a fraction (0.25 for 25 %). */
	public BigDecimal probability(DealStage stage) {
		Integer percent = stageProbabilities.get(stage);
		return percent == null ? stage.probability() : BigDecimal.valueOf(percent, 2);
	}

	/** Every stage with its probability, in stage order. */
	public Map<DealStage, BigDecimal> probabilities() {
		Map<DealStage, BigDecimal> all = new EnumMap<>(DealStage.class);
		for (DealStage stage : DealStage.values()) {
			all.put(stage, probability(stage));
		}
		return all;
	}
}

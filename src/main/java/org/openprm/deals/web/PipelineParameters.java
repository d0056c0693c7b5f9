package org.openprm.deals.web;

import java.util.Locale;

import org.openprm.deals.ForecastDimension;
import org.openprm.deals.ForecastPeriod;
import org.openprm.shared.InvalidInput;

/**
 * Reads the pipeline's query parameters as users type them ({@code period=quarter}, {@code by=partner});
 * anything else is a field error, not a server error.
 */
final class PipelineParameters {

	private PipelineParameters() {
	}

	static ForecastPeriod period(String value) {
		return parse(ForecastPeriod.class, "period", value, ForecastPeriod.MONTH, "must be month or quarter");
	}

	static ForecastDimension dimension(String value) {
		return parse(ForecastDimension.class, "by", value, ForecastDimension.NONE,
				"must be partner, country, product or none");
	}

	private static <E extends Enum<E>> E parse(Class<E> type, String field, String value, E fallback, String message) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw InvalidInput.of(field, message, "deal.pipeline." + field);
		}
	}
}

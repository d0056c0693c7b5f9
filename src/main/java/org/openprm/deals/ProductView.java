package org.openprm.deals;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * A catalogue product with its list prices by ISO 4217 currency.
 */
public record ProductView(UUID id, String code, String name, boolean active, Map<String, BigDecimal> prices,
		long version) {
}

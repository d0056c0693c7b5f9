package org.openprm.deals;

import java.math.BigDecimal;

/**
 * One line of a deal: a product (from the catalogue or named freely), a quantity and a unit price in
 * the deal's currency.
 */
public record ProductLine(String productCode, String productName, BigDecimal quantity, BigDecimal unitPrice) {

	public BigDecimal total() {
		return quantity.multiply(unitPrice);
	}
}

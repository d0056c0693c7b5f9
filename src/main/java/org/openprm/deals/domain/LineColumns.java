package org.openprm.deals.domain;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;

import org.openprm.deals.ProductLine;

/**
 * One product line as stored on a registration.
 */
@Embeddable
class LineColumns {

	private String productCode;

	private String productName;

	private BigDecimal quantity;

	private BigDecimal unitPrice;

	protected LineColumns() {
	}

	LineColumns(ProductLine line) {
		this.productCode = line.productCode();
		this.productName = line.productName();
		this.quantity = line.quantity();
		this.unitPrice = line.unitPrice();
	}

	ProductLine toLine() {
		return new ProductLine(productCode, productName, quantity.stripTrailingZeros(), unitPrice.stripTrailingZeros());
	}
}

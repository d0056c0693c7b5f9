package org.openprm.deals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A two-way update: the fields either side may change for the life of a deal. A null field stays as it
 * is. {@code customer} may change only while the vendor has not decided (draft, more information).
 */
public record DealChanges(DealStage stage, BigDecimal amount, String currency, LocalDate expectedCloseDate,
		String description, List<ProductLine> lines, EndCustomer customer) {
}

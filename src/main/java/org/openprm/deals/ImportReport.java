package org.openprm.deals;

import java.util.List;

/**
 * What a CSV import did: rows created and updated, and each refused row with its errors (row 1 is the
 * first data row after the header).
 */
public record ImportReport(int created, int updated, List<RowError> errors) {

	public record RowError(long row, String field, String message) {
	}
}

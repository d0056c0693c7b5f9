package org.openprm.programs;

import java.util.List;

/**
 * What a figures import did: rows imported, and for each refused row its line, field and reason.
 */
public record FigureImportReport(int imported, List<RowError> errors) {

	public record RowError(long line, String field, String message) {
	}
}

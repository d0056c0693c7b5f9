package org.openprm.programs;

import java.util.List;

/**
 * What a figures import did: rows imported, and for each refused row its line, field and reason.
 * Serializable: the portal shows it after a redirect, keeping it in the (JDBC) session meanwhile.
 */
public record FigureImportReport(int imported, List<RowError> errors) implements java.io.Serializable {

	public record RowError(long line, String field, String message) implements java.io.Serializable {
	}
}

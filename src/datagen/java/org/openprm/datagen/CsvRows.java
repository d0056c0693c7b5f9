package org.openprm.datagen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.SQLException;

/**
 * Rows as CSV in PostgreSQL's COPY dialect, which H2's {@code CSVREAD} reads the same way: strings quoted
 * (an embedded quote doubled), other values as their {@code toString()}, and NULL as an unquoted empty
 * field, so that an empty string (quoted) stays apart from NULL.
 */
final class CsvRows implements TableLoader.Rows {

	private final Writer out;

	private final int width;

	private long count;

	CsvRows(Writer out, int width) {
		this.out = out;
		this.width = width;
	}

	@Override
	public void add(Object... values) {
		if (values.length != width) {
			throw new IllegalArgumentException("Expected " + width + " values, got " + values.length);
		}
		try {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					out.write(',');
				}
				write(values[i]);
			}
			out.write('\n');
			count++;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void write(Object value) throws IOException {
		if (value == null) {
			return;
		}
		if (value instanceof String text) {
			out.write('"');
			out.write(text.replace("\"", "\"\""));
			out.write('"');
			return;
		}
		out.write(value.toString());
	}

	@Override
	public void close() throws SQLException {
		try {
			out.close();
		}
		catch (IOException ex) {
			throw new SQLException("Writing the rows failed", ex);
		}
	}

	@Override
	public long count() {
		return count;
	}
}

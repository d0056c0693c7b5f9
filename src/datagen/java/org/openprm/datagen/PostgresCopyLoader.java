package org.openprm.datagen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows into PostgreSQL with {@code COPY ... FROM STDIN (FORMAT csv)}: the fastest way in,
 * without building statements or round trips per row.
 */
final class PostgresCopyLoader implements TableLoader {

	private final CopyManager copy;

	PostgresCopyLoader(Connection connection) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
	}

	@Override
	public Rows into(String table, String... columns) throws SQLException {
		String sql = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN (FORMAT csv)";
		Writer out = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(copy.copyIn(sql), 1 << 16),
				StandardCharsets.UTF_8), 1 << 16);
		return new CsvRows(out, columns.length);
	}

	private static final class CsvRows implements Rows {

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

		// In COPY's CSV format an unquoted empty field is NULL and a quoted one an empty string.
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
				throw new SQLException("COPY failed", ex);
			}
		}

		@Override
		public long count() {
			return count;
		}
	}
}

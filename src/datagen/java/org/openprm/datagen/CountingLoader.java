package org.openprm.datagen;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts the rows written per table, for the progress log.
 */
final class CountingLoader implements TableLoader {

	private final TableLoader target;

	private final Map<String, Long> counts = new LinkedHashMap<>();

	CountingLoader(TableLoader target) {
		this.target = target;
	}

	@Override
	public Rows into(String table, String... columns) throws SQLException {
		Rows rows = target.into(table, columns);
		return new Rows() {

			@Override
			public void add(Object... values) throws SQLException {
				rows.add(values);
			}

			@Override
			public void close() throws SQLException {
				rows.close();
				counts.merge(table, rows.count(), Long::sum);
			}

			@Override
			public long count() {
				return rows.count();
			}
		};
	}

	@Override
	public void flush() throws SQLException {
		target.flush();
	}

	/** "table: rows, ..." since the last call. */
	String drain() {
		StringBuilder text = new StringBuilder();
		counts.forEach((table, count) -> text.append(text.isEmpty() ? "" : ", ").append(table).append(": ").append(count));
		counts.clear();
		return text.toString();
	}
}

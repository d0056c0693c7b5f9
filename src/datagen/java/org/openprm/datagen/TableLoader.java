package org.openprm.datagen;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Bulk writes rows into one table: COPY on PostgreSQL, JDBC batches on other databases, or nothing
 * (when only the feeder files are wanted).
 */
public interface TableLoader {

	/** Starts writing rows into {@code table}; values follow the order of {@code columns}. */
	Rows into(String table, String... columns) throws SQLException;

	/** Rows on their way into one table. Values are Strings, numbers, booleans, UUIDs, Instants or null. */
	interface Rows extends AutoCloseable {

		void add(Object... values) throws SQLException;

		/** Flushes the remaining rows; returns how many were written. */
		@Override
		void close() throws SQLException;

		long count();
	}

	static TableLoader forConnection(Connection connection, boolean postgres) throws SQLException {
		return postgres ? new PostgresCopyLoader(connection) : new JdbcBatchLoader(connection);
	}

	static TableLoader discarding() {
		return (table, columns) -> new Rows() {

			private long count;

			@Override
			public void add(Object... values) {
				count++;
			}

			@Override
			public void close() {
			}

			@Override
			public long count() {
				return count;
			}
		};
	}
}

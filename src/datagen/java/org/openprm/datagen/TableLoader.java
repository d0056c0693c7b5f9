package org.openprm.datagen;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Bulk writes rows into one table: COPY on PostgreSQL, CSV files read by {@code CSVREAD} on H2, JDBC
 * batches on other databases, or nothing (when only the feeder files are wanted).
 */
public interface TableLoader {

	/** Starts writing rows into {@code table}; values follow the order of {@code columns}. */
	Rows into(String table, String... columns) throws SQLException;

	/**
	 * Makes sure the rows written so far are in the database; called at the end of each step, before its
	 * commit. Loaders that write straight away have nothing to do.
	 */
	default void flush() throws SQLException {
	}

	/** Rows on their way into one table. Values are Strings, numbers, booleans, UUIDs, Instants or null. */
	interface Rows extends AutoCloseable {

		void add(Object... values) throws SQLException;

		/** Flushes the remaining rows; returns how many were written. */
		@Override
		void close() throws SQLException;

		long count();
	}

	static TableLoader forConnection(Connection connection, boolean postgres) throws SQLException {
		if (postgres) {
			return new PostgresCopyLoader(connection);
		}
		return connection.getMetaData().getDatabaseProductName().equals("H2") ? new H2CsvLoader(connection)
				: new JdbcBatchLoader(connection);
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

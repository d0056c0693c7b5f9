package org.openprm.datagen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;

/**
 * Inserts rows with JDBC batches: for H2 and any database without a COPY command.
 */
final class JdbcBatchLoader implements TableLoader {

	private static final int BATCH_SIZE = 1_000;

	private final Connection connection;

	JdbcBatchLoader(Connection connection) {
		this.connection = connection;
	}

	@Override
	public Rows into(String table, String... columns) throws SQLException {
		String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
				+ String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
		return new BatchRows(connection.prepareStatement(sql));
	}

	private static final class BatchRows implements Rows {

		private final PreparedStatement insert;

		private long count;

		BatchRows(PreparedStatement insert) {
			this.insert = insert;
		}

		@Override
		public void add(Object... values) throws SQLException {
			for (int i = 0; i < values.length; i++) {
				insert.setObject(i + 1, values[i] instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC) : values[i]);
			}
			insert.addBatch();
			if (++count % BATCH_SIZE == 0) {
				insert.executeBatch();
			}
		}

		@Override
		public void close() throws SQLException {
			insert.executeBatch();
			insert.close();
		}

		@Override
		public long count() {
			return count;
		}
	}
}

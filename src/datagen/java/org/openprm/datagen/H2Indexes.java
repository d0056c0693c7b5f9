package org.openprm.datagen;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The indexes of some H2 tables, dropped before a bulk load and created again after it under the same
 * names: H2 then builds each from the sorted rows (a merge sort) instead of updating it row by row at
 * random places. Set aside are the plain indexes and the primary and unique keys that no foreign key
 * refers to or shares its index with; foreign keys and the keys they need stay, so the load is still
 * checked against them.
 */
final class H2Indexes {

	private static final String PLAIN_INDEXES = """
			SELECT i.index_name, i.index_type_name, i.table_name FROM information_schema.indexes i
			WHERE i.table_schema = CURRENT_SCHEMA AND LOWER(i.table_name) = LOWER(?) AND i.index_type_name IN ('INDEX', 'UNIQUE INDEX')
			AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
			  WHERE c.index_schema = i.index_schema AND c.index_name = i.index_name)
			""";

	private static final String INDEX_COLUMNS = """
			SELECT column_name, ordering_specification FROM information_schema.index_columns
			WHERE index_schema = CURRENT_SCHEMA AND index_name = ? ORDER BY ordinal_position
			""";

	private static final String FREE_KEYS = """
			SELECT c.constraint_name, c.constraint_type, c.table_name FROM information_schema.table_constraints c
			WHERE c.table_schema = CURRENT_SCHEMA AND LOWER(c.table_name) = LOWER(?) AND c.constraint_type IN ('PRIMARY KEY', 'UNIQUE')
			AND NOT EXISTS (SELECT 1 FROM information_schema.referential_constraints r
			  WHERE r.unique_constraint_schema = c.constraint_schema AND r.unique_constraint_name = c.constraint_name)
			AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints o
			  WHERE o.index_schema = c.index_schema AND o.index_name = c.index_name AND o.constraint_name <> c.constraint_name)
			""";

	private static final String KEY_COLUMNS = """
			SELECT column_name FROM information_schema.key_column_usage
			WHERE constraint_schema = CURRENT_SCHEMA AND constraint_name = ? ORDER BY ordinal_position
			""";

	private final Connection connection;

	private final List<String> restore;

	private H2Indexes(Connection connection, List<String> restore) {
		this.connection = connection;
		this.restore = restore;
	}

	/** Drops the tables' indexes and free keys, remembering how to create them again. */
	static H2Indexes setAside(Connection connection, Collection<String> tables) throws SQLException {
		List<String> drop = new ArrayList<>();
		List<String> restore = new ArrayList<>();
		for (String table : tables) {
			for (String[] index : rows(connection, PLAIN_INDEXES, table, 3)) {
				List<String> columns = new ArrayList<>();
				for (String[] column : rows(connection, INDEX_COLUMNS, index[0], 2)) {
					columns.add(quoted(column[0]) + ("DESC".equals(column[1]) ? " DESC" : ""));
				}
				drop.add("DROP INDEX " + quoted(index[0]));
				restore.add("CREATE " + ("UNIQUE INDEX".equals(index[1]) ? "UNIQUE INDEX " : "INDEX ") + quoted(index[0])
						+ " ON " + quoted(index[2]) + " (" + String.join(", ", columns) + ")");
			}
			for (String[] key : rows(connection, FREE_KEYS, table, 3)) {
				List<String> columns = rows(connection, KEY_COLUMNS, key[0], 1).stream().map(c -> quoted(c[0])).toList();
				drop.add("ALTER TABLE " + quoted(key[2]) + " DROP CONSTRAINT " + quoted(key[0]));
				restore.add("ALTER TABLE " + quoted(key[2]) + " ADD CONSTRAINT " + quoted(key[0]) + " " + key[1] + " ("
						+ String.join(", ", columns) + ")");
			}
		}
		execute(connection, drop);
		return new H2Indexes(connection, restore);
	}

	/** Creates the indexes and keys again, each from the rows now in the table. */
	void restore() throws SQLException {
		execute(connection, restore);
	}

	private static List<String[]> rows(Connection connection, String sql, String parameter, int width)
			throws SQLException {
		List<String[]> rows = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			query.setString(1, parameter);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					String[] row = new String[width];
					for (int i = 0; i < width; i++) {
						row[i] = result.getString(i + 1);
					}
					rows.add(row);
				}
			}
		}
		return rows;
	}

	private static void execute(Connection connection, List<String> statements) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
	}

	private static String quoted(String identifier) {
		return "\"" + identifier.replace("\"", "\"\"") + "\"";
	}
}

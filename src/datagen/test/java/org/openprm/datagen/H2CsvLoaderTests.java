package org.openprm.datagen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CsvLoaderTests {

	private static final String INDEXES = """
			SELECT i.table_name, COALESCE(c.constraint_name, i.index_name), i.index_type_name,
			  LISTAGG(ic.column_name || ' ' || ic.ordering_specification, ', ') WITHIN GROUP (ORDER BY ic.ordinal_position)
			FROM information_schema.indexes i
			JOIN information_schema.index_columns ic ON ic.index_schema = i.index_schema AND ic.index_name = i.index_name
			LEFT JOIN information_schema.table_constraints c ON c.index_schema = i.index_schema
			  AND c.index_name = i.index_name AND c.constraint_type IN ('PRIMARY KEY', 'UNIQUE')
			WHERE i.table_schema = CURRENT_SCHEMA
			GROUP BY i.table_name, COALESCE(c.constraint_name, i.index_name), i.index_type_name
			""";

	@TempDir
	Path feeders;

	@Test
	void loadsTheSameRowsKeysAndIndexesAsJdbcBatches() throws Exception {
		Map<String, List<String>> batched = generate("batched", false);
		Map<String, List<String>> fromCsv = generate("csv", true);

		assertThat(fromCsv.keySet()).isEqualTo(batched.keySet());
		batched.forEach((table, rows) -> assertThat(fromCsv.get(table)).as(table).isEqualTo(rows));
		assertThat(batched.get("deal_registrations")).hasSize(3_000);
		assertThat(batched.get("deal_match_keys")).hasSizeGreaterThan(10_000);
		assertThat(batched.get("indexes")).anyMatch(index -> index.startsWith("deal_match_keys deal_match_keys_record_idx"));
	}

	/** Every table's rows (sorted) and every index, after generating a small data set into a new H2 database. */
	private Map<String, List<String>> generate(String name, boolean csv) throws Exception {
		GeneratorOptions options = GeneratorOptions.parse(new String[] { "--url",
				"jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--user", "sa", "--partners", "20", "--users", "60", "--tokens", "5", "--accounts", "300", "--deals",
				"3000", "--leads", "300", "--feeders", feeders.resolve(name).toString() });
		Schema.migrate(options);
		try (Connection connection = DriverManager.getConnection(options.url(), options.user(), options.password())) {
			GenerateData.run(options, connection,
					csv ? TableLoader.forConnection(connection, false) : new JdbcBatchLoader(connection));
			Map<String, List<String>> contents = contents(connection);
			try (Statement statement = connection.createStatement()) {
				statement.execute("SHUTDOWN");
			}
			return contents;
		}
	}

	private static Map<String, List<String>> contents(Connection connection) throws SQLException {
		Map<String, List<String>> contents = new TreeMap<>();
		List<String> tables = rows(connection, "SELECT table_name FROM information_schema.tables "
				+ "WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'");
		for (String table : tables) {
			// Each run hashes the shared password with a salt of its own.
			String columns = table.equals("users") ? "id, email, display_name, role, partner_id, created_at" : "*";
			contents.put(table, rows(connection, "SELECT " + columns + " FROM " + table));
		}
		contents.put("indexes", rows(connection, INDEXES));
		return contents;
	}

	private static List<String> rows(Connection connection, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			int width = result.getMetaData().getColumnCount();
			while (result.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= width; i++) {
					values.add(result.getString(i));
				}
				rows.add(String.join(" ", values));
			}
		}
		Collections.sort(rows);
		return rows;
	}
}

package org.openprm.datagen;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;

import org.flywaydb.core.Flyway;

/**
 * The database side of generating: the application's own Flyway migrations first (so the data set
 * always matches the schema of this build), a check that there is nothing in it yet, statistics last.
 */
final class Schema {

	private Schema() {
	}

	/** Migrates with the locations the application uses, read from its application.properties. */
	static void migrate(GeneratorOptions options) throws IOException {
		Properties app = new Properties();
		try (InputStream in = Schema.class.getResourceAsStream("/application.properties")) {
			app.load(in);
		}
		// Spring Boot fills in {vendor} for database-specific folders; plain Flyway does not.
		String vendor = options.postgres() ? "postgresql" : "h2";
		String[] locations = Arrays.stream(app.getProperty("spring.flyway.locations").split(",")).map(String::trim)
			.map(location -> location.replace("{vendor}", vendor))
			.toArray(String[]::new);
		Flyway.configure().dataSource(options.url(), options.user(), options.password()).locations(locations).load()
			.migrate();
	}

	/** Refuses a database that already holds people or partners: the generator adds, it never merges. */
	static void requireEmpty(Connection connection) throws SQLException {
		for (String table : new String[] { "users", "partners" }) {
			try (Statement statement = connection.createStatement();
					ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
				count.next();
				if (count.getLong(1) > 0) {
					throw new IllegalStateException("Table " + table + " is not empty. Generate into a new database, e.g. "
							+ "psql -h 127.0.0.1 -U postgres -c 'DROP DATABASE IF EXISTS openprm_bench WITH (FORCE)' "
							+ "-c 'CREATE DATABASE openprm_bench'");
				}
			}
		}
	}

	/**
	 * Fresh planner statistics, so the first benchmark run does not meet plans made for empty tables. On
	 * PostgreSQL a vacuum as well: rows written by COPY are not yet marked all-visible, so index-only scans
	 * would still visit the table, and trigram indexes would keep their new entries in a pending list that
	 * every search reads through. Outside a transaction: statistics gathered in one that is rolled back are
	 * lost, while the database still records the table as analysed.
	 */
	static void analyze(Connection connection, boolean postgres) throws SQLException {
		connection.setAutoCommit(true);
		try (Statement statement = connection.createStatement()) {
			statement.execute(postgres ? "VACUUM (ANALYZE)" : "ANALYZE");
		}
	}
}

package org.openprm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * A database of its own for nodes started by {@link ChildNode}: a fresh PostgreSQL database in the
 * {@code -Ppostgres} run (dropped on close), otherwise the embedded default, an H2 file in the given
 * directory, with the production settings.
 */
public final class NodeDatabase implements AutoCloseable {

	private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	private final String url;

	private final String user;

	private final Path dataDir;

	private final String dropName;

	private NodeDatabase(String url, String user, Path dataDir, String dropName) {
		this.url = url;
		this.user = user;
		this.dataDir = dataDir;
		this.dropName = dropName;
	}

	/** True in the PostgreSQL run ({@code ./mvnw verify -Ppostgres}). */
	public static boolean postgresRun() {
		return System.getProperty("spring.profiles.active", "").contains("pgtest");
	}

	public static NodeDatabase fresh(String purpose, Path dataDir) {
		if (!postgresRun()) {
			return new NodeDatabase("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("openprm") + H2_OPTIONS, "sa",
					dataDir, null);
		}
		String name = "openprm_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8);
		String server = postgresUrl().replaceAll("/[^/?]*(\\?.*)?$", "/");
		execute(server + "postgres", "CREATE DATABASE " + name);
		return new NodeDatabase(server + name, postgresUser(), null, name);
	}

	public boolean isPostgres() {
		return dropName != null;
	}

	public String description() {
		return isPostgres() ? "PostgreSQL" : "H2 (embedded default)";
	}

	/** What a node needs to use this database; the demo data gives it the demo logins. */
	public Map<String, String> nodeProperties() {
		Map<String, String> properties = new LinkedHashMap<>();
		if (isPostgres()) {
			properties.put("spring.datasource.url", url);
			properties.put("spring.datasource.username", user);
			properties.put("spring.datasource.password", "");
			properties.put("prm.demo-data", "true");
		}
		else {
			// The node builds its JDBC URL from the data directory, exactly as in production.
			properties.put("prm.data-dir", dataDir.toAbsolutePath().toString());
		}
		return properties;
	}

	/** A connection from the test; on H2 only while no node has the file open. */
	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url, user, "");
	}

	@Override
	public void close() {
		if (isPostgres()) {
			execute(url.replaceAll("/[^/]*$", "/postgres"), "DROP DATABASE IF EXISTS " + dropName + " WITH (FORCE)");
		}
	}

	private static void execute(String url, String sql) {
		try (Connection connection = DriverManager.getConnection(url, postgresUser(), "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot run '" + sql + "' on " + url, ex);
		}
	}

	/** The PostgreSQL run's server: a -Dspring.datasource.url override, else application-pgtest.properties. */
	private static String postgresUrl() {
		return System.getProperty("spring.datasource.url", pgtest().getProperty("spring.datasource.url"));
	}

	private static String postgresUser() {
		return System.getProperty("spring.datasource.username", pgtest().getProperty("spring.datasource.username"));
	}

	private static Properties pgtest() {
		Properties properties = new Properties();
		try (InputStream in = NodeDatabase.class.getResourceAsStream("/application-pgtest.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}
}

package org.openprm.datagen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Loads H2 the way H2 takes bulk data fastest: each step's rows are first written as CSV files (the COPY
 * dialect, {@link CsvRows}), then, when the step ends ({@link #flush()}), read in with
 * {@code INSERT INTO t (...) SELECT * FROM CSVREAD(...)}, one committed statement per file, while the
 * tables' own indexes are set aside ({@link H2Indexes}) and built once afterwards from sorted rows. Row
 * by row through JDBC batches, every insert updated the indexes of million-row tables at random places:
 * about 200 registrations a second with their index rows.
 */
final class H2CsvLoader implements TableLoader {

	private final Connection connection;

	private Path directory;

	private final List<Pending> pending = new ArrayList<>();

	private record Pending(String table, String[] columns, Path file) {
	}

	H2CsvLoader(Connection connection) {
		this.connection = connection;
	}

	@Override
	public Rows into(String table, String... columns) {
		try {
			if (directory == null) {
				directory = Files.createTempDirectory("openprm-h2-load");
			}
			Path file = directory.resolve("%06d-%s.csv".formatted(pending.size(), table));
			pending.add(new Pending(table, columns, file));
			return new CsvRows(Files.newBufferedWriter(file, StandardCharsets.UTF_8), columns.length);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Reads the files written since the last call into their tables, in the order they were written. */
	@Override
	public void flush() throws SQLException {
		if (pending.isEmpty()) {
			return;
		}
		Set<String> tables = new LinkedHashSet<>();
		pending.forEach(p -> tables.add(p.table()));
		long cacheSize;
		H2Indexes aside;
		try {
			cacheSize = cacheSize();
			// A cache that holds the tables being loaded and their foreign keys' indexes; set back afterwards,
			// because H2 keeps the setting in the database.
			setCacheSize(cacheSize, Math.max(cacheSize, Runtime.getRuntime().maxMemory() / 2 / 1024));
			aside = H2Indexes.setAside(connection, tables);
			connection.commit();
			for (Pending file : pending) {
				try (Statement statement = connection.createStatement()) {
					statement.executeUpdate("INSERT INTO " + file.table() + " (" + String.join(", ", file.columns())
							+ ") SELECT * FROM CSVREAD(" + literal(file.file().toString()) + ", "
							+ literal(String.join(",", file.columns())) + ", 'charset=UTF-8 fieldSeparator=,')");
				}
				connection.commit();
				delete(file.file());
			}
		}
		finally {
			for (Pending file : pending) {
				delete(file.file());
			}
			pending.clear();
			delete(directory);
			directory = null;
		}
		aside.restore();
		setCacheSize(cacheSize, cacheSize);
		connection.commit();
	}

	/** The cache size in KB (H2 reports megabytes), or -1 for an in-memory database, which has no cache. */
	private long cacheSize() throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(
						"SELECT setting_value FROM information_schema.settings WHERE setting_name = 'info.CACHE_MAX_SIZE'")) {
			return result.next() ? Long.parseLong(result.getString(1)) * 1024 : -1;
		}
	}

	private void setCacheSize(long current, long kilobytes) throws SQLException {
		if (current < 0) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET CACHE_SIZE " + kilobytes);
		}
	}

	private static String literal(String text) {
		return "'" + text.replace("'", "''") + "'";
	}

	private static void delete(Path path) throws SQLException {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			throw new SQLException("Could not delete " + path, ex);
		}
	}
}

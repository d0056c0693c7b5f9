package org.openprm.datagen;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CSV files for the Gatling feeders: the logins, tokens and ids of the generated data set, so the load
 * tests sign in and read records that exist. Values never contain commas or quotes.
 */
public final class FeederFiles implements AutoCloseable {

	private final Path directory;

	private final Map<String, BufferedWriter> open = new LinkedHashMap<>();

	FeederFiles(Path directory) throws IOException {
		this.directory = Files.createDirectories(directory);
	}

	/** Appends one row to {@code name}.csv, writing {@code header} first when the file is new. */
	public void row(String name, String header, Object... values) {
		try {
			BufferedWriter out = open.get(name);
			if (out == null) {
				out = Files.newBufferedWriter(directory.resolve(name + ".csv"));
				out.write(header);
				out.newLine();
				open.put(name, out);
			}
			for (int i = 0; i < values.length; i++) {
				out.write((i > 0 ? "," : "") + (values[i] == null ? "" : values[i]));
			}
			out.newLine();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Path directory() {
		return directory;
	}

	@Override
	public void close() throws IOException {
		for (BufferedWriter out : open.values()) {
			out.close();
		}
	}
}

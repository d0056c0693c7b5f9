package org.openprm.deals.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the word lists shipped next to this class (one entry per line, {@code #} starts a comment), so
 * the lists can be read and extended without touching code.
 */
final class WordList {

	private WordList() {
	}

	static Set<String> set(String resource) {
		return Set.copyOf(lines(resource));
	}

	/** Lines of the form {@code key=value}. */
	static Map<String, String> map(String resource) {
		Map<String, String> entries = new LinkedHashMap<>();
		for (String line : lines(resource)) {
			int separator = line.indexOf('=');
			entries.put(line.substring(0, separator).strip(), line.substring(separator + 1).strip());
		}
		return Map.copyOf(entries);
	}

	static List<String> lines(String resource) {
		try (InputStream in = WordList.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing word list " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}

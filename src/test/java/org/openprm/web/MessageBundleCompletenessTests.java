package org.openprm.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Every text of the UI exists in English and in German: a key missing from one bundle would show a
 * German user English (or an English user German) without anyone noticing.
 */
class MessageBundleCompletenessTests {

	@Test
	void englishAndGermanBundlesHaveTheSameKeys() throws IOException {
		Set<String> english = keys("/messages.properties");
		Set<String> german = keys("/messages_de.properties");

		assertThat(difference(english, german)).as("keys without a German text").isEmpty();
		assertThat(difference(german, english)).as("keys without an English text").isEmpty();
	}

	private static Set<String> difference(Set<String> from, Set<String> without) {
		Set<String> missing = new TreeSet<>(from);
		missing.removeAll(without);
		return missing;
	}

	private static Set<String> keys(String resource) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(MessageBundleCompletenessTests.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties.stringPropertyNames();
	}
}

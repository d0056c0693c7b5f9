package org.openprm.deals.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Reasons can be shown in the user's language: every reason has a message in both bundles, and the
 * English message is the text the engine writes itself.
 */
class MatchReasonMessagesTests {

	@Test
	void everyReasonHasTheSameEnglishMessageAndAGermanOne() throws IOException {
		Properties english = bundle("/messages.properties");
		Properties german = bundle("/messages_de.properties");

		for (ReasonType type : ReasonType.values()) {
			assertThat(english.getProperty(type.messageKey())).as(type.messageKey()).isEqualTo(type.englishPattern());
			assertThat(german.getProperty(type.messageKey())).as(type.messageKey()).isNotBlank()
				.isNotEqualTo(type.englishPattern());
		}
	}

	private static Properties bundle(String resource) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(MatchReasonMessagesTests.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}

package org.openprm.identity.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AccessLinkMailerTests {

	@Test
	void tellsTheReaderHowLongTheLinkLastsInPlainWords() {
		assertThat(AccessLinkMailer.spoken(Duration.ofDays(7))).isEqualTo("7 days");
		assertThat(AccessLinkMailer.spoken(Duration.ofDays(1))).isEqualTo("1 day");
		assertThat(AccessLinkMailer.spoken(Duration.ofHours(1))).isEqualTo("1 hour");
		assertThat(AccessLinkMailer.spoken(Duration.ofHours(36))).isEqualTo("36 hours");
		assertThat(AccessLinkMailer.spoken(Duration.ofMinutes(90))).isEqualTo("90 minutes");
	}
}

package org.openprm.deals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The time-driven rules, with the timers run at chosen instants instead of waiting, and the mails
 * read from the real SMTP server.
 */
class DealTimerTests extends DealTestSupport {

	@Autowired
	DealTimers timers;

	@Test
	void undecidedRegistrationsRemindChannelManagersAndThenEscalateToVendorAdmins() {
		String name = companyName("Undecided");
		String id = registered(tokenFor(ALICE), registration(customer(name)));
		Instant submitted = Instant.parse(get(DEALS + "/" + id, tokenFor(CAM)).json().get("submittedAt").asString());

		timers.runAt(submitted.plus(Duration.ofHours(25)));
		String reminder = TestMailServer.awaitAnyMailTo(CAM, body -> body.contains(name + ": waiting for a decision"));
		timers.runAt(submitted.plus(Duration.ofHours(49)));
		String escalation = TestMailServer.awaitAnyMailTo(ADMIN, body -> body.contains(name + ": approval deadline passed"));

		assertThat(reminder).contains("waiting for a decision");
		assertThat(escalation).contains("approval deadline passed");
		assertThat(get(DEALS + "/" + id + "/timeline", tokenFor(CAM)).body()).contains("\"kind\":\"reminder\"")
			.contains("\"kind\":\"escalation\"");
	}

	@Test
	void approvedRegistrationsRemindThePartnerBeforeTheyExpireAndThenFreeTheCustomer() {
		String name = companyName("Expiring");
		Map<String, Object> customer = customer(name);
		String id = registered(tokenFor(ALICE), registration(customer));
		JsonNode approved = post(DEALS + "/" + id + "/approve", tokenFor(CAM), Map.of("protectionDays", 20)).json();
		Instant until = Instant.parse(approved.get("protectedUntil").asString());

		timers.runAt(until.minus(Duration.ofDays(13)));
		String fourteenDays = TestMailServer.awaitAnyMailTo(ALICE, body -> body.contains(name + ": protection ends soon"));
		timers.runAt(until.minus(Duration.ofDays(2)));
		timers.runAt(until.plusSeconds(1));

		assertThat(fourteenDays).contains("protection ends soon");
		assertThat(get(DEALS + "/" + id + "/timeline", tokenFor(ALICE)).body().split("protection ends", -1)).hasSize(3);
		assertThat(get(DEALS + "/" + id, tokenFor(ALICE)).json().get("status").asString()).isEqualTo("EXPIRED");
		assertThat(TestMailServer.awaitAnyMailTo(ALICE, body -> body.contains(name + ": protection expired"))).isNotBlank();
		assertThat(register(tokenFor(BOB), registration(customer)).json().get("firstToRegister").asBoolean()).isTrue();
	}
}

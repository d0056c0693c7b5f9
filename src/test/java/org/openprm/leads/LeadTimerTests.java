package org.openprm.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * The acceptance and staleness SLAs, with the timers run at chosen instants instead of waiting.
 */
class LeadTimerTests extends LeadTestSupport {

	@Autowired
	LeadTimers timers;

	@Test
	void anOfferNotAcceptedWithin48BusinessHoursIsRemindedThenRecalledAndRoutedOn() {
		String capability = capability();
		String first = activePartner("Slow", capability, 52.5, 13.4);
		String second = activePartner("Next", capability, 50.0, 8.0);
		Person slow = newPerson(first, "PARTNER_ADMIN");
		String company = company("Timed");
		JsonNode lead = post(LEADS, tokenFor(ADMIN), lead(company, capability)).json();
		assertThat(lead.get("assignedPartnerId").asString()).isEqualTo(first);
		Instant due = Instant.parse(lead.get("acceptDueAt").asString());
		Instant offered = Instant.parse(get(LEADS + "/" + lead.get("id").asString() + "/routing", tokenFor(ADMIN)).json()
			.get("at").asString());
		// 48 business hours: two full working days, so never less than 48 hours and more when a weekend lies between.
		assertThat(Duration.between(offered, due)).isGreaterThanOrEqualTo(Duration.ofHours(48));
		assertThat(due.atZone(ZoneId.of("Europe/Berlin")).getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

		timers.runAt(due.minus(Duration.ofHours(4)));
		String reminder = TestMailServer.awaitAnyMailTo(slow.email(), body -> body.contains("Please accept or decline the lead " + company));
		timers.runAt(due.plusSeconds(1));

		assertThat(reminder).contains(company);
		JsonNode recalled = get(LEADS + "/" + lead.get("id").asString(), tokenFor(ADMIN)).json();
		assertThat(recalled.get("assignedPartnerId").asString()).isEqualTo(second);
		assertThat(get(LEADS + "/" + lead.get("id").asString(), newToken(slow)).status()).isEqualTo(404);
	}

	@Test
	void anAcceptedLeadWithoutUpdatesIsNudgedAndThenRecalled() {
		String capability = capability();
		String first = activePartner("Quiet", capability, 52.5, 13.4);
		String second = activePartner("Busy", capability, 50.0, 8.0);
		Person quiet = newPerson(first, "PARTNER_ADMIN");
		String token = newToken(quiet);
		String company = company("Stale");
		String id = post(LEADS, tokenFor(ADMIN), lead(company, capability)).json().get("id").asString();
		post(LEADS + "/" + id + "/accept", token, Map.of());
		Instant accepted = Instant.now();

		timers.runAt(accepted.plus(Duration.ofDays(8)));
		String nudge = TestMailServer.awaitAnyMailTo(quiet.email(), body -> body.contains("Please update the lead " + company));
		timers.runAt(accepted.plus(Duration.ofDays(9)));
		assertThat(get(LEADS + "/" + id, token).status()).as("not recalled before the grace days").isEqualTo(200);
		timers.runAt(accepted.plus(Duration.ofDays(12)));

		assertThat(nudge).contains(company);
		assertThat(get(LEADS + "/" + id, token).status()).isEqualTo(404);
		assertThat(get(LEADS + "/" + id, tokenFor(ADMIN)).json().get("assignedPartnerId").asString()).isEqualTo(second);
	}
}

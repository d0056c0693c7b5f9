package org.openprm.recruitment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.partners.PartnerType;
import org.openprm.recruitment.domain.RoutingPolicy.Rule;
import org.openprm.recruitment.domain.RoutingPolicy.Subject;

class RoutingPolicyTests {

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private final UUID cam = UUID.randomUUID();

	private final UUID programme = UUID.randomUUID();

	private final Subject germanReseller = new Subject("DE", List.of("DACH", "EMEA"), PartnerType.RESELLER, programme);

	@Test
	void theFirstMatchingRuleInPriorityOrderAssigns() {
		Rule queue = rule(20, T0, null, null, null, null, null, "resellers");
		Rule person = rule(10, T0, "DE", null, null, null, cam, null);

		Assignment assignment = RoutingPolicy.assign(germanReseller, List.of(queue, person), "fallback");

		assertThat(assignment.assigneeId()).isEqualTo(cam);
		assertThat(assignment.ruleId()).isEqualTo(person.id());
	}

	@Test
	void aRuleMatchesOnlyWhenAllItsCriteriaMatch() {
		Rule wrongType = rule(1, T0, "DE", "DACH", PartnerType.MSP, null, cam, null);
		Rule wrongProgramme = rule(2, T0, "DE", null, null, UUID.randomUUID(), cam, null);
		Rule match = rule(3, T0, "de", "dach", PartnerType.RESELLER, programme, null, "dach-resellers");

		assertThat(RoutingPolicy.assign(germanReseller, List.of(wrongType, wrongProgramme, match), "fallback").queue())
			.isEqualTo("dach-resellers");
	}

	@Test
	void regionsMatchAnyOfTheRegionsTheApplicantServes() {
		Rule emea = rule(1, T0, null, "EMEA", null, null, null, "emea");

		assertThat(RoutingPolicy.assign(germanReseller, List.of(emea), "fallback").queue()).isEqualTo("emea");
		assertThat(RoutingPolicy.assign(new Subject("US", List.of("NA"), PartnerType.RESELLER, null), List.of(emea),
				"fallback").queue()).isEqualTo("fallback");
	}

	@Test
	void noMatchingRuleSendsTheApplicationToTheFallbackQueue() {
		Assignment assignment = RoutingPolicy.assign(germanReseller, List.of(rule(1, T0, "FR", null, null, null, cam, null)),
				"partner-team");

		assertThat(assignment).isEqualTo(Assignment.fallback("partner-team"));
	}

	@Test
	void ofTwoRulesWithTheSamePriorityTheOlderWins() {
		Rule newer = rule(5, T0.plusSeconds(60), null, null, null, null, null, "newer");
		Rule older = rule(5, T0, null, null, null, null, null, "older");

		assertThat(RoutingPolicy.assign(germanReseller, List.of(newer, older), "fallback").queue()).isEqualTo("older");
	}

	private static Rule rule(int priority, Instant created, String country, String region, PartnerType type,
			UUID programmeId, UUID assignee, String queue) {
		return new Rule(UUID.randomUUID(), priority, created, country, region, type, programmeId, assignee, queue);
	}
}

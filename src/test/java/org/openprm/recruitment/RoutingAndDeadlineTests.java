package org.openprm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Routing rules assign new applications; the deadline job, run at chosen instants instead of waiting,
 * reminds the assignee at 75% of the review time and escalates to vendor admins once it passed.
 */
class RoutingAndDeadlineTests extends RecruitmentTestSupport {

	private static final String RULES = "/api/v1/application-routing-rules";

	@Autowired
	ApplicationTimers timers;

	@Test
	void aRuleForACountrySendsItsApplicationsToItsQueueAndOthersFallThrough() {
		Response rule = post(RULES, tokenFor(ADMIN), Map.of("name", "Iceland", "priority", 1, "country", "IS",
				"queue", "iceland-team"));
		assertThat(rule.status()).as(rule.body()).isEqualTo(201);

		String icelandic = submitted(with(with(application(company("Reykjavik IT")), "country", "IS"), "regions",
				List.of("NORDICS")));
		String elsewhere = submitted(with(with(application(company("Lisbon IT")), "country", "PT"), "regions",
				List.of("IBERIA")));

		assertThat(get(APPLICATIONS + "/" + icelandic, tokenFor(CAM)).json().get("queue").asString()).isEqualTo("iceland-team");
		assertThat(get(APPLICATIONS + "/" + elsewhere, tokenFor(CAM)).json().get("queue").asString()).isEqualTo("partner-team");
		String ruleId = rule.json().get("id").asString();
		assertThat(delete(RULES + "/" + ruleId, tokenFor(ADMIN)).status()).isEqualTo(204);
		assertThat(get(RULES + "/" + ruleId, tokenFor(ADMIN)).status()).isEqualTo(404);
	}

	@Test
	void onlyVendorAdminsChangeRulesAndARuleNeedsExactlyOneTarget() {
		String cam = get("/api/v1/me", tokenFor(CAM)).json().get("id").asString();

		assertThat(post(RULES, tokenFor(CAM), Map.of("name", "Mine", "priority", 1, "queue", "mine")).status())
			.isEqualTo(403);
		Response both = post(RULES, tokenFor(ADMIN), Map.of("name", "Both", "priority", 1, "queue", "q", "assigneeId", cam));
		assertThat(both.status()).isEqualTo(400);
		assertThat(both.body()).contains("queue");
		assertThat(get(RULES, tokenFor(CAM)).status()).isEqualTo(200);
		assertThat(get(RULES, tokenFor(ALICE)).status()).isEqualTo(404);
	}

	@Test
	void theAssigneeIsRemindedBeforeTheDeadlineAndVendorAdminsHearWhenItPassed() {
		String company = company("Slow Review");
		String id = submitted(application(company));
		JsonNode application = get(APPLICATIONS + "/" + id, tokenFor(CAM)).json();
		assertThat(application.get("assigneeName").asString()).as("the demo rule for DACH resellers").isEqualTo("Casey Channel");
		Instant submitted = Instant.parse(application.get("submittedAt").asString());

		timers.runAt(submitted.plus(Duration.ofHours(35)));
		assertThat(history(id)).doesNotContain("\"action\":\"reminder\"");
		timers.runAt(submitted.plus(Duration.ofHours(37)));
		String reminder = mailTo(CAM, company + ": waiting for a decision");
		timers.runAt(submitted.plus(Duration.ofHours(49)));
		String escalation = mailTo(ADMIN, company + ": review deadline passed");
		timers.runAt(submitted.plus(Duration.ofHours(50)));

		assertThat(reminder).contains("/applications/" + id);
		assertThat(escalation).contains("/applications/" + id);
		assertThat(history(id).split("\"action\":\"reminder\"", -1)).as("one reminder").hasSize(2);
		assertThat(history(id).split("\"action\":\"escalation\"", -1)).as("one escalation").hasSize(2);
	}

	@Test
	void anAnsweredQuestionStartsTheReviewDeadlineAgain() {
		Map<String, Object> body = application(company("Restarted"));
		String id = submitted(body);
		Instant firstDue = Instant.parse(get(APPLICATIONS + "/" + id, tokenFor(CAM)).json().get("reviewDueAt").asString());
		post(APPLICATIONS + "/" + id + "/request-info", tokenFor(CAM), Map.of("question", "Which regions exactly?"));
		String link = linkIn(mailTo((String) body.get("contactEmail"), "Which regions exactly?"), "/apply/answer/");

		org.openprm.web.BrowserSession.anonymous(baseUrl()).submit(link, link, Map.of("answer", "Bavaria only."));

		Instant due = Instant.parse(get(APPLICATIONS + "/" + id, tokenFor(CAM)).json().get("reviewDueAt").asString());
		assertThat(due).isAfterOrEqualTo(firstDue);
		assertThat(mailTo(CAM, "the applicant answered your question")).isNotBlank();
	}

	private String history(String id) {
		return get(APPLICATIONS + "/" + id + "/history", tokenFor(ADMIN)).body();
	}
}

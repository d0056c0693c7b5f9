package org.openprm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.TestMailServer;
import org.openprm.web.BrowserSession;

import tools.jackson.databind.JsonNode;

/**
 * The reviewer's decisions: approval creates, invites and enrols the partner in one go (or does
 * nothing at all), rejection tells the applicant why, and a question is answered through a secret link.
 */
class ApplicationReviewTests extends RecruitmentTestSupport {

	@Test
	void approvalCreatesThePartnerAndInvitesTheContactAsItsAdmin() {
		String company = company("Approved Networks");
		Map<String, Object> body = application(company);
		String id = submitted(body);

		Response approved = post(APPLICATIONS + "/" + id + "/approve", tokenFor(CAM), approval());

		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
		String partnerId = approved.json().get("partnerId").asString();
		JsonNode partner = get("/api/v1/partners/" + partnerId, tokenFor(ADMIN)).json();
		assertThat(partner.get("name").asString()).isEqualTo(company);
		assertThat(partner.get("type").asString()).isEqualTo("RESELLER");
		String email = (String) body.get("contactEmail");
		assertThat(linkIn(TestMailServer.awaitAnyMailTo(email, mail -> mail.contains("/invitations/")), "/invitations/"))
			.startsWith("/invitations/");
		JsonNode people = get("/api/v1/partners/" + partnerId + "/users", tokenFor(ADMIN)).json().get("items");
		assertThat(people.get(0).get("email").asString()).isEqualTo(email);
		assertThat(people.get(0).get("role").asString()).isEqualTo("PARTNER_ADMIN");
		assertThat(get(APPLICATIONS + "/" + id + "/history", tokenFor(CAM)).body()).contains("\"action\":\"approved\"");
		JsonNode membership = get("/api/v1/partners/" + partnerId + "/memberships", tokenFor(ADMIN)).json().get(0);
		assertThat(membership.get("programId").asString()).isEqualTo(approval().get("programmeId"));
		assertThat(membership.get("tierRank").asInt()).as("the lowest tier when none is chosen").isEqualTo(1);
		assertThat(approved.json().get("approvedTierId").asString()).isEqualTo(membership.get("tierId").asString());
	}

	@Test
	void anApprovalNeedsAnActiveProgrammeAndOneOfItsTiers() {
		String id = submitted(application(company("Unplaced")));

		Response none = post(APPLICATIONS + "/" + id + "/approve", tokenFor(CAM), Map.of());
		Response wrongTier = post(APPLICATIONS + "/" + id + "/approve", tokenFor(CAM),
				Map.of("tierId", java.util.UUID.randomUUID().toString()));

		assertThat(none.status()).isEqualTo(400);
		assertThat(wrongTier.status()).isEqualTo(400);
		assertThat(wrongTier.body()).contains("tierId");
		assertThat(get(APPLICATIONS + "/" + id, tokenFor(CAM)).json().get("status").asString()).isEqualTo("IN_REVIEW");
	}

	@Test
	void anApprovalThatCannotInviteTheContactLeavesNothingBehind() {
		String company = company("Half Done");
		String id = submitted(with(application(company), "contactEmail", ALICE));

		Response refused = post(APPLICATIONS + "/" + id + "/approve", tokenFor(CAM), approval());

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.body()).contains("contactEmail");
		assertThat(get("/api/v1/partners?q=" + company.replace(" ", "%20"), tokenFor(ADMIN)).json().get("total").asLong())
			.isZero();
		assertThat(get(APPLICATIONS + "/" + id, tokenFor(CAM)).json().get("status").asString()).isEqualTo("IN_REVIEW");
	}

	@Test
	void aRejectionNeedsAReasonAndMailsItToTheApplicant() {
		Map<String, Object> body = application(company("Rejected"));
		String id = submitted(body);

		assertThat(post(APPLICATIONS + "/" + id + "/reject", tokenFor(CAM), Map.of("reason", " ")).status()).isEqualTo(400);
		Response rejected = post(APPLICATIONS + "/" + id + "/reject", tokenFor(CAM),
				Map.of("reason", "We have enough resellers in your region."));

		assertThat(rejected.json().get("status").asString()).isEqualTo("REJECTED");
		String audit = get("/api/v1/audit?subjectType=PartnerApplication&subjectId=" + id, tokenFor(ADMIN)).body();
		assertThat(audit).contains("\"action\":\"submitted\"").contains("\"action\":\"rejected\"")
			.contains("We have enough resellers in your region.").contains(CAM);
		assertThat(mailTo((String) body.get("contactEmail"), "We have enough resellers in your region.")).isNotBlank();
	}

	@Test
	void decidedApplicationsRefuseFurtherDecisionsWith409() {
		String id = submitted(application(company("Final")));
		post(APPLICATIONS + "/" + id + "/reject", tokenFor(CAM), Map.of("reason", "no"));

		Response again = post(APPLICATIONS + "/" + id + "/approve", tokenFor(CAM), approval());

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.header("Content-Type")).startsWith("application/problem+json");
		assertThat(post(APPLICATIONS + "/" + id + "/request-info", tokenFor(CAM), Map.of("question", "?")).status())
			.isEqualTo(409);
	}

	@Test
	void theApplicantAnswersAQuestionThroughTheSecretLinkAndTheApplicationReturnsToReview() {
		Map<String, Object> body = application(company("Questioned"));
		String email = (String) body.get("contactEmail");
		String id = submitted(body);

		Response asked = post(APPLICATIONS + "/" + id + "/request-info", tokenFor(CAM),
				Map.of("question", "How many certified engineers do you have?"));
		assertThat(asked.json().get("status").asString()).isEqualTo("INFO_REQUESTED");
		String link = linkIn(mailTo(email, "How many certified engineers"), "/apply/answer/");

		BrowserSession applicant = BrowserSession.anonymous(baseUrl());
		assertThat(applicant.get(link).body()).contains("How many certified engineers do you have?");
		assertThat(applicant.submit(link, link, Map.of("answer", "")).body()).contains("please write an answer");
		BrowserSession.Page answered = applicant.submit(link, link, Map.of("answer", "Twelve, all certified last year."));

		assertThat(answered.body()).contains("we received your answer");
		JsonNode application = get(APPLICATIONS + "/" + id, tokenFor(CAM)).json();
		assertThat(application.get("status").asString()).isEqualTo("IN_REVIEW");
		assertThat(application.get("answer").asString()).isEqualTo("Twelve, all certified last year.");
		assertThat(applicant.get(link).body()).as("the link works once").contains("This link is no longer valid");
		assertThat(applicant.get("/apply/answer/not-a-secret-but-long-enough-to-look-like-one").body())
			.contains("This link is no longer valid");
	}

	@Test
	void anApplicationMatchingAnExistingPartnerIsFlaggedOnTheReviewPageNotMerged() {
		String id = submitted(with(with(application(company("NW Trading")), "website", "https://northwind.example"),
				"contactEmail", "pat@nw-trading.example"));

		JsonNode flags = get(APPLICATIONS + "/" + id, tokenFor(CAM)).json().get("duplicates");

		assertThat(flags).anySatisfy(flag -> {
			assertThat(flag.get("kind").asString()).isEqualTo("PARTNER");
			assertThat(flag.get("recordName").asString()).isEqualTo("Northwind Systems");
			assertThat(flag.get("reason").asString()).isEqualTo("DOMAIN");
		});
		assertThat(BrowserSession.signIn(baseUrl(), CAM, PASSWORD).get("/applications/" + id).body())
			.contains("existing partner with the same domain").contains("Northwind Systems");
	}

	@Test
	void theQueueFiltersByStatusAndAssignee() {
		String id = submitted(application(company("Queued")));
		String cam = get("/api/v1/me", tokenFor(CAM)).json().get("id").asString();

		assertThat(get(APPLICATIONS + "?status=IN_REVIEW&assigneeId=" + cam + "&size=200", tokenFor(ADMIN)).body())
			.contains(id);
		assertThat(get(APPLICATIONS + "?status=REJECTED&size=200", tokenFor(ADMIN)).body()).doesNotContain(id);
		assertThat(BrowserSession.signIn(baseUrl(), CAM, PASSWORD).get("/applications?status=IN_REVIEW").body())
			.contains("/applications/" + id);
	}

	@Test
	void partnerUsersFindNoApplicationsAnywhere() {
		String id = submitted(application(company("Hidden")));

		assertThat(get(APPLICATIONS + "/" + id, tokenFor(ALICE)).status()).isEqualTo(404);
		assertThat(get(APPLICATIONS, tokenFor(ALICE)).status()).isEqualTo(404);
		assertThat(post(APPLICATIONS + "/" + id + "/approve", tokenFor(ALICE), approval()).status()).isEqualTo(404);
		assertThat(BrowserSession.signIn(baseUrl(), ALICE, PASSWORD).get("/applications/" + id).status()).isEqualTo(404);
		assertThat(get(APPLICATIONS + "/" + id, tokenFor(CAM)).json().get("status").asString()).isEqualTo("IN_REVIEW");
	}
}

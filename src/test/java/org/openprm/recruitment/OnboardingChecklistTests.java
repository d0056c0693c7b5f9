package org.openprm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openprm.identity.CurrentActor;
import org.openprm.recruitment.OnboardingPlans.Step;
import org.openprm.web.BrowserSession;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * A partner enrolled in a programme gets its checklist; its tasks tick themselves as the facts happen in
 * other modules, manual ones by hand, and vendor staff see who is stuck.
 */
class OnboardingChecklistTests extends OnboardingTestSupport {

	@Autowired
	OnboardingReports reports;

	private static final List<Step> PLAN = List.of(new Step(OnboardingTaskKind.ACCEPT_AGREEMENT, "Accept"),
			new Step(OnboardingTaskKind.COMPLETE_PROFILE, "Profile"), new Step(OnboardingTaskKind.INVITE_COLLEAGUES, "Invite"),
			new Step(OnboardingTaskKind.REGISTER_FIRST_DEAL, "First deal"), new Step(OnboardingTaskKind.CUSTOM, "Kick-off call"));

	@Test
	void enrolmentCreatesTheChecklistOfTheProgrammesPlanWithWhatAlreadyHoldsTicked() {
		Enrolled partner = enrolled(programme(PLAN), Map.of());

		JsonNode checklist = checklist(partner);
		assertThat(checklist.get("tasks")).extracting(t -> t.get("title").asString())
			.containsExactly("Accept", "Profile", "Invite", "First deal", "Kick-off call");
		assertThat(done(partner, OnboardingTaskKind.COMPLETE_PROFILE)).as("the profile was complete already").isTrue();
		assertThat(done(partner, OnboardingTaskKind.INVITE_COLLEAGUES)).as("only one person so far").isFalse();
	}

	@Test
	void tasksTickThemselvesFromAgreementsColleaguesTheProfileAndTheFirstDealAndTheChecklistCompletes() {
		Enrolled partner = enrolled(programme(PLAN), Map.of("addresses", List.of()));
		assertThat(done(partner, OnboardingTaskKind.COMPLETE_PROFILE)).as("no location yet").isFalse();

		for (JsonNode agreement : get("/api/v1/partners/" + partner.partnerId() + "/agreements", partner.token()).json()) {
			post("/api/v1/partners/" + partner.partnerId() + "/agreements/" + agreement.get("version").get("id").asString()
					+ "/accept", partner.token(), Map.of("fullName", "Onno Boarding"));
		}
		awaitDone(partner, OnboardingTaskKind.ACCEPT_AGREEMENT);
		newPerson(partner.partnerId(), "PARTNER_USER");
		awaitDone(partner, OnboardingTaskKind.INVITE_COLLEAGUES);
		Response profile = put("/api/v1/partners/" + partner.partnerId() + "/profile", partner.token(), Map.of(
				"name", partner.name(), "legalName", partner.name() + " Ltd", "domains", List.of("onboarding.example"),
				"addresses", List.of(Map.of("label", "HQ", "city", "Berlin", "country", "DE"))));
		assertThat(profile.status()).as(profile.body()).isEqualTo(200);
		awaitDone(partner, OnboardingTaskKind.COMPLETE_PROFILE);
		Response deal = post("/api/v1/deal-registrations", partner.token(), Map.of("customer",
				Map.of("name", unique("Onboarding Customer"), "country", "DE", "city", "Hamburg"), "amount", 1000,
				"currency", "EUR", "expectedCloseDate", LocalDate.now().plusMonths(2).toString()));
		assertThat(deal.status()).as(deal.body()).isEqualTo(201);
		awaitDone(partner, OnboardingTaskKind.REGISTER_FIRST_DEAL);
		assertThat(checklist(partner).get("completedAt").isNull()).as("the kick-off call is still open").isTrue();

		Response ticked = post("/api/v1/partners/" + partner.partnerId() + "/onboarding/tasks/"
				+ task(partner, OnboardingTaskKind.CUSTOM).get("id").asString() + "/complete", partner.token(), Map.of());

		assertThat(ticked.status()).as(ticked.body()).isEqualTo(200);
		assertThat(ticked.json().get("completedAt").isNull()).as("every task is done").isFalse();
	}

	@Test
	void vendorStaffDefineAProgrammesPlanThroughTheApiAndPartnersEnrolledLaterFollowIt() {
		Programme programme = programme(PLAN);
		List<Map<String, String>> steps = List.of(Map.of("kind", "COMPLETE_COURSE", "title", "Take the course"),
				Map.of("kind", "REGISTER_FIRST_DEAL", "title", "Register a deal"));

		Response defined = put("/api/v1/onboarding/plans/" + programme.programId(), tokenFor(ADMIN), Map.of("steps", steps));

		assertThat(defined.status()).as(defined.body()).isEqualTo(200);
		Enrolled partner = enrolled(programme, Map.of());
		assertThat(checklist(partner).get("tasks")).extracting(t -> t.get("title").asString())
			.containsExactly("Take the course", "Register a deal");
		assertThat(get("/api/v1/onboarding/plans/" + programme.programId(), partner.token()).status()).isEqualTo(404);
		assertThat(put("/api/v1/onboarding/plans/" + programme.programId(), tokenFor(ADMIN),
				Map.of("steps", List.of(Map.of("kind", "CUSTOM", "title", " ")))).status()).as("a step without title")
			.isEqualTo(400);
	}

	@Test
	void tasksThatTickThemselvesCannotBeTickedByHand() {
		Enrolled partner = enrolled(programme(PLAN), Map.of());

		Response refused = post("/api/v1/partners/" + partner.partnerId() + "/onboarding/tasks/"
				+ task(partner, OnboardingTaskKind.REGISTER_FIRST_DEAL).get("id").asString() + "/complete", partner.token(),
				Map.of());

		assertThat(refused.status()).isEqualTo(409);
		assertThat(done(partner, OnboardingTaskKind.REGISTER_FIRST_DEAL)).isFalse();
	}

	@Test
	void aPartnerWithoutProgressForTheConfiguredDaysIsStuckAndProgressClearsIt() {
		Enrolled partner = enrolled(programme(PLAN), Map.of());
		Instant enrolledAt = Instant.parse(checklist(partner).get("enrolledAt").asString());

		List<OnboardingProgress> thirteenDays = CurrentActor.runAsSystem(() -> reports.stuck(enrolledAt.plus(Duration.ofDays(13))));
		List<OnboardingProgress> fifteenDays = CurrentActor.runAsSystem(() -> reports.stuck(enrolledAt.plus(Duration.ofDays(15))));

		assertThat(thirteenDays).noneMatch(p -> p.partnerId().toString().equals(partner.partnerId()));
		assertThat(fifteenDays).anyMatch(p -> p.partnerId().toString().equals(partner.partnerId())
				&& p.partnerName().equals(partner.name()));
		post("/api/v1/partners/" + partner.partnerId() + "/onboarding/tasks/"
				+ task(partner, OnboardingTaskKind.CUSTOM).get("id").asString() + "/complete", partner.token(), Map.of());
		Instant ticked = Instant.parse(task(partner, OnboardingTaskKind.CUSTOM).get("completedAt").asString());
		assertThat(CurrentActor.runAsSystem(() -> reports.stuck(ticked.plus(Duration.ofDays(13)))))
			.noneMatch(p -> p.partnerId().toString().equals(partner.partnerId()));
	}

	@Test
	void vendorStaffSeeProgressAndCohortsAndPartnersDoNot() {
		Enrolled partner = enrolled(programme(PLAN), Map.of());

		Response progress = get("/api/v1/onboarding/progress", tokenFor(ADMIN));
		Response cohorts = get("/api/v1/onboarding/cohorts", tokenFor(ADMIN));

		assertThat(progress.status()).isEqualTo(200);
		assertThat(progress.body()).contains(partner.name());
		assertThat(cohorts.json()).isNotEmpty();
		assertThat(get("/api/v1/onboarding/progress", partner.token()).status()).isEqualTo(404);
		BrowserSession vendor = BrowserSession.signIn(baseUrl(), ADMIN, PASSWORD);
		assertThat(vendor.get("/onboarding").body()).contains("onboarding-progress").contains(partner.name())
			.contains("onboarding-cohorts");
		BrowserSession own = BrowserSession.signIn(baseUrl(), partner.admin().email(), partner.admin().password());
		assertThat(own.get("/onboarding").body()).contains("onboarding-checklists").doesNotContain("onboarding-progress");
	}
}

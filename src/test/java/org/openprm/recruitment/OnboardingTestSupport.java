package org.openprm.recruitment;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.ApiTestSupport;
import org.openprm.identity.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * A fresh programme with an onboarding plan of its own, and fresh partners enrolled in it through the API.
 */
abstract class OnboardingTestSupport extends ApiTestSupport {

	@Autowired
	OnboardingPlans plans;

	record Programme(String programId, String tierId) {
	}

	record Enrolled(String partnerId, String name, Person admin, String token) {
	}

	protected Programme programme(List<OnboardingPlans.Step> plan) {
		String key = "onb-" + UUID.randomUUID().toString().substring(0, 8);
		Response program = post("/api/v1/programs", tokenFor(ADMIN), Map.of("key", key, "name", "Programme " + key));
		if (program.status() != 201) {
			throw new IllegalStateException(program.body());
		}
		String programId = program.json().get("id").asString();
		Response tier = post("/api/v1/programs/" + programId + "/tiers", tokenFor(ADMIN),
				Map.of("key", "registered", "name", "Registered", "rank", 1));
		if (tier.status() != 201) {
			throw new IllegalStateException(tier.body());
		}
		CurrentActor.runAsSystem(() -> {
			plans.define(UUID.fromString(programId), plan);
			return null;
		});
		return new Programme(programId, tier.json().get("id").asString());
	}

	/** A partner with one admin, enrolled in the programme; answers once its checklist exists. */
	protected Enrolled enrolled(Programme programme, Map<String, Object> changes) {
		String name = unique("Onboarding Partner");
		Map<String, Object> body = new LinkedHashMap<>(partnerBody(name));
		body.putAll(changes);
		Response created = post("/api/v1/partners", tokenFor(ADMIN), body);
		if (created.status() != 201) {
			throw new IllegalStateException(created.body());
		}
		String partnerId = created.json().get("id").asString();
		Person admin = newPerson(partnerId, "PARTNER_ADMIN");
		Response enrolled = post("/api/v1/partners/" + partnerId + "/memberships", tokenFor(ADMIN),
				Map.of("programId", programme.programId(), "tierId", programme.tierId()));
		if (enrolled.status() != 201 && enrolled.status() != 200) {
			throw new IllegalStateException(enrolled.body());
		}
		Enrolled partner = new Enrolled(partnerId, name, admin, newToken(admin));
		await().atMost(Duration.ofSeconds(20)).until(() -> checklist(partner) != null);
		return partner;
	}

	protected JsonNode checklist(Enrolled partner) {
		JsonNode checklists = get("/api/v1/partners/" + partner.partnerId() + "/onboarding", partner.token()).json();
		return checklists.isEmpty() ? null : checklists.get(0);
	}

	protected JsonNode task(Enrolled partner, OnboardingTaskKind kind) {
		for (JsonNode task : checklist(partner).get("tasks")) {
			if (task.get("kind").asString().equals(kind.name())) {
				return task;
			}
		}
		throw new IllegalStateException("No task " + kind);
	}

	protected boolean done(Enrolled partner, OnboardingTaskKind kind) {
		return !task(partner, kind).get("completedAt").isNull();
	}

	protected void awaitDone(Enrolled partner, OnboardingTaskKind kind) {
		await().atMost(Duration.ofSeconds(20)).until(() -> done(partner, kind));
	}
}

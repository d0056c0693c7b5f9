package org.openprm.recruitment.web.onboarding;

import java.util.List;
import java.util.UUID;

import org.openprm.recruitment.OnboardingChecklistView;
import org.openprm.recruitment.OnboardingChecklists;
import org.openprm.recruitment.OnboardingCohort;
import org.openprm.recruitment.OnboardingProgress;
import org.openprm.recruitment.OnboardingReports;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Onboarding checklists over REST: a partner's checklists, ticking a manual task, and the vendor's view
 * of every partner's progress.
 */
@RestController
@Tag(name = "Onboarding")
class OnboardingRestController {

	private final OnboardingChecklists checklists;

	private final OnboardingReports reports;

	OnboardingRestController(OnboardingChecklists checklists, OnboardingReports reports) {
		this.checklists = checklists;
		this.reports = reports;
	}

	@GetMapping("/api/v1/partners/{partnerId}/onboarding")
	@Operation(summary = "The partner's onboarding checklists (one per programme) with their tasks and progress")
	List<OnboardingChecklistView> checklists(@PathVariable UUID partnerId) {
		return checklists.checklists(partnerId);
	}

	@PostMapping("/api/v1/partners/{partnerId}/onboarding/tasks/{taskId}/complete")
	@Operation(summary = "Tick a manual onboarding task (custom or course); the other kinds tick themselves")
	OnboardingChecklistView complete(@PathVariable UUID partnerId, @PathVariable UUID taskId) {
		return checklists.completeTask(partnerId, taskId);
	}

	@GetMapping("/api/v1/onboarding/progress")
	@Operation(summary = "Every partner's onboarding progress, least progressed first, with stuck partners flagged (vendor staff)")
	List<OnboardingProgress> progress() {
		return reports.progress();
	}

	@GetMapping("/api/v1/onboarding/cohorts")
	@Operation(summary = "Time to first deal per month of enrolment (vendor staff)")
	List<OnboardingCohort> cohorts() {
		return reports.cohorts();
	}
}

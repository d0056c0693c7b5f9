package org.openprm.recruitment.web.onboarding;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.programs.ProgramManagement;
import org.openprm.recruitment.OnboardingPlans;
import org.openprm.recruitment.OnboardingTaskKind;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Onboarding plans over REST (vendor staff; partners get 404): the default plan and a programme's own.
 */
@RestController
@Tag(name = "Onboarding")
class OnboardingPlanRestController {

	private final OnboardingPlans plans;

	private final ProgramManagement programs;

	OnboardingPlanRestController(OnboardingPlans plans, ProgramManagement programs) {
		this.plans = plans;
		this.programs = programs;
	}

	record StepRequest(@NotNull OnboardingTaskKind kind, @NotBlank @Size(max = 200) String title) {
	}

	record PlanRequest(@NotNull @Size(min = 1, max = 50) List<@Valid StepRequest> steps) {

		List<OnboardingPlans.Step> toSteps() {
			return steps.stream().map(s -> new OnboardingPlans.Step(s.kind(), s.title())).toList();
		}
	}

	@GetMapping("/api/v1/onboarding/plan")
	@Operation(summary = "The default onboarding plan for programmes without one of their own (vendor staff)")
	List<OnboardingPlans.Step> defaultPlan() {
		return plans.plan(null);
	}

	@PutMapping("/api/v1/onboarding/plan")
	@Operation(summary = "Replace the default onboarding plan; partners enrolled later get it (vendor staff)")
	List<OnboardingPlans.Step> defineDefault(@Valid @RequestBody PlanRequest request) {
		plans.define(null, request.toSteps());
		return plans.plan(null);
	}

	@GetMapping("/api/v1/onboarding/plans/{programId}")
	@Operation(summary = "A programme's onboarding plan, or the default one it uses (vendor staff)")
	List<OnboardingPlans.Step> plan(@PathVariable UUID programId) {
		plans.requireVendor(programId);
		programs.program(programId);
		return plans.plan(programId);
	}

	@PutMapping("/api/v1/onboarding/plans/{programId}")
	@Operation(summary = "Replace a programme's onboarding plan; partners enrolled later get it (vendor staff)")
	List<OnboardingPlans.Step> define(@PathVariable UUID programId, @Valid @RequestBody PlanRequest request) {
		plans.requireVendor(programId);
		programs.program(programId);
		plans.define(programId, request.toSteps());
		return plans.plan(programId);
	}
}

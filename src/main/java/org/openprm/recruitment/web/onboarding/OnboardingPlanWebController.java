package org.openprm.recruitment.web.onboarding;

import java.util.UUID;

import org.openprm.programs.ProgramManagement;
import org.openprm.recruitment.OnboardingPlans;
import org.openprm.recruitment.OnboardingTaskKind;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Vendor staff edit the onboarding plans: the default plan and a programme's own. Partners enrolled
 * after a change get the new plan; checklists already started keep theirs.
 */
@Controller
class OnboardingPlanWebController {

	private final OnboardingPlans plans;

	private final ProgramManagement programs;

	OnboardingPlanWebController(OnboardingPlans plans, ProgramManagement programs) {
		this.plans = plans;
		this.programs = programs;
	}

	@GetMapping("/onboarding/plans")
	String plan(@RequestParam(required = false) UUID programId, Model model) {
		return editor(OnboardingPlanForm.of(programId, plans.plan(programId)), model);
	}

	/** Saves; "add step" and "remove step" show the plan again as entered, nothing saved. */
	@PostMapping("/onboarding/plans")
	String save(@ModelAttribute("form") OnboardingPlanForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
		plans.requireVendor(form.getProgramId());
		if (action.equals("add")) {
			form.getSteps().add(new OnboardingPlanForm.StepForm());
			return editor(form, model);
		}
		if (action.startsWith("remove:")) {
			int index = Integer.parseInt(action.substring("remove:".length()));
			if (index >= 0 && index < form.getSteps().size()) {
				form.getSteps().remove(index);
			}
			return editor(form, model);
		}
		if (errors.hasErrors()) {
			return editor(form, model);
		}
		try {
			plans.define(form.getProgramId(), form.toSteps());
		}
		catch (InvalidInput ex) {
			FormErrors.apply(ex, errors);
			return editor(form, model);
		}
		redirect.addFlashAttribute("notice", "onboarding.plan.saved");
		return form.getProgramId() == null ? "redirect:/onboarding/plans"
				: "redirect:/onboarding/plans?programId=" + form.getProgramId();
	}

	private String editor(OnboardingPlanForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("programmes", programs.programs());
		model.addAttribute("kinds", OnboardingTaskKind.values());
		return "onboarding/plan";
	}
}

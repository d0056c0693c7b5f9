package org.openprm.recruitment.web.onboarding;

import java.util.UUID;

import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.recruitment.OnboardingChecklists;
import org.openprm.recruitment.OnboardingReports;
import org.openprm.shared.IllegalTransition;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Onboarding pages: a partner's checklists with progress bars (also as a card on the partner's home page,
 * loaded by htmx), and for vendor staff every partner's progress, the stuck ones and time to first deal.
 */
@Controller
class OnboardingWebController {

	private final OnboardingChecklists checklists;

	private final OnboardingReports reports;

	private final CurrentActor actors;

	OnboardingWebController(OnboardingChecklists checklists, OnboardingReports reports, CurrentActor actors) {
		this.checklists = checklists;
		this.reports = reports;
		this.actors = actors;
	}

	@GetMapping("/onboarding")
	String onboarding(@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		Actor actor = actors.get();
		if (actor.isVendor()) {
			model.addAttribute("progress", reports.progress());
			model.addAttribute("cohorts", reports.cohorts());
			return "onboarding/vendor";
		}
		if (actor.partnerId() == null) {
			return "redirect:/";
		}
		model.addAttribute("checklists", checklists.checklists(actor.partnerId()));
		return htmx != null ? "onboarding/partner :: checklists" : "onboarding/partner";
	}

	@PostMapping("/onboarding/tasks/{taskId}/complete")
	String complete(@PathVariable UUID taskId, RedirectAttributes redirect) {
		Actor actor = actors.get();
		if (actor.partnerId() == null) {
			return "redirect:/onboarding";
		}
		try {
			checklists.completeTask(actor.partnerId(), taskId);
			redirect.addFlashAttribute("notice", "onboarding.task.completed");
		}
		catch (IllegalTransition automatic) {
			redirect.addFlashAttribute("notice", "onboarding.task.automatic");
		}
		return "redirect:/onboarding";
	}
}

package org.openprm.recruitment.web;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.openprm.identity.IdentityManagement;
import org.openprm.programs.ProgramManagement;
import org.openprm.programs.ProgramView;
import org.openprm.recruitment.ApplicationCriteria;
import org.openprm.recruitment.ApplicationReview;
import org.openprm.recruitment.ApplicationStatus;
import org.openprm.recruitment.ApplicationView;
import org.openprm.recruitment.Approval;
import org.openprm.shared.IllegalTransition;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.PageResult;
import org.openprm.shared.web.FormErrors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vendor's review queue and review page with the decisions. Partner users get 404 everywhere.
 */
@Controller
class ApplicationWebController {

	private final ApplicationReview review;

	private final IdentityManagement identity;

	private final ProgramManagement programs;

	ApplicationWebController(ApplicationReview review, IdentityManagement identity, ProgramManagement programs) {
		this.review = review;
		this.identity = identity;
		this.programs = programs;
	}

	@GetMapping("/applications")
	String queue(@RequestParam(required = false) ApplicationStatus status,
			@RequestParam(required = false) UUID assigneeId, @RequestParam(required = false) String queue,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			Model model) {
		ApplicationCriteria criteria = new ApplicationCriteria(status, assigneeId, queue, overdue);
		PageResult<ApplicationView> found = review.applications(criteria,
				PageRequest.of(Math.max(0, page), 50, Sort.by(Sort.Direction.DESC, "submittedAt").and(Sort.by("id"))));
		model.addAttribute("applications", found);
		model.addAttribute("criteria", criteria);
		model.addAttribute("statuses", ApplicationStatus.values());
		model.addAttribute("staff", identity.vendorStaff(PageRequest.of(0, 200)).items());
		return "recruitment/queue";
	}

	@GetMapping("/applications/{applicationId}")
	String show(@PathVariable UUID applicationId, Model model) {
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", new ReviewActionForm());
		}
		model.addAttribute("submission", review.application(applicationId));
		model.addAttribute("history", review.history(applicationId));
		List<ProgramView> active = programs.programs();
		model.addAttribute("programmes", active);
		model.addAttribute("programmeNames", ProgrammeNames.of(active));
		return "recruitment/review";
	}

	@PostMapping("/applications/{applicationId}/approve")
	String approve(@PathVariable UUID applicationId, @ModelAttribute("actionForm") ReviewActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(applicationId, "approve", errors, model, redirect,
				() -> review.approve(applicationId, new Approval(form.getProgrammeId(), form.getTierId())));
	}

	@PostMapping("/applications/{applicationId}/reject")
	String reject(@PathVariable UUID applicationId, @ModelAttribute("actionForm") ReviewActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(applicationId, "reject", errors, model, redirect, () -> review.reject(applicationId, form.getReason()));
	}

	@PostMapping("/applications/{applicationId}/request-info")
	String requestInfo(@PathVariable UUID applicationId, @ModelAttribute("actionForm") ReviewActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(applicationId, "requestInfo", errors, model, redirect,
				() -> review.requestInformation(applicationId, form.getQuestion()));
	}

	/** Runs the action unless the form has errors; on success back to the page with a notice. */
	private String act(UUID id, String action, BindingResult errors, Model model, RedirectAttributes redirect,
			Supplier<ApplicationView> change) {
		// Loaded first: for a partner user the application answers 404 before any input is looked at.
		review.application(id);
		if (!errors.hasErrors()) {
			try {
				change.get();
				redirect.addFlashAttribute("notice", "application.action.done." + action);
				return "redirect:/applications/" + id;
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
			catch (IllegalTransition ex) {
				model.addAttribute("applicationError", "application.illegalTransition");
			}
		}
		model.addAttribute("failedAction", action);
		return show(id, model);
	}
}

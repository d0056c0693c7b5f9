package org.openprm.deals.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.validation.Valid;

import org.openprm.deals.CreditRole;
import org.openprm.deals.DealDecisions;
import org.openprm.deals.DealManagement;
import org.openprm.deals.DealView;
import org.openprm.deals.PartnerCredit;
import org.openprm.shared.Conflict;
import org.openprm.shared.IllegalTransition;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The status changes of a deal from its page: the vendor's decisions and the partner's submit,
 * answer, won, lost, withdraw and extension request. A refused input shows next to its field in the
 * action's form; a change the status does not allow (409) shows as a message on the page.
 */
@Controller
@RequestMapping("/deals/{registrationId}")
class DealReviewWebController {

	private final DealManagement deals;

	private final DealDecisions decisions;

	private final DealPage page;

	DealReviewWebController(DealManagement deals, DealDecisions decisions, DealPage page) {
		this.deals = deals;
		this.decisions = decisions;
		this.page = page;
	}

	@PostMapping("/submit")
	String submit(@PathVariable UUID registrationId, @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(registrationId, "submit", errors, model, redirect, () -> deals.submit(registrationId));
	}

	@PostMapping("/review")
	String review(@PathVariable UUID registrationId, @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(registrationId, "review", errors, model, redirect, () -> decisions.startReview(registrationId));
	}

	@PostMapping("/request-info")
	String requestInfo(@PathVariable UUID registrationId, @Valid @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(registrationId, "requestInfo", errors, model, redirect,
				() -> decisions.requestInformation(registrationId, form.getQuestion()));
	}

	@PostMapping("/respond")
	String respond(@PathVariable UUID registrationId, @Valid @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (form.getAnswer() == null || form.getAnswer().isBlank()) {
			errors.rejectValue("answer", "problem.required");
		}
		return act(registrationId, "respond", errors, model, redirect, () -> deals.respond(registrationId, form.getAnswer()));
	}

	@PostMapping("/approve")
	String approve(@PathVariable UUID registrationId, @Valid @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(registrationId, "approve", errors, model, redirect,
				() -> decisions.approve(registrationId, form.getProtectionDays()));
	}

	@PostMapping("/reject")
	String reject(@PathVariable UUID registrationId, @Valid @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(registrationId, "reject", errors, model, redirect, () -> decisions.reject(registrationId, form.getReason()));
	}

	@PostMapping("/won")
	String won(@PathVariable UUID registrationId, @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(registrationId, "won", errors, model, redirect, () -> deals.win(registrationId));
	}

	@PostMapping("/lost")
	String lost(@PathVariable UUID registrationId, @Valid @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(registrationId, "lost", errors, model, redirect, () -> deals.lose(registrationId, form.getReason()));
	}

	@PostMapping("/withdraw")
	String withdraw(@PathVariable UUID registrationId, @Valid @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(registrationId, "withdraw", errors, model, redirect,
				() -> deals.withdraw(registrationId, form.getReason()));
	}

	@PostMapping("/extension")
	String requestExtension(@PathVariable UUID registrationId, @Valid @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (form.getDays() == null) {
			errors.rejectValue("days", "problem.required");
		}
		return act(registrationId, "extension", errors, model, redirect,
				() -> deals.requestExtension(registrationId, form.getDays(), form.getReason()));
	}

	@PostMapping("/extension/approve")
	String approveExtension(@PathVariable UUID registrationId, @Valid @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(registrationId, "extensionDecision", errors, model, redirect,
				() -> decisions.approveExtension(registrationId, form.getDays()));
	}

	@PostMapping("/extension/decline")
	String declineExtension(@PathVariable UUID registrationId, @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(registrationId, "extensionDecision", errors, model, redirect,
				() -> decisions.declineExtension(registrationId));
	}

	/** Vendor staff add a partner to the deal in a role (fulfilling, influencing); the registering partner stays. */
	@PostMapping("/credits")
	String addCredit(@PathVariable UUID registrationId, @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (form.getCreditPartnerId() == null) {
			errors.rejectValue("creditPartnerId", "problem.required");
		}
		if (form.getCreditRole() == null || form.getCreditRole() == CreditRole.REGISTERED) {
			errors.rejectValue("creditRole", "problem.invalid");
		}
		return act(registrationId, "credit", errors, model, redirect, () -> decisions.assignCredits(registrationId,
				credits(registrationId, list -> list.add(new PartnerCredit(form.getCreditPartnerId(), form.getCreditRole())))));
	}

	@PostMapping("/credits/remove")
	String removeCredit(@PathVariable UUID registrationId, @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		PartnerCredit removed = new PartnerCredit(form.getCreditPartnerId(), form.getCreditRole());
		return act(registrationId, "credit", errors, model, redirect,
				() -> decisions.assignCredits(registrationId, credits(registrationId, list -> list.remove(removed))));
	}

	private List<PartnerCredit> credits(UUID registrationId, Consumer<List<PartnerCredit>> change) {
		List<PartnerCredit> credits = new ArrayList<>(deals.registration(registrationId).credits());
		change.accept(credits);
		return credits;
	}

	/** Runs the action unless the form has errors; on success back to the page with a notice. */
	private String act(UUID id, String action, BindingResult errors, Model model, RedirectAttributes redirect,
			Supplier<DealView> change) {
		// Loaded first: someone else's deal answers 404 before any input is looked at.
		deals.registration(id);
		if (!errors.hasErrors()) {
			try {
				change.get();
				redirect.addFlashAttribute("notice", "deal.action.done." + action);
				return "redirect:/deals/" + id;
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
			catch (IllegalTransition ex) {
				model.addAttribute("dealError", "deal.illegalTransition");
			}
			catch (Conflict ex) {
				model.addAttribute("dealError", "deal.customerHeld");
			}
		}
		model.addAttribute("failedAction", action);
		return page.show(id, model);
	}
}

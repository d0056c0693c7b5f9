package org.openprm.deals.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.deals.DealManagement;
import org.openprm.shared.Conflict;
import org.openprm.shared.IllegalTransition;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A deal's page and the two-way part of it: the update both sides make and the comment thread.
 */
@Controller
@RequestMapping("/deals/{registrationId}")
class DealPageWebController {

	private final DealManagement deals;

	private final DealPage page;

	DealPageWebController(DealManagement deals, DealPage page) {
		this.deals = deals;
		this.page = page;
	}

	@GetMapping
	String show(@PathVariable UUID registrationId, Model model) {
		return page.show(registrationId, model);
	}

	@PostMapping
	String update(@PathVariable UUID registrationId, @Valid @ModelAttribute("updateForm") DealUpdateForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		// Loaded first: someone else's deal answers 404 before any input is looked at.
		deals.registration(registrationId);
		if (!errors.hasErrors()) {
			try {
				deals.update(registrationId, form.toChanges(), form.getVersion());
				redirect.addFlashAttribute("notice", "deal.saved");
				return "redirect:/deals/" + registrationId;
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
			catch (Conflict ex) {
				errors.reject("deal.stale");
			}
			catch (IllegalTransition ex) {
				errors.reject("deal.illegalTransition");
			}
		}
		return page.show(registrationId, model);
	}

	@PostMapping("/comments")
	String comment(@PathVariable UUID registrationId, @ModelAttribute("actionForm") DealActionForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		try {
			deals.addComment(registrationId, form.getBody());
			redirect.addFlashAttribute("notice", "deal.commented");
			return "redirect:/deals/" + registrationId + "#comments";
		}
		catch (InvalidInput ex) {
			FormErrors.apply(ex, errors);
			model.addAttribute("failedAction", "comment");
			return page.show(registrationId, model);
		}
	}
}

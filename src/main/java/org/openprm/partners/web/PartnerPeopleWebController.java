package org.openprm.partners.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.partners.PartnerPeople;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inviting, deactivating and reactivating a partner's people from its overview page.
 */
@Controller
@RequestMapping("/partners/{partnerId}/people")
class PartnerPeopleWebController {

	private static final String FORM_ERRORS = BindingResult.MODEL_KEY_PREFIX + "inviteForm";

	private final PartnerPeople people;

	PartnerPeopleWebController(PartnerPeople people) {
		this.people = people;
	}

	@PostMapping
	String invite(@PathVariable UUID partnerId, @Valid @ModelAttribute("inviteForm") InviteForm form,
			BindingResult errors, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				people.invite(partnerId, form.getEmail(), form.getDisplayName(), form.getRole(), form.getJobRole());
				redirect.addFlashAttribute("notice", "people.invited");
				return "redirect:/partners/" + partnerId + "#people";
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
		}
		redirect.addFlashAttribute("inviteForm", form);
		redirect.addFlashAttribute(FORM_ERRORS, errors);
		return "redirect:/partners/" + partnerId + "#invite";
	}

	@PostMapping("/{userId}/deactivate")
	String deactivate(@PathVariable UUID partnerId, @PathVariable UUID userId, RedirectAttributes redirect) {
		people.deactivate(partnerId, userId);
		redirect.addFlashAttribute("notice", "people.deactivated");
		return "redirect:/partners/" + partnerId + "#people";
	}

	@PostMapping("/{userId}/reactivate")
	String reactivate(@PathVariable UUID partnerId, @PathVariable UUID userId, RedirectAttributes redirect) {
		people.reactivate(partnerId, userId);
		redirect.addFlashAttribute("notice", "people.reactivated");
		return "redirect:/partners/" + partnerId + "#people";
	}

	@PostMapping("/{userId}/resend")
	String resend(@PathVariable UUID partnerId, @PathVariable UUID userId, RedirectAttributes redirect) {
		people.resendInvitation(partnerId, userId);
		redirect.addFlashAttribute("notice", "people.resent");
		return "redirect:/partners/" + partnerId + "#people";
	}
}

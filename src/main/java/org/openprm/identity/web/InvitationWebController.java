package org.openprm.identity.web;

import jakarta.validation.Valid;

import org.openprm.identity.IdentityManagement;
import org.openprm.identity.UserSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The link in an invitation e-mail: the invitee chooses a password and can then sign in.
 */
@Controller
class InvitationWebController {

	private final IdentityManagement identity;

	InvitationWebController(IdentityManagement identity) {
		this.identity = identity;
	}

	@GetMapping("/invitations/{secret}")
	String show(@PathVariable String secret, Model model) {
		return identity.pendingInvitation(secret).map(user -> {
			model.addAttribute("invitee", user);
			model.addAttribute("form", new PasswordForm());
			return "identity/invitation";
		}).orElse("identity/invitation-invalid");
	}

	@PostMapping("/invitations/{secret}")
	String accept(@PathVariable String secret, @Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
			Model model) {
		UserSummary invitee = identity.pendingInvitation(secret).orElse(null);
		if (invitee == null) {
			return "identity/invitation-invalid";
		}
		form.checkConfirmation(errors);
		if (errors.hasErrors()) {
			model.addAttribute("invitee", invitee);
			return "identity/invitation";
		}
		identity.acceptInvitation(secret, form.getPassword());
		// The login page announces the activation itself (?activated); a flash notice would say it twice.
		return "redirect:/login?activated";
	}
}

package org.openprm.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

import org.openprm.identity.IdentityManagement;
import org.openprm.identity.UserSummary;
import org.openprm.shared.web.ratelimit.RateLimitedEndpoint;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * "Forgot your password?": a link by e-mail, valid for an hour, to choose a new password.
 */
@Controller
class PasswordResetWebController {

	private final IdentityManagement identity;

	PasswordResetWebController(IdentityManagement identity) {
		this.identity = identity;
	}

	public static class ResetRequestForm {

		@NotBlank
		@Email
		private String email;

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}
	}

	@GetMapping("/password-reset")
	String requestForm(Model model) {
		model.addAttribute("form", new ResetRequestForm());
		return "identity/password-reset-request";
	}

	@PostMapping("/password-reset")
	String request(@Valid @ModelAttribute("form") ResetRequestForm form, BindingResult errors) {
		if (errors.hasErrors()) {
			return "identity/password-reset-request";
		}
		identity.requestPasswordReset(form.getEmail());
		// The same answer whether or not the address is registered, so nobody can probe for accounts.
		return "redirect:/login?resetRequested";
	}

	/** Where the rate limit forwards a refused request: the form again, saying how long to wait. */
	@RequestMapping("/password-reset/rate-limited")
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String rateLimited(@RequestAttribute(name = RateLimitedEndpoint.RETRY_AFTER_SECONDS, required = false) Long retryAfter,
			Model model) {
		model.addAttribute("form", new ResetRequestForm());
		model.addAttribute("retryAfterSeconds", retryAfter == null ? 60 : retryAfter);
		return "identity/password-reset-request";
	}

	@GetMapping("/password-reset/{secret}")
	String show(@PathVariable String secret, Model model) {
		return identity.pendingPasswordReset(secret).map(user -> {
			model.addAttribute("user", user);
			model.addAttribute("form", new PasswordForm());
			return "identity/password-reset";
		}).orElse("identity/password-reset-invalid");
	}

	@PostMapping("/password-reset/{secret}")
	String reset(@PathVariable String secret, @Valid @ModelAttribute("form") PasswordForm form, BindingResult errors,
			Model model) {
		UserSummary user = identity.pendingPasswordReset(secret).orElse(null);
		if (user == null) {
			return "identity/password-reset-invalid";
		}
		form.checkConfirmation(errors);
		if (errors.hasErrors()) {
			model.addAttribute("user", user);
			return "identity/password-reset";
		}
		identity.resetPassword(secret, form.getPassword());
		return "redirect:/login?passwordReset";
	}
}

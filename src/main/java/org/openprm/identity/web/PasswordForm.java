package org.openprm.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * Choosing a password (from an invitation or a reset link): the password twice.
 */
public class PasswordForm {

	@NotBlank
	@Size(min = 10, max = 128, message = "{invitation.password.size}")
	private String password;

	@NotBlank
	private String confirmation;

	void checkConfirmation(BindingResult errors) {
		if (!errors.hasFieldErrors("confirmation") && confirmation != null && !confirmation.equals(password)) {
			errors.rejectValue("confirmation", "invitation.password.mismatch");
		}
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmation() {
		return confirmation;
	}

	public void setConfirmation(String confirmation) {
		this.confirmation = confirmation;
	}
}

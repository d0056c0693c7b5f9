package org.openprm.programs.web.agreements;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The accept form: the partner admin types their full name.
 */
public class AcceptForm {

	@NotBlank
	@Size(max = 200)
	private String fullName;

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}
}

package org.openprm.recruitment.domain;

import java.util.Locale;

/**
 * The applicant's contact person, who becomes the partner's first admin when the application is approved.
 */
public record ApplicationContact(String name, String email, String phone) {

	public String emailDomain() {
		return email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT);
	}
}

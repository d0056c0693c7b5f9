package org.openprm.identity.security;

import java.util.List;

import org.openprm.identity.SignedInUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The form-login principal. It carries the user id; role and partner are read fresh per request.
 */
public class PrmUserDetails extends User {

	private final SignedInUser signedInUser;

	PrmUserDetails(SignedInUser signedInUser, String passwordHash, String authority, boolean enabled, boolean unlocked) {
		super(signedInUser.email(), passwordHash == null ? "" : passwordHash, enabled, true, true, unlocked,
				List.of(new SimpleGrantedAuthority(authority)));
		this.signedInUser = signedInUser;
	}

	public SignedInUser signedInUser() {
		return signedInUser;
	}
}

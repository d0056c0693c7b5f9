package org.openprm.identity.security;

import org.openprm.identity.IdentityManagement;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks an account after repeated wrong passwords, for form login and token creation alike.
 */
@Component
class LoginAttempts {

	private final IdentityManagement identity;

	LoginAttempts(IdentityManagement identity) {
		this.identity = identity;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		identity.recordFailedLogin(event.getAuthentication().getName());
	}

	@EventListener
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PrmUserDetails user) {
			identity.recordSuccessfulLogin(user.signedInUser().userId());
		}
	}
}

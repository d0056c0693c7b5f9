package org.openprm.programs;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import org.openprm.identity.Actor;
import org.openprm.identity.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs facade calls as a given actor, the way a signed-in request would, for tests without HTTP.
 */
final class Acting {

	private Acting() {
	}

	static Actor partnerAdmin(UUID partnerId) {
		return new Actor(UUID.randomUUID(), "admin-" + partnerId + "@partner.example", "Partner Admin", Role.PARTNER_ADMIN,
				partnerId, Locale.ENGLISH);
	}

	static <T> T as(Actor actor, Supplier<T> task) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new UsernamePasswordAuthenticationToken(actor, null,
				AuthorityUtils.createAuthorityList(actor.role().authority())));
		SecurityContextHolder.setContext(context);
		try {
			return task.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}
}

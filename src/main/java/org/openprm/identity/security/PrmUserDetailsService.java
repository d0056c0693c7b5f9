package org.openprm.identity.security;

import java.time.Instant;

import org.openprm.identity.SignedInUser;
import org.openprm.identity.UserStatus;
import org.openprm.identity.domain.User;
import org.openprm.identity.domain.UserRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class PrmUserDetailsService implements UserDetailsService {

	private final UserRepository users;

	PrmUserDetailsService(UserRepository users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String email) {
		User user = users.findByEmail(User.normalise(email))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return new PrmUserDetails(new SignedInUser(user.id(), user.email()), user.passwordHash(),
				user.role().authority(), user.status() == UserStatus.ACTIVE, !user.lockedAt(Instant.now()));
	}
}

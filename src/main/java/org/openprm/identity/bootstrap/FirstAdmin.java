package org.openprm.identity.bootstrap;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.IdentityManagement;
import org.openprm.identity.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An install without any vendor admin creates its first one from {@code PRM_ADMIN_EMAIL} and
 * {@code PRM_ADMIN_PASSWORD}, and refuses to start without them: an install nobody can sign in to
 * is of no use. Runs after the demo data, which brings its own admin.
 */
@Component
@Order(100)
class FirstAdmin implements ApplicationRunner {

	private final IdentityManagement identity;

	private final String email;

	private final String password;

	FirstAdmin(IdentityManagement identity, @Value("${prm.admin.email:}") String email,
			@Value("${prm.admin.password:}") String password) {
		this.identity = identity;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentActor.runAsSystem(() -> {
			if (identity.anyVendorAdmin()) {
				return null;
			}
			if (email.isBlank() || password.length() < 10) {
				throw new IllegalStateException("This OpenPRM has no vendor admin yet. Set PRM_ADMIN_EMAIL and "
						+ "PRM_ADMIN_PASSWORD (at least 10 characters) to create the first one.");
			}
			identity.createActiveUser(email, "Administrator", Role.VENDOR_ADMIN, null, null, password);
			return null;
		});
	}
}

package org.openprm.recruitment;

import java.util.UUID;

import org.openprm.identity.IdentityManagement;
import org.openprm.shared.RecordNotFound;

/**
 * The display name of a vendor staff member, or its id when the user no longer exists.
 */
final class StaffNames {

	private StaffNames() {
	}

	static String of(IdentityManagement identity, UUID userId) {
		try {
			return identity.user(userId).displayName();
		}
		catch (RecordNotFound ex) {
			return userId.toString();
		}
	}
}

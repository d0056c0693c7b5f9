package org.openprm.partners;

import java.util.UUID;

import org.openprm.identity.IdentityManagement;
import org.openprm.identity.JobRole;
import org.openprm.identity.Role;
import org.openprm.identity.UserSummary;
import org.openprm.shared.PageResult;
import org.openprm.shared.RecordNotFound;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partner organisation's people. The partner is loaded through the directory's scope first, so a
 * person of an invisible partner answers exactly like a missing one.
 */
@Service
@Transactional
public class PartnerPeople {

	private final PartnerManagement partners;

	private final IdentityManagement identity;

	PartnerPeople(PartnerManagement partners, IdentityManagement identity) {
		this.partners = partners;
		this.identity = identity;
	}

	@Transactional(readOnly = true)
	public PageResult<UserSummary> people(UUID partnerId, Pageable pageable) {
		partners.partner(partnerId);
		return identity.usersOf(partnerId, pageable);
	}

	@Transactional(readOnly = true)
	public UserSummary person(UUID partnerId, UUID userId) {
		partners.partner(partnerId);
		return belongingTo(partnerId, identity.user(userId));
	}

	public UserSummary invite(UUID partnerId, String email, String displayName, Role role, JobRole jobRole) {
		partners.partner(partnerId);
		return identity.invite(partnerId, email, displayName, role, jobRole);
	}

	public UserSummary deactivate(UUID partnerId, UUID userId) {
		person(partnerId, userId);
		return identity.deactivate(userId);
	}

	public UserSummary reactivate(UUID partnerId, UUID userId) {
		person(partnerId, userId);
		return identity.reactivate(userId);
	}

	public void resendInvitation(UUID partnerId, UUID userId) {
		person(partnerId, userId);
		identity.resendInvitation(userId);
	}

	private static UserSummary belongingTo(UUID partnerId, UserSummary user) {
		if (!partnerId.equals(user.partnerId())) {
			throw RecordNotFound.of("User", user.id());
		}
		return user;
	}
}

package org.openprm.identity.domain;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserRepository extends JpaRepository<User, UUID> {

	Optional<User> findByEmail(String email);

	Optional<User> findByInvitationHash(String invitationHash);

	Page<User> findByPartnerId(UUID partnerId, Pageable pageable);

	Page<User> findByPartnerIdIsNull(Pageable pageable);

	long countByPartnerId(UUID partnerId);

	@Query("select count(u) from User u where u.partnerId is not null and u.status = org.openprm.identity.UserStatus.ACTIVE")
	long countActivePartnerUsers();

	boolean existsByRole(org.openprm.identity.Role role);
}

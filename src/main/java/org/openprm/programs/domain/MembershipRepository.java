package org.openprm.programs.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface MembershipRepository extends JpaRepository<ProgramMembership, UUID> {

	Optional<ProgramMembership> findByPartnerIdAndProgramId(UUID partnerId, UUID programId);

	List<ProgramMembership> findByPartnerId(UUID partnerId);

	long countByProgramId(UUID programId);
}

package org.openprm.programs.domain.agreements;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementAcceptanceRepository extends JpaRepository<AgreementAcceptance, UUID> {

	List<AgreementAcceptance> findByPartnerIdOrderByAcceptedAtDesc(UUID partnerId);

	List<AgreementAcceptance> findByPartnerIdInOrderByAcceptedAtDesc(Collection<UUID> partnerIds, Pageable page);

	List<AgreementAcceptance> findAllByOrderByAcceptedAtDesc(Pageable page);

	boolean existsByPartnerIdAndTemplateVersionId(UUID partnerId, UUID templateVersionId);
}

package org.openprm.leads.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openprm.leads.LeadStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface LeadRepository extends JpaRepository<Lead, UUID>, JpaSpecificationExecutor<Lead> {

	Optional<Lead> findFirstByCompanyKeyAndStatusInOrderByCreatedAtAsc(String companyKey, Collection<LeadStatus> open);

	List<Lead> findByStatusAndAcceptRemindedFalseAndAcceptDueAtBefore(LeadStatus status, Instant before, Limit limit);

	List<Lead> findByStatusAndAcceptDueAtBefore(LeadStatus status, Instant before, Limit limit);

	List<Lead> findByStatusInAndNudgedAtIsNullAndLastUpdateAtBefore(Collection<LeadStatus> statuses, Instant before,
			Limit limit);

	List<Lead> findByStatusInAndNudgedAtBefore(Collection<LeadStatus> statuses, Instant before, Limit limit);

	List<Lead> findByStatusInOrderByCreatedAtAsc(Collection<LeadStatus> statuses, Limit limit);

	Optional<Lead> findByDealRegistrationId(UUID registrationId);
}

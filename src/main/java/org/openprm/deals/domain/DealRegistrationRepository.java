package org.openprm.deals.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.openprm.deals.DealStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DealRegistrationRepository
		extends JpaRepository<DealRegistration, UUID>, JpaSpecificationExecutor<DealRegistration> {

	List<DealRegistration> findByStatusInAndReviewRemindedFalseAndReviewDueAtBefore(Collection<DealStatus> statuses,
			Instant before, Limit limit);

	List<DealRegistration> findByStatusInAndReviewEscalatedFalseAndReviewDueAtBefore(Collection<DealStatus> statuses,
			Instant before, Limit limit);

	List<DealRegistration> findByStatusAndExpiryRemindersSentLessThanAndProtectedUntilBefore(DealStatus status,
			int sent, Instant before, Limit limit);

	List<DealRegistration> findByStatusAndProtectedUntilBefore(DealStatus status, Instant before, Limit limit);
}

package org.openprm.recruitment.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openprm.recruitment.ApplicationStatus;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ApplicationRepository
		extends JpaRepository<PartnerApplication, UUID>, JpaSpecificationExecutor<PartnerApplication> {

	Optional<PartnerApplication> findByAnswerSecretHash(String answerSecretHash);

	List<PartnerApplication> findByStatusAndRemindedFalseAndReminderDueAtBefore(ApplicationStatus status, Instant before,
			Limit limit);

	List<PartnerApplication> findByStatusAndEscalatedFalseAndReviewDueAtBefore(ApplicationStatus status, Instant before,
			Limit limit);

	/**
	 * Open applications (other than {@code id}) sharing a domain or the first word of the name key with a
	 * new one: the duplicate candidates. {@code domains} must not be empty (pass a value that matches nothing).
	 */
	@Query("""
			select a from PartnerApplication a where a.status in :open and a.id <> :id
			and (a.domain in :domains or a.emailDomain in :domains or a.nameKey like :namePrefix)""")
	List<PartnerApplication> duplicateCandidates(Collection<ApplicationStatus> open, UUID id, Collection<String> domains,
			String namePrefix, Limit limit);

	Optional<PartnerApplication> findByPartnerId(UUID partnerId);

	long countByStatusIn(Collection<ApplicationStatus> statuses);
}

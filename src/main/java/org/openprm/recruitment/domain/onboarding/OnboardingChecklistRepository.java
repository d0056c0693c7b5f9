package org.openprm.recruitment.domain.onboarding;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OnboardingChecklistRepository extends JpaRepository<OnboardingChecklist, UUID> {

	List<OnboardingChecklist> findByPartnerIdOrderByEnrolledAtAsc(UUID partnerId);

	Optional<OnboardingChecklist> findByPartnerIdAndProgramId(UUID partnerId, UUID programId);
}

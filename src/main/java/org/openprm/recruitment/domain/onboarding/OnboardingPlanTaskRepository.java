package org.openprm.recruitment.domain.onboarding;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OnboardingPlanTaskRepository extends JpaRepository<OnboardingPlanTask, UUID> {

	List<OnboardingPlanTask> findByProgramIdOrderByPositionAsc(UUID programId);

	List<OnboardingPlanTask> findByProgramIdIsNullOrderByPositionAsc();

	void deleteByProgramId(UUID programId);

	void deleteByProgramIdIsNull();
}

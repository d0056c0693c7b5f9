package org.openprm.recruitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.recruitment.domain.onboarding.OnboardingChecklist;
import org.openprm.recruitment.domain.onboarding.OnboardingPlanTask;

class OnboardingChecklistProgressTests {

	private static final Instant ENROLLED = Instant.parse("2026-11-01T09:00:00Z");

	private final OnboardingChecklist checklist = new OnboardingChecklist(UUID.randomUUID(), UUID.randomUUID(), ENROLLED,
			List.of(new OnboardingPlanTask(null, 1, OnboardingTaskKind.ACCEPT_AGREEMENT, "Accept"),
					new OnboardingPlanTask(null, 2, OnboardingTaskKind.REGISTER_FIRST_DEAL, "First deal"),
					new OnboardingPlanTask(null, 3, OnboardingTaskKind.CUSTOM, "Kick-off")));

	@Test
	void progressCountsTheDoneTasks() {
		checklist.complete(OnboardingTaskKind.ACCEPT_AGREEMENT, "system", ENROLLED.plusSeconds(60));

		assertThat(checklist.toView().doneCount()).isEqualTo(1);
		assertThat(checklist.toView().percent()).isEqualTo(33);
	}

	@Test
	void theFirstCompletionOfATaskCounts() {
		Instant first = ENROLLED.plusSeconds(60);
		checklist.complete(OnboardingTaskKind.REGISTER_FIRST_DEAL, "system", first);
		checklist.complete(OnboardingTaskKind.REGISTER_FIRST_DEAL, "system", first.plusSeconds(3600));

		assertThat(checklist.toView().tasks().get(1).completedAt()).isEqualTo(first);
	}

	@Test
	void theChecklistCompletesWithItsLastTaskAndSaysSoOnce() {
		checklist.complete(OnboardingTaskKind.ACCEPT_AGREEMENT, "system", ENROLLED.plusSeconds(1));
		checklist.complete(OnboardingTaskKind.REGISTER_FIRST_DEAL, "system", ENROLLED.plusSeconds(2));
		UUID kickOff = checklist.toView().tasks().get(2).id();

		boolean completed = checklist.completeTask(kickOff, "alice@northwind.example", ENROLLED.plusSeconds(3));

		assertThat(completed).isTrue();
		assertThat(checklist.toView().completedAt()).isEqualTo(ENROLLED.plusSeconds(3));
		assertThat(checklist.toView().percent()).isEqualTo(100);
		assertThat(checklist.completeTask(kickOff, "alice@northwind.example", ENROLLED.plusSeconds(4))).isFalse();
	}

	@Test
	void aKindTheChecklistDoesNotHaveChangesNothing() {
		assertThat(checklist.complete(OnboardingTaskKind.INVITE_COLLEAGUES, "system", ENROLLED.plusSeconds(1))).isFalse();
		assertThat(checklist.toView().doneCount()).isZero();
	}
}

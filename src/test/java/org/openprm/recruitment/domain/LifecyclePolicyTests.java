package org.openprm.recruitment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openprm.partners.PartnerStatus;
import org.openprm.recruitment.LifecycleStage;
import org.openprm.recruitment.LifecycleTrigger;

class LifecyclePolicyTests {

	@Test
	void anApplicantBecomesOnboardingWhenApprovedAndActiveWhenOnboardingCompletes() {
		LifecycleStage stage = LifecyclePolicy.next(null, LifecycleTrigger.APPLICATION_RECEIVED);
		assertThat(stage).isEqualTo(LifecycleStage.APPLICANT);
		stage = LifecyclePolicy.next(stage, LifecycleTrigger.APPLICATION_APPROVED);
		assertThat(stage).isEqualTo(LifecycleStage.ONBOARDING);
		assertThat(LifecyclePolicy.next(stage, LifecycleTrigger.ONBOARDING_COMPLETED)).isEqualTo(LifecycleStage.ACTIVE);
	}

	@Test
	void aPartnerCreatedEventArrivingAfterTheApprovalDoesNotMoveItBack() {
		assertThat(LifecyclePolicy.next(LifecycleStage.ONBOARDING, LifecycleTrigger.PARTNER_CREATED))
			.isEqualTo(LifecycleStage.ONBOARDING);
		assertThat(LifecyclePolicy.next(null, LifecycleTrigger.PARTNER_CREATED)).isEqualTo(LifecycleStage.PROSPECT);
		assertThat(LifecyclePolicy.next(LifecycleStage.PROSPECT, LifecycleTrigger.APPLICATION_APPROVED))
			.isEqualTo(LifecycleStage.ONBOARDING);
	}

	@Test
	void tierStatusMovesActivePartnersToAtRiskAndBack() {
		assertThat(LifecyclePolicy.next(LifecycleStage.ACTIVE, LifecycleTrigger.TIER_AT_RISK)).isEqualTo(LifecycleStage.AT_RISK);
		assertThat(LifecyclePolicy.next(LifecycleStage.AT_RISK, LifecycleTrigger.TIER_RECOVERED)).isEqualTo(LifecycleStage.ACTIVE);
		assertThat(LifecyclePolicy.next(LifecycleStage.ONBOARDING, LifecycleTrigger.TIER_AT_RISK))
			.isEqualTo(LifecycleStage.ONBOARDING);
	}

	@Test
	void suspensionOrTerminationMakesAPartnerInactiveAndReactivationActive() {
		assertThat(LifecyclePolicy.next(LifecycleStage.AT_RISK, LifecyclePolicy.triggerOf(PartnerStatus.SUSPENDED)))
			.isEqualTo(LifecycleStage.INACTIVE);
		assertThat(LifecyclePolicy.next(LifecycleStage.INACTIVE, LifecyclePolicy.triggerOf(PartnerStatus.ACTIVE)))
			.isEqualTo(LifecycleStage.ACTIVE);
		assertThat(LifecyclePolicy.next(LifecycleStage.APPLICANT, LifecycleTrigger.APPLICATION_REJECTED))
			.isEqualTo(LifecycleStage.INACTIVE);
	}

	@Test
	void replayingTriggersGivesTheSameStageWhicheverConcurrentListenerWroteFirst() {
		java.time.Instant t = java.time.Instant.parse("2026-01-01T00:00:00Z");
		java.util.UUID partner = java.util.UUID.randomUUID();
		var createdFirst = java.util.List.of(
				new LifecycleRecord(partner, null, LifecycleStage.PROSPECT, LifecycleTrigger.PARTNER_CREATED, t),
				new LifecycleRecord(partner, null, LifecycleStage.ONBOARDING, LifecycleTrigger.APPLICATION_APPROVED, t.plusMillis(1)));
		var approvedFirst = java.util.List.of(
				new LifecycleRecord(partner, null, LifecycleStage.ONBOARDING, LifecycleTrigger.APPLICATION_APPROVED, t),
				new LifecycleRecord(partner, null, LifecycleStage.PROSPECT, LifecycleTrigger.PARTNER_CREATED, t.plusMillis(1)));

		assertThat(last(createdFirst)).isEqualTo(LifecycleStage.ONBOARDING);
		assertThat(last(approvedFirst)).isEqualTo(LifecycleStage.ONBOARDING);
		assertThat(LifecyclePolicy.replay(approvedFirst)).as("a trigger that changed nothing is no history entry").hasSize(1);
	}

	private static LifecycleStage last(java.util.List<LifecycleRecord> records) {
		var entries = LifecyclePolicy.replay(records);
		return entries.get(entries.size() - 1).stage();
	}

	@Test
	void partnersWithoutHistoryArePlacedByTheirDirectoryStatus() {
		assertThat(LifecyclePolicy.fromStatus(PartnerStatus.PROSPECT)).isEqualTo(LifecycleStage.PROSPECT);
		assertThat(LifecyclePolicy.fromStatus(PartnerStatus.ACTIVE)).isEqualTo(LifecycleStage.ACTIVE);
		assertThat(LifecyclePolicy.fromStatus(PartnerStatus.TERMINATED)).isEqualTo(LifecycleStage.INACTIVE);
	}
}

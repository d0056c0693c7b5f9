package org.openprm.recruitment.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.openprm.partners.PartnerStatus;
import org.openprm.recruitment.LifecycleEntry;
import org.openprm.recruitment.LifecycleStage;
import org.openprm.recruitment.LifecycleTrigger;

/**
 * The one place that decides a partner's lifecycle stage: the stage after {@code trigger}, given the
 * current stage (null when the partner has none yet). Events may arrive in any order, so a trigger
 * never moves a partner back to an earlier stage of its own accord (a created partner that is already
 * onboarding stays onboarding).
 */
public final class LifecyclePolicy {

	private LifecyclePolicy() {
	}

	/** The stage after the trigger, or {@code current} when the trigger changes nothing. */
	public static LifecycleStage next(LifecycleStage current, LifecycleTrigger trigger) {
		return switch (trigger) {
			case APPLICATION_RECEIVED -> current == null ? LifecycleStage.APPLICANT : current;
			case APPLICATION_APPROVED -> isBeforeOnboarding(current) ? LifecycleStage.ONBOARDING : current;
			case APPLICATION_REJECTED -> current == LifecycleStage.APPLICANT ? LifecycleStage.INACTIVE : current;
			case PARTNER_CREATED -> current == null ? LifecycleStage.PROSPECT : current;
			case ONBOARDING_COMPLETED -> isBeforeOnboarding(current) || current == LifecycleStage.ONBOARDING
					? LifecycleStage.ACTIVE : current;
			case PARTNER_ACTIVATED -> current == LifecycleStage.AT_RISK ? current : LifecycleStage.ACTIVE;
			case PARTNER_DEACTIVATED -> LifecycleStage.INACTIVE;
			case TIER_AT_RISK -> current == LifecycleStage.ACTIVE ? LifecycleStage.AT_RISK : current;
			case TIER_RECOVERED -> current == LifecycleStage.AT_RISK ? LifecycleStage.ACTIVE : current;
		};
	}

	/**
	 * Replays triggers in time order: each entry with the stage it led to, leaving out triggers that
	 * changed nothing. The result does not depend on which of two concurrent listeners wrote first.
	 */
	public static List<LifecycleEntry> replay(List<LifecycleRecord> records) {
		List<LifecycleEntry> entries = new ArrayList<>();
		LifecycleStage current = null;
		for (LifecycleRecord record : records.stream().sorted(Comparator.comparing(LifecycleRecord::occurredAt)).toList()) {
			LifecycleStage next = next(current, record.trigger());
			if (next != current) {
				entries.add(new LifecycleEntry(next, record.trigger().name(), record.occurredAt()));
				current = next;
			}
		}
		return entries;
	}

	/** An active partner that the tier evaluation finds at risk is at risk; other stages stay as they are. */
	public static LifecycleStage withRisk(LifecycleStage stage, boolean atRisk) {
		return atRisk ? next(stage, LifecycleTrigger.TIER_AT_RISK) : stage;
	}

	/** The history with an at-risk entry at its end when an active partner is at risk since {@code since}. */
	public static List<LifecycleEntry> withRisk(List<LifecycleEntry> history, java.util.Optional<Instant> since) {
		if (since.isEmpty() || history.isEmpty()) {
			return history;
		}
		LifecycleEntry last = history.get(history.size() - 1);
		LifecycleStage next = next(last.stage(), LifecycleTrigger.TIER_AT_RISK);
		if (next == last.stage()) {
			return history;
		}
		List<LifecycleEntry> extended = new ArrayList<>(history);
		Instant at = since.get().isBefore(last.at()) ? last.at() : since.get();
		extended.add(new LifecycleEntry(next, LifecycleTrigger.TIER_AT_RISK.name(), at));
		return extended;
	}

	/** A partner's stage as its directory status implies it, for partners without lifecycle history. */
	public static LifecycleStage fromStatus(PartnerStatus status) {
		return switch (status) {
			case PROSPECT -> LifecycleStage.PROSPECT;
			case ACTIVE -> LifecycleStage.ACTIVE;
			case SUSPENDED, TERMINATED -> LifecycleStage.INACTIVE;
		};
	}

	/** The trigger a partner status change means. */
	public static LifecycleTrigger triggerOf(PartnerStatus status) {
		return status == PartnerStatus.ACTIVE ? LifecycleTrigger.PARTNER_ACTIVATED
				: status == PartnerStatus.PROSPECT ? LifecycleTrigger.PARTNER_CREATED : LifecycleTrigger.PARTNER_DEACTIVATED;
	}

	private static boolean isBeforeOnboarding(LifecycleStage stage) {
		return stage == null || stage == LifecycleStage.PROSPECT || stage == LifecycleStage.APPLICANT;
	}
}

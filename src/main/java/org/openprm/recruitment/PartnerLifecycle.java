package org.openprm.recruitment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openprm.identity.Visibility;
import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerView;
import org.openprm.programs.ComplianceRisks;
import org.openprm.recruitment.domain.ApplicationRepository;
import org.openprm.recruitment.domain.LifecyclePolicy;
import org.openprm.recruitment.domain.LifecycleRecord;
import org.openprm.recruitment.domain.LifecycleRepository;
import org.openprm.shared.PageResult;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each partner's lifecycle stage (prospect, applicant, onboarding, active, at risk, inactive) with its
 * history, and the funnel of how many partners are at each stage. Stages change only through
 * {@link LifecyclePolicy}; partners without history are placed by their directory status.
 */
@Service
@Transactional
public class PartnerLifecycle {

	private static final List<ApplicationStatus> OPEN = List.of(ApplicationStatus.IN_REVIEW, ApplicationStatus.INFO_REQUESTED);

	private final LifecycleRepository records;

	private final ApplicationRepository applications;

	private final PartnerManagement partners;

	private final Visibility visibility;

	private final ComplianceRisks risks;

	private final Clock clock;

	PartnerLifecycle(LifecycleRepository records, ApplicationRepository applications, PartnerManagement partners,
			Visibility visibility, ComplianceRisks risks, Clock clock) {
		this.risks = risks;
		this.records = records;
		this.applications = applications;
		this.partners = partners;
		this.visibility = visibility;
		this.clock = clock;
	}

	/** How many partners (and open applicants) are at each stage now; vendor staff only. */
	@Transactional(readOnly = true)
	public Map<LifecycleStage, Long> funnel() {
		visibility.requireVendor("Lifecycle", "funnel");
		Map<UUID, List<LifecycleRecord>> byPartner = records.findByPartnerIdIsNotNull().stream()
			.collect(Collectors.groupingBy(LifecycleRecord::partnerId));
		Map<LifecycleStage, Long> funnel = new EnumMap<>(LifecycleStage.class);
		for (LifecycleStage stage : LifecycleStage.values()) {
			funnel.put(stage, 0L);
		}
		Set<UUID> atRisk = risks.partnersAtRisk();
		int page = 0;
		PageResult<PartnerView> batch;
		do {
			batch = partners.search(PartnerCriteria.none(), PageRequest.of(page++, 500));
			for (PartnerView partner : batch.items()) {
				funnel.merge(LifecyclePolicy.withRisk(stageOf(partner, byPartner.getOrDefault(partner.id(), List.of())),
						atRisk.contains(partner.id())), 1L, Long::sum);
			}
		}
		while (batch.hasNext());
		funnel.merge(LifecycleStage.APPLICANT, applications.countByStatusIn(OPEN), Long::sum);
		return funnel;
	}

	/**
	 * A partner's stage history, from its application on; the partner itself and vendor staff may read it.
	 * An active partner that the last tier evaluation found at risk ends at risk, since then.
	 */
	@Transactional(readOnly = true)
	public List<LifecycleEntry> history(UUID partnerId) {
		return LifecyclePolicy.withRisk(recorded(partnerId), risks.atRiskSince(partnerId));
	}

	private List<LifecycleEntry> recorded(UUID partnerId) {
		PartnerView partner = partners.partner(partnerId);
		List<LifecycleRecord> own = records.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId);
		if (own.isEmpty()) {
			return List.of(new LifecycleEntry(LifecyclePolicy.fromStatus(partner.status()), "STATUS", partner.createdAt()));
		}
		List<LifecycleRecord> all = new ArrayList<>();
		applications.findByPartnerId(partnerId).ifPresent(application -> all.addAll(
				records.findByApplicationIdAndPartnerIdIsNullOrderByOccurredAtAscIdAsc(application.id())));
		all.addAll(own);
		return LifecyclePolicy.replay(all);
	}

	/** The partner's stage now. */
	@Transactional(readOnly = true)
	public LifecycleStage stage(UUID partnerId) {
		List<LifecycleEntry> history = history(partnerId);
		return history.get(history.size() - 1).stage();
	}

	/**
	 * Moves a partner (or, with {@code partnerId} null, an applicant) on by a trigger; records a new
	 * stage only when the policy changes it. Called by event listeners, after the causing change committed.
	 */
	public void advance(UUID partnerId, UUID applicationId, LifecycleTrigger trigger) {
		List<LifecycleEntry> history = LifecyclePolicy.replay(partnerId != null
				? records.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId)
				: records.findByApplicationIdAndPartnerIdIsNullOrderByOccurredAtAscIdAsc(applicationId));
		LifecycleStage current = history.isEmpty() ? null : history.get(history.size() - 1).stage();
		LifecycleStage next = LifecyclePolicy.next(current, trigger);
		if (next != current) {
			records.save(new LifecycleRecord(partnerId, applicationId, next, trigger, clock.instant()));
		}
	}

	private static LifecycleStage stageOf(PartnerView partner, List<LifecycleRecord> own) {
		List<LifecycleEntry> replayed = LifecyclePolicy.replay(own);
		return replayed.isEmpty() ? LifecyclePolicy.fromStatus(partner.status()) : replayed.get(replayed.size() - 1).stage();
	}
}

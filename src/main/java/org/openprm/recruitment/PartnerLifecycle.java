package org.openprm.recruitment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.identity.Visibility;
import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerView;
import org.openprm.recruitment.domain.ApplicationRepository;
import org.openprm.recruitment.domain.LifecyclePolicy;
import org.openprm.recruitment.domain.LifecycleRecord;
import org.openprm.recruitment.domain.LifecycleRepository;
import org.openprm.shared.PageResult;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final JdbcClient jdbc;

	private final Clock clock;

	PartnerLifecycle(LifecycleRepository records, ApplicationRepository applications, PartnerManagement partners,
			Visibility visibility, JdbcClient jdbc, Clock clock) {
		this.records = records;
		this.applications = applications;
		this.partners = partners;
		this.visibility = visibility;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How many partners (and open applicants) are at each stage now; vendor staff only. */
	@Transactional(readOnly = true)
	public Map<LifecycleStage, Long> funnel() {
		visibility.requireVendor("Lifecycle", "funnel");
		Map<UUID, LifecycleStage> latest = new HashMap<>();
		jdbc.sql("SELECT partner_id, stage FROM partner_lifecycle_events WHERE partner_id IS NOT NULL ORDER BY occurred_at, id")
			.query((row, n) -> Map.entry(row.getObject(1, UUID.class), LifecycleStage.valueOf(row.getString(2))))
			.list()
			.forEach(entry -> latest.put(entry.getKey(), entry.getValue()));
		Map<LifecycleStage, Long> funnel = new EnumMap<>(LifecycleStage.class);
		for (LifecycleStage stage : LifecycleStage.values()) {
			funnel.put(stage, 0L);
		}
		int page = 0;
		PageResult<PartnerView> batch;
		do {
			batch = partners.search(PartnerCriteria.none(), PageRequest.of(page++, 500));
			for (PartnerView partner : batch.items()) {
				LifecycleStage stage = latest.getOrDefault(partner.id(), LifecyclePolicy.fromStatus(partner.status()));
				funnel.merge(stage, 1L, Long::sum);
			}
		}
		while (batch.hasNext());
		funnel.merge(LifecycleStage.APPLICANT, applications.countByStatusIn(OPEN), Long::sum);
		return funnel;
	}

	/** A partner's stage history, from its application on; the partner itself and vendor staff may read it. */
	@Transactional(readOnly = true)
	public List<LifecycleEntry> history(UUID partnerId) {
		PartnerView partner = partners.partner(partnerId);
		List<LifecycleRecord> all = new ArrayList<>();
		applications.findByPartnerId(partnerId).ifPresent(application -> all.addAll(
				records.findByApplicationIdAndPartnerIdIsNullOrderByOccurredAtAscIdAsc(application.id())));
		all.addAll(records.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId));
		List<LifecycleEntry> entries = new ArrayList<>(all.stream().map(LifecycleRecord::toEntry)
			.sorted(Comparator.comparing(LifecycleEntry::at)).toList());
		if (records.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId).isEmpty()) {
			entries.add(new LifecycleEntry(LifecyclePolicy.fromStatus(partner.status()), "status", partner.createdAt()));
		}
		return entries;
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
	public void advance(UUID partnerId, UUID applicationId, LifecycleTrigger trigger, String cause) {
		List<LifecycleRecord> history = partnerId != null ? records.findByPartnerIdOrderByOccurredAtAscIdAsc(partnerId)
				: records.findByApplicationIdAndPartnerIdIsNullOrderByOccurredAtAscIdAsc(applicationId);
		LifecycleStage current = history.isEmpty() ? null : history.get(history.size() - 1).stage();
		LifecycleStage next = LifecyclePolicy.next(current, trigger);
		if (next != current) {
			records.save(new LifecycleRecord(partnerId, applicationId, next, cause, clock.instant()));
		}
	}
}

package org.openprm.leads;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openprm.identity.CurrentActor;
import org.openprm.leads.routing.PartnerLoads;
import org.openprm.leads.routing.PartnerProfile;
import org.openprm.leads.routing.RoutingSnapshot;
import org.openprm.partners.PartnerChanged;
import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerView;
import org.openprm.programs.PartnerEnrolled;
import org.openprm.programs.SegmentChanged;
import org.openprm.programs.SegmentManagement;
import org.openprm.programs.TierChanged;
import org.openprm.shared.PageResult;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the in-memory routing snapshot of all partners on this node: rebuilt when partners, memberships,
 * tiers or segments change, when capacities change, and at the latest every {@code snapshot-refresh},
 * so that routing one lead among thousands of partners needs no database round trip.
 */
@Component
class RoutingSnapshots {

	private final PartnerManagement partners;

	private final SegmentManagement segments;

	private final PartnerFacts facts;

	private final LeadSettings settings;

	private final Clock clock;

	private volatile RoutingSnapshot current;

	private volatile boolean stale = true;

	RoutingSnapshots(PartnerManagement partners, SegmentManagement segments, PartnerFacts facts, LeadSettings settings,
			Clock clock) {
		this.partners = partners;
		this.segments = segments;
		this.facts = facts;
		this.settings = settings;
		this.clock = clock;
	}

	RoutingSnapshot current() {
		RoutingSnapshot snapshot = current;
		if (needsBuild(snapshot)) {
			synchronized (this) {
				snapshot = current;
				if (needsBuild(snapshot)) {
					stale = false;
					Instant now = clock.instant();
					snapshot = CurrentActor.runAsSystem(() -> build(now));
					current = snapshot;
				}
			}
		}
		return snapshot;
	}

	private boolean needsBuild(RoutingSnapshot snapshot) {
		return stale || snapshot == null || Duration.between(snapshot.builtAt(), clock.instant())
			.compareTo(settings.routing().snapshotRefresh()) > 0;
	}

	/** The segment rule's members, or null when routing has no segment rule. */
	Set<UUID> segmentMembers() {
		UUID segment = settings.routing().segmentId();
		return segment == null ? null : CurrentActor.runAsSystem(() -> segments.memberIds(segment));
	}

	void invalidate() {
		stale = true;
	}

	@ApplicationModuleListener
	void on(PartnerChanged event) {
		invalidate();
	}

	@ApplicationModuleListener
	void on(PartnerEnrolled event) {
		invalidate();
	}

	@ApplicationModuleListener
	void on(TierChanged event) {
		invalidate();
	}

	@ApplicationModuleListener
	void on(SegmentChanged event) {
		invalidate();
	}

	private RoutingSnapshot build(Instant now) {
		List<PartnerView> all = new ArrayList<>();
		PageResult<PartnerView> page;
		int number = 0;
		do {
			page = partners.search(PartnerCriteria.none(), PageRequest.of(number++, 1000, Sort.by("id")));
			all.addAll(page.items());
		}
		while ((long) number * 1000 < page.total());
		Map<UUID, Integer> capacities = facts.capacities();
		Map<UUID, org.openprm.leads.routing.Performance> performance = facts.performance(now);
		List<PartnerProfile> profiles = new ArrayList<>(all.size());
		Map<String, Integer> weights = new HashMap<>();
		for (PartnerView partner : all) {
			profiles.add(facts.profile(partner, capacities.getOrDefault(partner.id(), settings.defaultCapacity()),
					performance.getOrDefault(partner.id(), org.openprm.leads.routing.Performance.NONE), weights));
		}
		PartnerLoads loads = new PartnerLoads();
		facts.loads(now.minus(settings.routing().fairnessWindow()), loads);
		return RoutingSnapshot.of(profiles, loads, now);
	}
}

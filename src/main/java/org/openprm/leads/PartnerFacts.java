package org.openprm.leads;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openprm.leads.routing.Location;
import org.openprm.leads.routing.PartnerLoads;
import org.openprm.leads.routing.PartnerProfile;
import org.openprm.leads.routing.Performance;
import org.openprm.leads.routing.Territory;
import org.openprm.partners.Address;
import org.openprm.partners.PartnerStatus;
import org.openprm.partners.PartnerView;
import org.openprm.programs.MembershipView;
import org.openprm.programs.ProgramManagement;
import org.openprm.programs.TierRequirements;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what routing needs to know of partners: their profile (territory from the custom attribute
 * {@code lead_territory}, else the countries of their addresses; capabilities from their tags; tiers and
 * lead priority weight from their memberships), capacities, track record and current loads.
 */
@Component
class PartnerFacts {

	/** The custom attribute that narrows a partner's territory, e.g. "DE, AT, US/Washington, US-98". */
	static final String TERRITORY_ATTRIBUTE = "lead_territory";

	private final ProgramManagement programs;

	private final TierRequirements tiers;

	private final JdbcClient jdbc;

	PartnerFacts(ProgramManagement programs, TierRequirements tiers, JdbcClient jdbc) {
		this.programs = programs;
		this.tiers = tiers;
		this.jdbc = jdbc;
	}

	PartnerProfile profile(PartnerView partner, int capacity, Performance performance, Map<String, Integer> weights) {
		boolean active = partner.status() == PartnerStatus.ACTIVE;
		Map<UUID, Integer> ranks = new HashMap<>();
		int weight = 0;
		if (active) {
			for (MembershipView membership : programs.memberships(partner.id())) {
				ranks.put(membership.programId(), membership.tierRank());
				weight = Math.max(weight, weights.computeIfAbsent(membership.programId() + "/" + membership.tierId(),
						key -> tiers.terms(membership.programId(), membership.tierId()).benefits().leadPriorityWeight()));
			}
		}
		return new PartnerProfile(partner.id(), partner.name(), active, territory(partner),
				partner.tags().stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()),
				Map.copyOf(ranks), weight, locations(partner.addresses()), capacity, performance);
	}

	private static Territory territory(PartnerView partner) {
		String configured = partner.attributes().get(TERRITORY_ATTRIBUTE);
		if (configured != null && !configured.isBlank()) {
			return Territory.parse(configured);
		}
		List<String> countries = new ArrayList<>();
		if (partner.country() != null) {
			countries.add(partner.country());
		}
		partner.addresses().forEach(a -> countries.add(a.country()));
		return Territory.countries(countries);
	}

	private static List<Location> locations(List<Address> addresses) {
		return addresses.stream().filter(a -> a.latitude() != null && a.longitude() != null)
			.map(a -> new Location(a.latitude().doubleValue(), a.longitude().doubleValue())).toList();
	}

	Map<UUID, Integer> capacities() {
		Map<UUID, Integer> capacities = new HashMap<>();
		jdbc.sql("SELECT partner_id, capacity FROM lead_capacities")
			.query(rs -> { capacities.put(rs.getObject(1, UUID.class), rs.getInt(2)); });
		return capacities;
	}

	/** Offers, acceptances, conversions and wins of the last year, by partner. */
	Map<UUID, Performance> performance(Instant now) {
		Map<UUID, long[]> counts = new HashMap<>();
		jdbc.sql("""
				SELECT partner_id, outcome, offered_at, accepted_at FROM lead_assignments WHERE offered_at > ?""")
			.param(Timestamp.from(now.minus(Duration.ofDays(365)))).query(rs -> {
				long[] c = counts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new long[5]);
				c[0]++;
				Timestamp accepted = rs.getTimestamp(4);
				if (accepted != null) {
					c[1]++;
					c[4] += accepted.getTime() - rs.getTimestamp(3).getTime();
				}
				if ("CONVERTED".equals(rs.getString(2))) {
					c[2]++;
				}
			});
		jdbc.sql("SELECT assigned_partner_id, COUNT(*) FROM leads WHERE won_at IS NOT NULL GROUP BY assigned_partner_id")
			.query(rs -> {
				long[] c = counts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new long[5]);
				c[3] = rs.getLong(2);
			});
		Map<UUID, Performance> result = new HashMap<>();
		counts.forEach((id, c) -> result.put(id, new Performance((int) c[0], (int) c[1], (int) c[2], (int) c[3],
				c[1] == 0 ? 0 : c[4] / 3_600_000.0 / c[1])));
		return result;
	}

	/** Open leads per partner and assignments since {@code since}. */
	void loads(Instant since, PartnerLoads loads) {
		Map<UUID, int[]> counts = new HashMap<>();
		Set<String> open = LeadStatus.withPartnerStatuses().stream().map(Enum::name).collect(Collectors.toSet());
		jdbc.sql("SELECT assigned_partner_id, status, COUNT(*) FROM leads WHERE assigned_partner_id IS NOT NULL "
				+ "GROUP BY assigned_partner_id, status").query(rs -> {
					if (open.contains(rs.getString(2))) {
						counts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new int[2])[0] += rs.getInt(3);
					}
				});
		jdbc.sql("SELECT partner_id, COUNT(*) FROM lead_assignments WHERE offered_at > ? GROUP BY partner_id")
			.param(Timestamp.from(since))
			.query(rs -> { counts.computeIfAbsent(rs.getObject(1, UUID.class), id -> new int[2])[1] = rs.getInt(2); });
		counts.forEach((id, c) -> loads.set(id, c[0], c[1]));
	}
}

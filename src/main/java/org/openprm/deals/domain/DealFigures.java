package org.openprm.deals.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.programs.Figure;
import org.openprm.programs.Metric;
import org.openprm.programs.RequirementSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deal counts for tier requirements: deals a partner registered (submitted, drafts excluded) and deals
 * it won in the trailing 12 months. Ordered before the imported figures, so that an imported count
 * (say, from before OpenPRM was used) overrides the one counted here.
 */
@Component
@Order(-10)
class DealFigures implements RequirementSource {

	private static final Duration TRAILING = Duration.ofDays(365);

	/** Above this many partners, one grouped pass over all deals is cheaper than IN lists. */
	private static final int IN_LIST_LIMIT = 500;

	private final JdbcClient jdbc;

	private final Clock clock;

	DealFigures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Map<UUID, List<Figure>> figures(Collection<UUID> partnerIds) {
		Timestamp since = Timestamp.from(clock.instant().minus(TRAILING));
		boolean all = partnerIds.size() > IN_LIST_LIMIT;
		String only = all || partnerIds.isEmpty() ? "" : " AND r.partner_id IN (:ids)";
		Map<UUID, List<Figure>> byPartner = new HashMap<>();
		if (partnerIds.isEmpty()) {
			return byPartner;
		}
		count("SELECT r.partner_id, COUNT(*) FROM deal_registrations r WHERE r.submitted_at >= :since" + only
				+ " GROUP BY r.partner_id", Metric.REGISTERED_DEALS, since, partnerIds, all, byPartner);
		// The moment a deal was won is its status line in the timeline.
		count("SELECT r.partner_id, COUNT(DISTINCT r.id) FROM deal_registrations r JOIN deal_timeline t"
				+ " ON t.registration_id = r.id AND t.kind = 'status' AND t.after_value = 'WON'"
				+ " WHERE r.status = 'WON' AND t.at >= :since" + only + " GROUP BY r.partner_id", Metric.WON_DEALS, since,
				partnerIds, all, byPartner);
		if (all) {
			byPartner.keySet().retainAll(new java.util.HashSet<>(partnerIds));
		}
		return byPartner;
	}

	private void count(String sql, Metric metric, Timestamp since, Collection<UUID> partnerIds, boolean all,
			Map<UUID, List<Figure>> byPartner) {
		JdbcClient.StatementSpec statement = jdbc.sql(sql).param("since", since);
		if (!all) {
			statement = statement.param("ids", new ArrayList<>(partnerIds));
		}
		statement.query((rs, n) -> byPartner.computeIfAbsent(rs.getObject(1, UUID.class), p -> new ArrayList<>())
			.add(new Figure(metric, "", java.math.BigDecimal.valueOf(rs.getLong(2)), null, null, null))).list();
	}
}

package org.openprm.programs.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every tier a partner entered, with the reason and who (or which job) decided it; never changed.
 */
@Component
public class TierHistory {

	/** One entry; {@code fromTierId} is null for the enrolment. */
	public record Entry(UUID partnerId, UUID programId, UUID fromTierId, UUID toTierId, String reason, Instant at,
			String by) {
	}

	private static final String INSERT = "INSERT INTO tier_history (id, partner_id, program_id, from_tier_id, "
			+ "to_tier_id, reason, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcClient jdbc;

	private final org.springframework.jdbc.core.JdbcTemplate template;

	TierHistory(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	public void add(Entry e) {
		addAll(List.of(e));
	}

	/** Records many changes in one batch (a page of the evaluation). */
	public void addAll(List<Entry> entries) {
		template.batchUpdate(INSERT, entries.stream().map(e -> new Object[] { UUID.randomUUID(), e.partnerId(),
				e.programId(), e.fromTierId(), e.toTierId(), e.reason(), Timestamp.from(e.at()), e.by() }).toList());
	}

	public List<Entry> ofPartner(UUID partnerId) {
		return jdbc.sql("SELECT * FROM tier_history WHERE partner_id = ? ORDER BY changed_at DESC").param(partnerId)
			.query((rs, n) -> new Entry(rs.getObject("partner_id", UUID.class), rs.getObject("program_id", UUID.class),
					rs.getObject("from_tier_id", UUID.class), rs.getObject("to_tier_id", UUID.class), rs.getString("reason"),
					rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by")))
			.list();
	}
}

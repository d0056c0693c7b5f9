package org.openprm.programs.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openprm.programs.ComplianceStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Memberships read and written in bulk for the evaluation: pages of memberships by id, and batched
 * updates of their status, failure start and pending tier change.
 */
@Component
public class MembershipStates {

	private static final RowMapper<MembershipState> ROW = (rs, n) -> new MembershipState(rs.getObject("id", UUID.class),
			rs.getObject("partner_id", UUID.class), rs.getObject("program_id", UUID.class), rs.getObject("tier_id", UUID.class),
			ComplianceStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("failing_since")),
			rs.getObject("pending_tier_id", UUID.class), rs.getString("pending_reason"));

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	MembershipStates(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The next page of memberships after {@code afterId} (null for the first), ordered by id. */
	public List<MembershipState> page(UUID afterId, int size) {
		String where = afterId == null ? "" : " WHERE id > :after";
		JdbcClient.StatementSpec spec = jdbc.sql("SELECT * FROM program_memberships" + where + " ORDER BY id FETCH FIRST "
				+ size + " ROWS ONLY");
		return (afterId == null ? spec : spec.param("after", afterId)).query(ROW).list();
	}

	public List<MembershipState> ofPartner(UUID partnerId) {
		return jdbc.sql("SELECT * FROM program_memberships WHERE partner_id = ? ORDER BY id").param(partnerId).query(ROW).list();
	}

	/** Memberships whose tier change waits for the vendor's decision. */
	public List<MembershipState> pending(int limit) {
		return jdbc.sql("SELECT * FROM program_memberships WHERE pending_tier_id IS NOT NULL ORDER BY failing_since, id "
				+ "FETCH FIRST " + limit + " ROWS ONLY").query(ROW).list();
	}

	/**
	 * Writes the outcome of an evaluation for many memberships in one batch. The evaluation passes only
	 * the memberships whose bookkeeping changed, so {@code evaluated_at} is when an evaluation last
	 * changed it: rewriting thousands of unchanged rows every night would cost most of the run.
	 */
	public void update(List<MembershipState> states, Instant now) {
		List<Object[]> rows = new ArrayList<>();
		for (MembershipState s : states) {
			rows.add(new Object[] { s.status().name(), timestamp(s.failingSince()), Timestamp.from(now), s.pendingTierId(),
					s.pendingReason(), s.id() });
		}
		template.batchUpdate("UPDATE program_memberships SET status = ?, failing_since = ?, evaluated_at = ?, "
				+ "pending_tier_id = ?, pending_reason = ? WHERE id = ?", rows);
	}

	/** Moves a membership to another tier and clears its failure and pending change. */
	public void moveTo(UUID membershipId, UUID tierId, Instant now) {
		moveAll(java.util.Map.of(membershipId, tierId), now);
	}

	/** Moves many memberships (id to new tier) in one batch. */
	public void moveAll(java.util.Map<UUID, UUID> tiers, Instant now) {
		Timestamp at = Timestamp.from(now);
		template.batchUpdate("UPDATE program_memberships SET tier_id = ?, tier_since = ?, updated_at = ?, "
				+ "status = 'COMPLIANT', failing_since = NULL, pending_tier_id = NULL, pending_reason = NULL, "
				+ "evaluated_at = ?, version = version + 1 WHERE id = ?",
				tiers.entrySet().stream().map(e -> new Object[] { e.getValue(), at, at, at, e.getKey() }).toList());
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static Timestamp timestamp(Instant instant) {
		return instant == null ? null : Timestamp.from(instant);
	}
}

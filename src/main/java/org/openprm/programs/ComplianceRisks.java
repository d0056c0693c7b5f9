package org.openprm.programs;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which partners the last tier evaluation found at risk (a requirement failing or close to failing)
 * or due for a downgrade, for other modules' views of a partner (its lifecycle stage). A query for
 * modules acting on records they already may see; it answers no request itself.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceRisks {

	private static final String AT_RISK = "status IN ('AT_RISK', 'DOWNGRADE_DUE')";

	private final JdbcClient jdbc;

	ComplianceRisks(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Set<UUID> partnersAtRisk() {
		return new HashSet<>(jdbc.sql("SELECT DISTINCT partner_id FROM program_memberships WHERE " + AT_RISK)
			.query(UUID.class).list());
	}

	/** Since when the partner is at risk in any programme: its earliest failing or risky membership. */
	public Optional<Instant> atRiskSince(UUID partnerId) {
		List<Timestamp> since = jdbc.sql("SELECT MIN(COALESCE(failing_since, evaluated_at, tier_since)) FROM program_memberships "
				+ "WHERE partner_id = ? AND " + AT_RISK)
			.param(partnerId).query(Timestamp.class).list();
		return since.stream().filter(java.util.Objects::nonNull).findFirst().map(Timestamp::toInstant);
	}
}

package org.openprm.leads.domain;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores new leads and their first assignments with JDBC batches: an import of thousands of rows costs a
 * few round trips per chunk instead of one per row. Rows are written exactly as the entities would be.
 */
@Component
public class LeadBatchInserts {

	private static final int U = Types.OTHER;

	private static final int S = Types.VARCHAR;

	private static final int T = Types.TIMESTAMP_WITH_TIMEZONE;

	private static final int B = Types.BOOLEAN;

	private static final int I = Types.INTEGER;

	// The SQL type of each column, so that a null needs no look-up of the parameter's type (a round trip).
	private static final int[] LEAD_TYPES = { U, S, S, S, S, S, S, S, S, Types.DOUBLE, Types.DOUBLE, S, S, I,
			Types.DECIMAL, S, U, I, S, B, S, S, S, U, U, U, T, T, B, T, T, T, U, T, T, T, T, Types.BIGINT };

	private static final int[] ASSIGNMENT_TYPES = { U, U, U, S, S, S, S, T, S, S, T, T };

	private final JdbcTemplate jdbc;

	LeadBatchInserts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public void leads(List<Lead> leads) {
		jdbc.batchUpdate("""
				INSERT INTO leads (id, company, company_key, contact_name, email, phone, country, region, postal_code,
				  latitude, longitude, product_interest, source, company_size, estimated_value, currency, program_id,
				  score, grade, high_value, support_offer, status, status_reason, duplicate_of, linked_registration_id,
				  assigned_partner_id, offered_at, accept_due_at, accept_reminded, accepted_at, last_update_at, nudged_at,
				  deal_registration_id, converted_at, won_at, created_at, updated_at, version)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				  ?, ?, ?, ?)""", rows(leads.stream().map(LeadBatchInserts::row).toList(), LEAD_TYPES));
	}

	public void assignments(List<LeadAssignment> assignments) {
		if (assignments.isEmpty()) {
			return;
		}
		jdbc.batchUpdate("""
				INSERT INTO lead_assignments (id, lead_id, partner_id, method, rule_version, explanation, assigned_by,
				  offered_at, outcome, outcome_reason, ended_at, accepted_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows(assignments.stream()
			.map(a -> new Object[] { a.id(), a.leadId(), a.partnerId(), a.method(), a.ruleVersion(), a.explanation(),
					a.assignedBy(), time(a.offeredAt()), a.outcome(), a.outcomeReason(), time(a.endedAt()),
					time(a.acceptedAt()) })
			.toList(), ASSIGNMENT_TYPES));
	}

	/** Sets values as they are (no guessing of types) and nulls with the column's type. */
	private static BatchPreparedStatementSetter rows(List<Object[]> rows, int[] types) {
		return new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				Object[] row = rows.get(i);
				for (int c = 0; c < row.length; c++) {
					if (row[c] == null) {
						ps.setNull(c + 1, types[c]);
					}
					else {
						ps.setObject(c + 1, row[c]);
					}
				}
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}
		};
	}

	private static Object[] row(Lead l) {
		LeadDetails d = l.details();
		return new Object[] { l.id(), d.company(), l.companyKey(), d.contactName(), d.email(), d.phone(), d.country(),
				d.region(), d.postalCode(), d.latitude(), d.longitude(),
				d.productInterest().isEmpty() ? null : String.join(",", d.productInterest()), d.source(), d.companySize(),
				d.estimatedValue(), d.currency(), l.programId(), l.score(), l.grade(), l.highValue(), l.supportOffer(),
				l.status().name(), l.statusReason(), l.duplicateOf(), l.linkedRegistrationId(), l.assignedPartnerId(),
				time(l.offeredAt()), time(l.acceptDueAt()), l.acceptReminded(), time(l.acceptedAt()),
				time(l.lastUpdateAt()), time(l.nudgedAt()), l.dealRegistrationId(), time(l.convertedAt()),
				time(l.wonAt()), time(l.createdAt()), time(l.updatedAt()), l.version() };
	}

	private static OffsetDateTime time(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}

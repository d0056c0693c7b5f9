package org.openprm.programs.domain;

import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.programs.Benefits;
import org.openprm.programs.Metric;
import org.openprm.programs.Requirement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tier requirements and benefits, and the per-programme compliance settings, in plain SQL: the full
 * evaluation reads them all at once.
 */
@Component
public class RequirementStore {

	/** How a programme handles compliance: tier changes automatic or approved, grace days, risk margin. */
	public record Settings(UUID programId, boolean approvalRequired, int graceDays, int atRiskPercent) {
	}

	private final JdbcClient jdbc;

	RequirementStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<UUID, List<Requirement>> requirementsByTier() {
		Map<UUID, List<Requirement>> byTier = new HashMap<>();
		jdbc.sql("SELECT * FROM tier_requirements ORDER BY metric, qualifier").query((rs, n) -> new Requirement(
				rs.getObject("id", UUID.class), rs.getObject("tier_id", UUID.class), Metric.valueOf(rs.getString("metric")),
				rs.getString("qualifier"), rs.getBigDecimal("minimum_value"), rs.getString("currency"),
				rs.getString("expected_value"), toLocal(rs.getDate("valid_from")), toLocal(rs.getDate("valid_to"))))
			.list().forEach(r -> byTier.computeIfAbsent(r.tierId(), t -> new ArrayList<>()).add(r));
		return byTier;
	}

	public List<Requirement> requirements(UUID tierId) {
		return requirementsByTier().getOrDefault(tierId, List.of());
	}

	public void replaceRequirements(UUID tierId, Collection<Requirement> requirements) {
		jdbc.sql("DELETE FROM tier_requirements WHERE tier_id = ?").param(tierId).update();
		for (Requirement r : requirements) {
			jdbc.sql("INSERT INTO tier_requirements (id, tier_id, metric, qualifier, minimum_value, currency, expected_value, "
					+ "valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(UUID.randomUUID(), tierId, r.metric().name(), r.qualifier(), r.minimum(), r.currency(),
						r.expectedValue(), r.validFrom() == null ? null : Date.valueOf(r.validFrom()),
						r.validTo() == null ? null : Date.valueOf(r.validTo()))
				.update();
		}
	}

	public Benefits benefits(UUID tierId) {
		return jdbc.sql("SELECT * FROM tier_benefits WHERE tier_id = ?").param(tierId)
			.query((rs, n) -> new Benefits(rs.getBigDecimal("discount_percent").stripTrailingZeros(),
					rs.getBigDecimal("mdf_accrual_percent").stripTrailingZeros(), rs.getInt("deal_protection_days"),
					rs.getInt("lead_priority_weight"), keys(rs.getString("content_keys"))))
			.optional().orElse(Benefits.none());
	}

	public void putBenefits(UUID tierId, Benefits b) {
		jdbc.sql("DELETE FROM tier_benefits WHERE tier_id = ?").param(tierId).update();
		jdbc.sql("INSERT INTO tier_benefits (tier_id, discount_percent, mdf_accrual_percent, deal_protection_days, "
				+ "lead_priority_weight, content_keys) VALUES (?, ?, ?, ?, ?, ?)")
			.params(tierId, b.discountPercent(), b.mdfAccrualPercent(), b.dealProtectionDays(), b.leadPriorityWeight(),
					String.join(",", b.contentKeys()))
			.update();
	}

	public Map<UUID, Settings> settings() {
		Map<UUID, Settings> settings = new HashMap<>();
		jdbc.sql("SELECT id, approval_required, grace_days, at_risk_percent FROM programs")
			.query((rs, n) -> new Settings(rs.getObject("id", UUID.class), rs.getBoolean("approval_required"),
					rs.getInt("grace_days"), rs.getInt("at_risk_percent")))
			.list().forEach(s -> settings.put(s.programId(), s));
		return settings;
	}

	public void putSettings(Settings s) {
		jdbc.sql("UPDATE programs SET approval_required = ?, grace_days = ?, at_risk_percent = ? WHERE id = ?")
			.params(s.approvalRequired(), s.graceDays(), s.atRiskPercent(), s.programId()).update();
	}

	private static List<String> keys(String joined) {
		return joined == null || joined.isBlank() ? List.of() : Arrays.stream(joined.split(",")).map(String::trim).toList();
	}

	private static java.time.LocalDate toLocal(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}

package org.openprm.deals.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.openprm.deals.DealStage;
import org.openprm.deals.DealStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pipeline's reports in plain SQL: sums grouped in the database, so a forecast over a million
 * registrations moves a few hundred rows, not a million entities.
 */
@Component
public class PipelineQueries {

	/** What the forecast groups by besides month, currency, stage and status. */
	public enum Grouping {
		NONE(null), PARTNER("CAST(r.partner_id AS VARCHAR(36))"), COUNTRY("r.customer_country");

		private final String column;

		Grouping(String column) {
			this.column = column;
		}
	}

	/** The sum of one month, group, currency, stage and status; {@code key} is null when not grouped. */
	public record ForecastCell(int year, int month, String key, String label, String currency, DealStage stage,
			DealStatus status, long deals, BigDecimal amount) {
	}

	public record StageTotal(DealStage stage, String currency, long deals, BigDecimal amount) {
	}

	/** One registration as the pipeline lists it. */
	public record PipelineRecord(UUID id, UUID partnerId, UUID distributorId, String customerName, String customerDomain,
			String customerCountry, String customerCity, BigDecimal amount, String currency, LocalDate expectedCloseDate,
			DealStage stage, DealStatus status, boolean possibleConflict, Instant submittedAt, Instant approvedAt,
			Instant protectedUntil, Instant createdAt) {
	}

	private static final String MONTH = "EXTRACT(YEAR FROM r.expected_close_date), EXTRACT(MONTH FROM r.expected_close_date)";

	private static final String RECORD_COLUMNS = """
			r.id, r.partner_id, r.distributor_id, r.customer_name, r.customer_domain, r.customer_country,
			r.customer_city, r.amount, r.currency, r.expected_close_date, r.stage, r.status, r.possible_conflict,
			r.submitted_at, r.approved_at, r.protected_until, r.created_at""";

	private final JdbcClient jdbc;

	PipelineQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ForecastCell> forecast(PipelineFilter filter, Grouping grouping) {
		String key = grouping.column == null ? "CAST(NULL AS VARCHAR(1))" : grouping.column;
		String groupKey = grouping.column == null ? "" : ", " + grouping.column;
		return jdbc.sql("SELECT " + MONTH + ", " + key + ", r.currency, r.stage, r.status, COUNT(*), SUM(r.amount)"
				+ " FROM deal_registrations r WHERE " + filter.where()
				+ " GROUP BY " + MONTH + groupKey + ", r.currency, r.stage, r.status")
			.params(filter.params())
			.query((rs, row) -> cell(rs, rs.getString(3)))
			.list();
	}

	/** Grouped by product: each line's total, and registrations without lines under no product. */
	public List<ForecastCell> forecastByProduct(PipelineFilter filter) {
		List<ForecastCell> cells = new ArrayList<>(jdbc.sql("SELECT " + MONTH
				+ ", COALESCE(l.product_code, l.product_name), r.currency, r.stage, r.status, COUNT(DISTINCT r.id),"
				+ " SUM(l.quantity * l.unit_price), MAX(l.product_name)"
				+ " FROM deal_registrations r JOIN deal_lines l ON l.registration_id = r.id WHERE " + filter.where()
				+ " GROUP BY " + MONTH + ", COALESCE(l.product_code, l.product_name), r.currency, r.stage, r.status")
			.params(filter.params())
			.query((rs, row) -> cell(rs, rs.getString(9)))
			.list());
		cells.addAll(jdbc.sql("SELECT " + MONTH + ", CAST(NULL AS VARCHAR(1)), r.currency, r.stage, r.status, COUNT(*),"
				+ " SUM(r.amount) FROM deal_registrations r WHERE " + filter.where()
				+ " AND NOT EXISTS (SELECT 1 FROM deal_lines l WHERE l.registration_id = r.id)"
				+ " GROUP BY " + MONTH + ", r.currency, r.stage, r.status")
			.params(filter.params())
			.query((rs, row) -> cell(rs, null))
			.list());
		return cells;
	}

	public List<StageTotal> stageTotals(PipelineFilter filter) {
		return jdbc.sql("SELECT r.stage, r.currency, COUNT(*), SUM(r.amount) FROM deal_registrations r WHERE "
				+ filter.where() + " GROUP BY r.stage, r.currency")
			.params(filter.params())
			.query((rs, row) -> new StageTotal(DealStage.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3),
					rs.getBigDecimal(4)))
			.list();
	}

	/** The first registrations of a stage by expected close date. */
	public List<PipelineRecord> firstOfStage(PipelineFilter filter, DealStage stage, int limit) {
		return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM deal_registrations r WHERE " + filter.where()
				+ " AND r.stage = :boardStage ORDER BY r.expected_close_date, r.id LIMIT :limit")
			.params(filter.params())
			.param("boardStage", stage.name())
			.param("limit", limit)
			.query((rs, row) -> record(rs))
			.list();
	}

	/** Streams at most {@code limit} registrations by expected close date, without holding them all in memory. */
	public void each(PipelineFilter filter, int limit, Consumer<PipelineRecord> sink) {
		try (Stream<PipelineRecord> rows = jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM deal_registrations r WHERE "
				+ filter.where() + " ORDER BY r.expected_close_date, r.id LIMIT :limit")
			.params(filter.params())
			.param("limit", limit)
			.withFetchSize(500)
			.query((rs, row) -> record(rs))
			.stream()) {
			rows.forEach(sink);
		}
	}

	private static ForecastCell cell(ResultSet rs, String label) throws SQLException {
		return new ForecastCell(rs.getInt(1), rs.getInt(2), rs.getString(3), label, rs.getString(4),
				DealStage.valueOf(rs.getString(5)), DealStatus.valueOf(rs.getString(6)), rs.getLong(7),
				rs.getBigDecimal(8));
	}

	private static PipelineRecord record(ResultSet rs) throws SQLException {
		return new PipelineRecord(rs.getObject("id", UUID.class), rs.getObject("partner_id", UUID.class),
				rs.getObject("distributor_id", UUID.class), rs.getString("customer_name"), rs.getString("customer_domain"),
				rs.getString("customer_country"), rs.getString("customer_city"), rs.getBigDecimal("amount"),
				rs.getString("currency"), rs.getObject("expected_close_date", LocalDate.class),
				DealStage.valueOf(rs.getString("stage")), DealStatus.valueOf(rs.getString("status")),
				rs.getBoolean("possible_conflict"), instant(rs, "submitted_at"), instant(rs, "approved_at"),
				instant(rs, "protected_until"), instant(rs, "created_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}
}

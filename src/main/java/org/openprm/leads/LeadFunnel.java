package org.openprm.leads;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.partners.PartnerManagement;
import org.openprm.shared.InvalidInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's lead funnel (received, qualified, routed, accepted, converted, won) with time to accept
 * and conversion by partner, region (country) and source, counted with plain SQL over the lead tables,
 * for the leads received in a period (by default all of them).
 */
@Service
@Transactional(readOnly = true)
public class LeadFunnel {

	/** One row of a breakdown: how many leads reached each stage, and the mean hours to accept. */
	public record Row(String key, String label, long received, long routed, long accepted, long converted, long won,
			Double hoursToAccept) {

		public int conversionPercent() {
			return accepted == 0 ? 0 : (int) Math.round(100.0 * converted / accepted);
		}
	}

	public record Figures(LocalDate from, LocalDate to, Map<String, Long> stages, Double hoursToAccept,
			List<Row> byPartner, List<Row> byRegion, List<Row> bySource) {

		/** A stage's share of the received leads, for the funnel's bars. */
		public int percentOfReceived(String stage) {
			long received = stages.getOrDefault("received", 0L);
			return received == 0 ? 0 : (int) Math.round(100.0 * stages.getOrDefault(stage, 0L) / received);
		}
	}

	private static final String STAGES = """
			COUNT(*), SUM(CASE WHEN offered_at IS NOT NULL THEN 1 ELSE 0 END),
			SUM(CASE WHEN accepted_at IS NOT NULL OR converted_at IS NOT NULL THEN 1 ELSE 0 END),
			SUM(CASE WHEN converted_at IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN won_at IS NOT NULL THEN 1 ELSE 0 END)""";

	private final JdbcClient jdbc;

	private final Visibility visibility;

	private final PartnerManagement partners;

	LeadFunnel(JdbcClient jdbc, Visibility visibility, PartnerManagement partners) {
		this.jdbc = jdbc;
		this.visibility = visibility;
		this.partners = partners;
	}

	public Figures figures() {
		return figures(null, null);
	}

	/** The funnel of the leads received from {@code from} to {@code to}, both days included (UTC); null is open. */
	public Figures figures(LocalDate from, LocalDate to) {
		visibility.requireVendor("LeadFunnel", "funnel");
		if (from != null && to != null && to.isBefore(from)) {
			throw InvalidInput.of("to", "must not be before the start of the period", "range");
		}
		Period period = new Period(from, to);
		Map<String, Long> stages = new LinkedHashMap<>();
		stages.put("received", count("SELECT COUNT(*) FROM leads WHERE status <> 'DUPLICATE'", period));
		stages.put("qualified", count("SELECT COUNT(*) FROM leads WHERE (status NOT IN ('NEW', 'WAITING', 'DUPLICATE') "
				+ "OR offered_at IS NOT NULL)", period));
		stages.put("routed", count("SELECT COUNT(*) FROM leads WHERE offered_at IS NOT NULL", period));
		stages.put("accepted", count("SELECT COUNT(DISTINCT a.lead_id) FROM lead_assignments a JOIN leads ON leads.id = a.lead_id "
				+ "WHERE a.accepted_at IS NOT NULL", period));
		stages.put("converted", count("SELECT COUNT(*) FROM leads WHERE converted_at IS NOT NULL", period));
		stages.put("won", count("SELECT COUNT(*) FROM leads WHERE won_at IS NOT NULL", period));
		Map<String, double[]> hours = hoursToAccept(period);
		double[] all = hours.values().stream().reduce(new double[2], (a, b) -> new double[] { a[0] + b[0], a[1] + b[1] });
		return new Figures(from, to, stages, all[1] == 0 ? null : round(all[0] / all[1]), byPartner(hours, period),
				rows("COALESCE(country, '-')", period), rows("COALESCE(source, '-')", period));
	}

	/** The period as a condition on the leads' receipt, with its parameters. */
	private record Period(LocalDate from, LocalDate to) {

		String condition() {
			return (from == null ? "" : " AND leads.created_at >= :from") + (to == null ? "" : " AND leads.created_at < :to");
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			if (from != null) {
				statement = statement.param("from", from.atStartOfDay().atOffset(ZoneOffset.UTC));
			}
			if (to != null) {
				statement = statement.param("to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
			}
			return statement;
		}
	}

	private long count(String sql, Period period) {
		return period.bind(jdbc.sql(sql + period.condition())).query(Long.class).single();
	}

	private List<Row> byPartner(Map<String, double[]> hours, Period period) {
		List<Row> rows = new ArrayList<>();
		period.bind(jdbc.sql("SELECT CAST(assigned_partner_id AS VARCHAR(36)), " + STAGES
				+ " FROM leads WHERE assigned_partner_id IS NOT NULL" + period.condition()
				+ " GROUP BY assigned_partner_id ORDER BY COUNT(*) DESC"))
			.query(rs -> {
				String id = rs.getString(1);
				double[] h = hours.get(id);
				rows.add(new Row(id, name(id), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
						h == null || h[1] == 0 ? null : round(h[0] / h[1])));
			});
		return rows;
	}

	private List<Row> rows(String key, Period period) {
		List<Row> rows = new ArrayList<>();
		period.bind(jdbc.sql("SELECT " + key + ", " + STAGES + " FROM leads WHERE status <> 'DUPLICATE'"
				+ period.condition() + " GROUP BY " + key + " ORDER BY COUNT(*) DESC")).query(rs -> {
					rows.add(new Row(rs.getString(1), rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
							rs.getLong(5), rs.getLong(6), null));
				});
		return rows;
	}

	/** Hours from offer to acceptance, summed and counted by partner. */
	private Map<String, double[]> hoursToAccept(Period period) {
		Map<String, double[]> hours = new HashMap<>();
		period.bind(jdbc.sql("SELECT a.partner_id, a.offered_at, a.accepted_at FROM lead_assignments a "
				+ "JOIN leads ON leads.id = a.lead_id WHERE a.accepted_at IS NOT NULL" + period.condition()))
			.query(rs -> {
				Timestamp offered = rs.getTimestamp(2);
				Timestamp accepted = rs.getTimestamp(3);
				double[] h = hours.computeIfAbsent(rs.getObject(1, UUID.class).toString(), id -> new double[2]);
				h[0] += (accepted.getTime() - offered.getTime()) / 3_600_000.0;
				h[1]++;
			});
		return hours;
	}

	private String name(String id) {
		return CurrentActor.runAsSystem(() -> partners.partner(UUID.fromString(id)).name());
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}
}

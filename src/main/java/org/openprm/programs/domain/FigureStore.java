package org.openprm.programs.domain;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
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
 * Imported figures, one current value per partner, metric and qualifier; the first requirement source.
 */
@Component
@Order(0)
public class FigureStore implements RequirementSource {

	private static final int CHUNK = 500;

	private final JdbcClient jdbc;

	FigureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void put(UUID partnerId, Figure figure, String period, Instant now) {
		jdbc.sql("DELETE FROM partner_figures WHERE partner_id = ? AND metric = ? AND qualifier = ?")
			.params(partnerId, figure.metric().name(), figure.qualifier()).update();
		jdbc.sql("INSERT INTO partner_figures (partner_id, metric, qualifier, figure_value, text_value, currency, period, "
				+ "expires_on, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(partnerId, figure.metric().name(), figure.qualifier(), figure.value(), figure.text(), figure.currency(),
					period, figure.expiresOn() == null ? null : Date.valueOf(figure.expiresOn()), Timestamp.from(now))
			.update();
	}

	@Override
	public Map<UUID, List<Figure>> figures(Collection<UUID> partnerIds) {
		Map<UUID, List<Figure>> byPartner = new HashMap<>();
		List<UUID> ids = new ArrayList<>(partnerIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			jdbc.sql("SELECT * FROM partner_figures WHERE partner_id IN (:ids)")
				.param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
				.query((rs, n) -> {
					Date expires = rs.getDate("expires_on");
					byPartner.computeIfAbsent(rs.getObject("partner_id", UUID.class), p -> new ArrayList<>())
						.add(new Figure(Metric.valueOf(rs.getString("metric")), rs.getString("qualifier"),
								rs.getBigDecimal("figure_value"), rs.getString("text_value"), rs.getString("currency"),
								expires == null ? null : expires.toLocalDate()));
					return null;
				}).list();
		}
		return byPartner;
	}
}

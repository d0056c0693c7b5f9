package org.openprm.programs;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The benefits a partner enjoys right now through its tiers, for other modules to apply: deal
 * protection days when a deal is approved, lead priority in routing, MDF accrual. A partner in
 * several programmes gets, for each benefit, the best any of its tiers gives, and the content of all.
 * A query for modules acting on a partner's record they already may see; it answers no request itself.
 */
@Service
@Transactional(readOnly = true)
public class PartnerBenefits {

	private final JdbcClient jdbc;

	PartnerBenefits(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Benefits of(UUID partnerId) {
		List<Benefits> tiers = jdbc.sql("SELECT b.discount_percent, b.mdf_accrual_percent, b.deal_protection_days, "
				+ "b.lead_priority_weight, b.content_keys FROM program_memberships m JOIN tier_benefits b ON b.tier_id = m.tier_id "
				+ "JOIN programs p ON p.id = m.program_id WHERE m.partner_id = ? AND p.active = TRUE")
			.param(partnerId)
			.query((rs, n) -> new Benefits(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getInt(3), rs.getInt(4),
					keys(rs.getString(5))))
			.list();
		return tiers.stream().reduce(Benefits.none(), PartnerBenefits::best);
	}

	private static Benefits best(Benefits a, Benefits b) {
		Set<String> content = new LinkedHashSet<>(a.contentKeys());
		content.addAll(b.contentKeys());
		return new Benefits(max(a.discountPercent(), b.discountPercent()), max(a.mdfAccrualPercent(), b.mdfAccrualPercent()),
				Math.max(a.dealProtectionDays(), b.dealProtectionDays()), Math.max(a.leadPriorityWeight(), b.leadPriorityWeight()),
				List.copyOf(content));
	}

	private static BigDecimal max(BigDecimal a, BigDecimal b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static List<String> keys(String joined) {
		return joined == null ? List.of()
				: java.util.Arrays.stream(joined.split(",")).map(String::trim).filter(k -> !k.isEmpty()).toList();
	}
}

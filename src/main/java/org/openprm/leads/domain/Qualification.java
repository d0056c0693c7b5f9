package org.openprm.leads.domain;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.openprm.leads.LeadSettings;

/**
 * Scores a lead from 0 to 100 by the configured rules: completeness of what was received, company size,
 * product interest, source and region; the grade is A (75+), B (50+), C (25+) or D.
 */
public final class Qualification {

	public record Result(int score, String grade) {
	}

	private final LeadSettings.Qualification rules;

	public Qualification(LeadSettings.Qualification rules) {
		this.rules = rules;
	}

	public Result score(LeadDetails lead) {
		int score = completeness(lead) + companySize(lead) + products(lead) + source(lead) + region(lead);
		score = Math.max(0, Math.min(100, score));
		return new Result(score, score >= 75 ? "A" : score >= 50 ? "B" : score >= 25 ? "C" : "D");
	}

	private int completeness(LeadDetails lead) {
		long filled = Stream.of(lead.company(), lead.contactName(), lead.email(), lead.phone(), lead.country(),
				lead.postalCode(), lead.latitude(), lead.source(), lead.estimatedValue(),
				lead.productInterest().isEmpty() ? null : "x").filter(v -> v != null && !"".equals(v)).count();
		return (int) Math.round(rules.completenessPoints() * filled / 10.0);
	}

	private int companySize(LeadDetails lead) {
		if (lead.companySize() == null) {
			return 0;
		}
		Map<Integer, Integer> bands = rules.companySizePoints().isEmpty()
				? Map.of(1000, 25, 250, 18, 50, 10, 10, 5) : rules.companySizePoints();
		return bands.entrySet().stream().filter(band -> lead.companySize() >= band.getKey())
			.mapToInt(Map.Entry::getValue).max().orElse(0);
	}

	private int products(LeadDetails lead) {
		long known = lead.productInterest().stream()
			.filter(p -> rules.products().stream().anyMatch(known2 -> known2.equalsIgnoreCase(p.trim()))).count();
		return (int) Math.min(2, known) * rules.productPoints();
	}

	private int source(LeadDetails lead) {
		Map<String, Integer> points = rules.sourcePoints().isEmpty()
				? Map.of("referral", 20, "event", 15, "webinar", 12, "web", 10, "purchased", 0) : rules.sourcePoints();
		return lead.source() == null ? 0 : points.getOrDefault(lead.source().toLowerCase(Locale.ROOT), 5);
	}

	private int region(LeadDetails lead) {
		if (lead.country() == null) {
			return 0;
		}
		return rules.countryPoints().getOrDefault(lead.country(), rules.otherCountryPoints());
	}
}

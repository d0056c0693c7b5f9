package org.openprm.deals.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores how likely two customer profiles are the same company. The score is the sum of the points of
 * the reasons found, clamped to [0,1]:
 *
 * <table>
 * <tr><th>reason</th><th>points</th><th>why</th></tr>
 * <tr><td>name similarity s ≥ {@value #NAME_FLOOR}</td><td>{@value #NAME} × s</td><td>the name alone can
 * reach the threshold; below the floor similar names are coincidence</td></tr>
 * <tr><td>same registrable domain (website or e-mail, not webmail)</td><td>{@value #DOMAIN}</td><td>a domain
 * belongs to one company: enough on its own</td></tr>
 * <tr><td>same contact e-mail</td><td>{@value #EMAIL}</td><td>the same person, even on webmail</td></tr>
 * <tr><td>same phone number</td><td>{@value #PHONE}</td><td>strong, but switchboards and agencies are shared</td></tr>
 * <tr><td>same postal code in the same country</td><td>{@value #POSTAL_CODE}</td><td>supports a name match</td></tr>
 * <tr><td>same street (with the same postal code or city)</td><td>{@value #STREET}</td><td>same building</td></tr>
 * <tr><td>same city (no postal code match)</td><td>{@value #CITY}</td><td>weak support</td></tr>
 * <tr><td>different countries</td><td>{@value #OTHER_COUNTRY}</td><td>likely a namesake or a subsidiary</td></tr>
 * </table>
 */
public final class CustomerScorer {

	static final double NAME = 0.8;
	static final double NAME_FLOOR = 0.3;
	static final double DOMAIN = 0.6;
	static final double EMAIL = 0.5;
	static final double PHONE = 0.4;
	static final double POSTAL_CODE = 0.15;
	static final double STREET = 0.15;
	static final double CITY = 0.05;
	static final double OTHER_COUNTRY = -0.2;
	private static final double SAME_STREET_MIN = 0.92;

	private CustomerScorer() {
	}

	public static MatchScore score(CustomerProfile query, CustomerProfile candidate) {
		List<MatchReason> reasons = new ArrayList<>(4);
		compare(query, candidate, reasons);
		reasons.sort(Comparator.comparingDouble(MatchReason::points).reversed());
		double sum = reasons.stream().mapToDouble(MatchReason::points).sum();
		return new MatchScore(clamp(sum), reasons);
	}

	/**
	 * What {@code score(query, candidate).value()} is, without writing the reasons: a check scores hundreds
	 * of records and explains only the few it answers. The reasons' points are multiples of 0.01, so summing
	 * them in another order gives the same rounded value.
	 */
	public static double value(CustomerProfile query, CustomerProfile candidate) {
		return clamp(compare(query, candidate, null));
	}

	private static double clamp(double sum) {
		return MatchReason.round(Math.max(0, Math.min(1, sum)));
	}

	/** The sum of the reasons' (rounded) points; the reasons themselves go to {@code reasons} unless it is null. */
	private static double compare(CustomerProfile query, CustomerProfile candidate, List<MatchReason> reasons) {
		return name(query, candidate, reasons) + domains(query, candidate, reasons) + contact(query, candidate, reasons)
				+ address(query, candidate, reasons);
	}

	private static double name(CustomerProfile query, CustomerProfile candidate, List<MatchReason> reasons) {
		double similarity = NameSimilarity.of(query.name(), candidate.name());
		if (similarity >= 1) {
			if (reasons != null) {
				reasons.add(MatchReason.of(ReasonType.SAME_NAME, NAME, query.displayName(), candidate.displayName()));
			}
			return MatchReason.round(NAME);
		}
		if (similarity >= NAME_FLOOR) {
			if (reasons != null) {
				reasons.add(MatchReason.of(ReasonType.SIMILAR_NAME, NAME * similarity, MatchReason.decimal(similarity),
						query.displayName(), candidate.displayName()));
			}
			return MatchReason.round(NAME * similarity);
		}
		return 0;
	}

	private static double domains(CustomerProfile query, CustomerProfile candidate, List<MatchReason> reasons) {
		for (String domain : query.domains()) {
			if (candidate.domains().contains(domain)) {
				if (reasons != null) {
					reasons.add(MatchReason.of(ReasonType.SAME_DOMAIN, DOMAIN, domain));
				}
				return MatchReason.round(DOMAIN);
			}
		}
		return 0;
	}

	private static double contact(CustomerProfile query, CustomerProfile candidate, List<MatchReason> reasons) {
		double points = 0;
		if (!query.email().isEmpty() && query.email().equals(candidate.email())) {
			if (reasons != null) {
				reasons.add(MatchReason.of(ReasonType.SAME_EMAIL, EMAIL, query.email()));
			}
			points += MatchReason.round(EMAIL);
		}
		if (!query.phone().isEmpty() && query.phone().equals(candidate.phone())) {
			if (reasons != null) {
				reasons.add(MatchReason.of(ReasonType.SAME_PHONE, PHONE, lastDigits(query.phone())));
			}
			points += MatchReason.round(PHONE);
		}
		return points;
	}

	private static double address(CustomerProfile query, CustomerProfile candidate, List<MatchReason> reasons) {
		boolean bothCountries = !query.country().isEmpty() && !candidate.country().isEmpty();
		if (bothCountries && !query.country().equals(candidate.country())) {
			if (reasons != null) {
				reasons.add(MatchReason.of(ReasonType.OTHER_COUNTRY, OTHER_COUNTRY, query.country(), candidate.country()));
			}
			return MatchReason.round(OTHER_COUNTRY);
		}
		double points = 0;
		boolean samePostalCode = !query.postalCode().isEmpty() && query.postalCode().equals(candidate.postalCode());
		boolean sameCity = !query.city().isEmpty() && query.city().equals(candidate.city());
		if (samePostalCode) {
			if (reasons != null) {
				reasons.add(MatchReason.of(ReasonType.SAME_POSTAL_CODE, POSTAL_CODE, query.postalCode()));
			}
			points += MatchReason.round(POSTAL_CODE);
		}
		else if (sameCity) {
			if (reasons != null) {
				reasons.add(MatchReason.of(ReasonType.SAME_CITY, CITY, query.city()));
			}
			points += MatchReason.round(CITY);
		}
		if ((samePostalCode || sameCity) && sameStreet(query.street(), candidate.street())) {
			if (reasons != null) {
				reasons.add(MatchReason.of(ReasonType.SAME_STREET, STREET, query.street(), candidate.street()));
			}
			points += MatchReason.round(STREET);
		}
		return points;
	}

	private static boolean sameStreet(String a, String b) {
		return !a.isEmpty() && !b.isEmpty() && (a.equals(b) || JaroWinkler.similarity(a, b) >= SAME_STREET_MIN);
	}

	/** Enough digits for staff to recognise the number. */
	private static String lastDigits(String phone) {
		return phone.substring(Math.max(0, phone.length() - 6));
	}
}

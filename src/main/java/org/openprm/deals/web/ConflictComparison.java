package org.openprm.deals.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.openprm.deals.AccountView;
import org.openprm.deals.ConflictCandidate;
import org.openprm.deals.CustomerAccounts;
import org.openprm.deals.DealManagement;
import org.openprm.deals.DealView;
import org.openprm.deals.EndCustomer;
import org.openprm.shared.RecordNotFound;

/**
 * A conflict candidate with the customer details it was matched on, for vendor staff to set beside the
 * registration's own customer. {@code registrationId} links to a competing registration.
 */
record ConflictComparison(String kind, String name, String externalId, String partnerName, String domain,
		String street, String postalCode, String city, String country, double score, List<String> reasons,
		UUID registrationId) {

	/** The registration's candidates, best first. Only ever called for vendor staff. */
	static List<ConflictComparison> of(DealView deal, DealManagement deals, CustomerAccounts accounts) {
		if (deal.conflicts() == null) {
			return List.of();
		}
		return deal.conflicts().stream().sorted(Comparator.comparingDouble(ConflictCandidate::score).reversed())
			.map(candidate -> of(candidate, deals, accounts)).toList();
	}

	private static ConflictComparison of(ConflictCandidate candidate, DealManagement deals, CustomerAccounts accounts) {
		if ("REGISTRATION".equals(candidate.kind())) {
			try {
				DealView other = deals.registration(candidate.id());
				EndCustomer c = other.customer();
				return new ConflictComparison(candidate.kind(), c.name(), null, other.partnerName(), c.domain(), c.street(),
						c.postalCode(), c.city(), c.country(), candidate.score(), candidate.reasons(), other.id());
			}
			catch (RecordNotFound gone) {
				return bare(candidate);
			}
		}
		return accounts.account(candidate.id())
			.map(a -> from(candidate, a))
			.orElseGet(() -> bare(candidate));
	}

	private static ConflictComparison from(ConflictCandidate candidate, AccountView a) {
		return new ConflictComparison(candidate.kind(), a.name(), a.externalId(), null, a.domain(), a.street(),
				a.postalCode(), a.city(), a.country(), candidate.score(), candidate.reasons(), null);
	}

	private static ConflictComparison bare(ConflictCandidate candidate) {
		return new ConflictComparison(candidate.kind(), candidate.name(), candidate.externalId(), null, null, null, null,
				null, null, candidate.score(), candidate.reasons(), null);
	}

	public String address() {
		return address(street, postalCode, city, country);
	}

	static String address(String... parts) {
		return java.util.Arrays.stream(parts).filter(part -> part != null && !part.isBlank())
			.collect(java.util.stream.Collectors.joining(", "));
	}

	public int percent() {
		return (int) Math.round(score * 100);
	}
}

package org.openprm.deals.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openprm.deals.ConflictCandidate;
import org.openprm.deals.EndCustomer;
import org.openprm.deals.matching.BlockingKeys;
import org.openprm.deals.matching.CustomerDescription;
import org.openprm.deals.matching.CustomerProfile;
import org.openprm.deals.matching.CustomerMatcher;
import org.openprm.deals.matching.MatchCandidate;
import org.openprm.deals.matching.MatchReason;
import org.openprm.deals.matching.RecordKind;
import org.openprm.deals.matching.RecordRef;
import org.springframework.stereotype.Component;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds the records that may be the same customer, through the matching engine over the database
 * index, and keeps that index up to date as registrations change.
 */
@Component
public class ConflictDetector {

	private static final TypeReference<List<ConflictCandidate>> CANDIDATES = new TypeReference<>() {
	};

	private final JdbcMatchIndex index;

	private final JsonMapper json;

	ConflictDetector(JdbcMatchIndex index, JsonMapper json) {
		this.index = index;
		this.json = json;
	}

	/** Candidates for the customer, best first, leaving out the partner's own registrations and the registration itself. */
	public List<ConflictCandidate> check(EndCustomer customer, UUID partnerId, UUID registrationId) {
		CustomerMatcher matcher = new CustomerMatcher(index.excluding(partnerId, registrationId));
		return matcher.check(description(customer)).stream().map(ConflictDetector::candidate).toList();
	}

	/**
	 * Candidates for many customers at once, in their order. The matcher scores only records sharing a blocking
	 * key with the customer, so one query for which keys exist at all settles every customer without a hit;
	 * the full matcher runs only for the others. Answers exactly what {@link #check} answers one by one.
	 */
	public List<List<ConflictCandidate>> check(List<EndCustomer> customers, UUID partnerId) {
		List<Set<String>> keys = customers.stream()
			.map(c -> BlockingKeys.of(CustomerProfile.of(description(c))))
			.toList();
		Set<String> present = index.present(keys.stream().flatMap(Set::stream).toList());
		List<List<ConflictCandidate>> found = new ArrayList<>(customers.size());
		for (int i = 0; i < customers.size(); i++) {
			found.add(keys.get(i).stream().anyMatch(present::contains) ? check(customers.get(i), partnerId, null) : List.of());
		}
		return found;
	}

	/** Makes a submitted registration findable by later checks. */
	public void index(DealRegistration registration) {
		index.put(RecordKind.REGISTRATION, registration.id(), null, registration.partnerId(),
				description(registration.customer()));
	}

	public void unindex(UUID registrationId) {
		index.remove(new RecordRef(RecordKind.REGISTRATION, registrationId));
	}

	public String encode(List<ConflictCandidate> candidates) {
		String encoded = json.writeValueAsString(candidates);
		// The column holds 20,000 characters; the best candidates come first, so a long list loses its tail.
		return encoded.length() <= 20000 || candidates.size() <= 1 ? encoded
				: encode(candidates.subList(0, candidates.size() / 2));
	}

	public List<ConflictCandidate> decode(String encoded) {
		return encoded == null ? List.of() : json.readValue(encoded, CANDIDATES);
	}

	static CustomerDescription description(EndCustomer customer) {
		return new CustomerDescription(customer.name(), customer.domain(), customer.contactEmail(), customer.phone(),
				customer.street(), customer.postalCode(), customer.city(), customer.country());
	}

	private static ConflictCandidate candidate(MatchCandidate match) {
		return new ConflictCandidate(match.kind().name(), match.id(), match.externalId(), match.name(), match.score(),
				match.reasons().stream().map(MatchReason::text).toList());
	}
}

package org.openprm.deals.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks a customer against the records of a {@link MatchIndex}: looks its {@link BlockingKeys} up,
 * skips keys too common to be useful, scores every record found ({@link CustomerScorer}) and answers
 * those at or above the threshold, best first. This is the engine's entry point for the deals module
 * and for benchmarks.
 */
public final class CustomerMatcher {

	private static final Comparator<MatchCandidate> BEST_FIRST = Comparator
		.comparingDouble(MatchCandidate::score).reversed()
		.thenComparing(MatchCandidate::name)
		.thenComparing(candidate -> candidate.id().toString());

	private final MatchIndex index;
	private final MatchSettings settings;

	public CustomerMatcher(MatchIndex index, MatchSettings settings) {
		this.index = index;
		this.settings = settings;
	}

	public CustomerMatcher(MatchIndex index) {
		this(index, MatchSettings.DEFAULTS);
	}

	/** The possible conflicts for the customer among all records of the index. */
	public List<MatchCandidate> check(CustomerDescription customer) {
		return check(customer, record -> true);
	}

	/**
	 * The possible conflicts for the customer among the records that {@code considered} accepts (to leave
	 * out the registration being checked, or the partner's own registrations).
	 */
	public List<MatchCandidate> check(CustomerDescription customer, Predicate<RecordRef> considered) {
		CustomerProfile profile = CustomerProfile.of(customer);
		List<MatchCandidate> matches = new ArrayList<>();
		for (IndexedRecord record : index.records(candidates(profile, considered))) {
			MatchScore score = CustomerScorer.score(profile, record.profile());
			if (score.value() >= settings.threshold()) {
				matches.add(new MatchCandidate(record.kind(), record.id(), record.externalId(),
						record.profile().displayName(), score.value(), score.reasons()));
			}
		}
		matches.sort(BEST_FIRST);
		return matches.size() <= settings.maxCandidates() ? matches : matches.subList(0, settings.maxCandidates());
	}

	/** The records sharing a usable blocking key with the profile: the ones worth scoring. */
	Set<RecordRef> candidates(CustomerProfile profile, Predicate<RecordRef> considered) {
		Map<String, List<RecordRef>> postings = index.postings(BlockingKeys.of(profile), settings.keyLimit() + 1);
		Set<RecordRef> candidates = new LinkedHashSet<>();
		for (List<RecordRef> refs : postings.values()) {
			if (refs.size() <= settings.keyLimit()) {
				refs.stream().filter(considered).forEach(candidates::add);
			}
		}
		return candidates;
	}

	public MatchSettings settings() {
		return settings;
	}
}

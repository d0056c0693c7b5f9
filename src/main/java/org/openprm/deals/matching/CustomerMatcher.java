package org.openprm.deals.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks a customer against the records of a {@link MatchIndex}: looks its {@link BlockingKeys} up,
 * skips keys too common to be useful, scores every record found ({@link CustomerScorer}) and answers
 * those at or above the threshold, best first. This is the engine's entry point for the deals module
 * and for benchmarks.
 */
public final class CustomerMatcher {

	/** Best score first; among equal scores by name, then id, so that the answer does not depend on reading order. */
	private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
		.thenComparing((Scored scored) -> scored.record().profile().displayName())
		.thenComparing(scored -> scored.record().id().toString());

	/** Records read and scored at a time, rarest shared keys first. */
	static final int BATCH = 200;

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
		List<Scored> matches = new ArrayList<>();
		List<RecordRef> ranked = new ArrayList<>(candidates(profile, considered));
		for (int from = 0; from < ranked.size(); from += BATCH) {
			int before = matches.size();
			for (IndexedRecord record : index.records(ranked.subList(from, Math.min(ranked.size(), from + BATCH)))) {
				double score = CustomerScorer.value(profile, record.profile());
				if (score >= settings.threshold()) {
					matches.add(new Scored(record, score));
				}
			}
			// The records come sharing the rarest keys first: once a whole batch holds no match, the rest,
			// which share only commoner keys, are not worth reading and scoring.
			if (matches.size() == before) {
				break;
			}
		}
		matches.sort(BEST_FIRST);
		// Only the candidates answered are explained: writing reasons for every match cost more than scoring.
		return matches.stream().limit(settings.maxCandidates()).map(match -> candidate(profile, match.record())).toList();
	}

	private static MatchCandidate candidate(CustomerProfile profile, IndexedRecord record) {
		MatchScore score = CustomerScorer.score(profile, record.profile());
		return new MatchCandidate(record.kind(), record.id(), record.externalId(), record.profile().displayName(),
				score.value(), score.reasons());
	}

	/**
	 * All a partner may learn from a check: whether a possible conflict exists, not with whom or why.
	 */
	public boolean hasPossibleConflict(CustomerDescription customer, Predicate<RecordRef> considered) {
		return !check(customer, considered).isEmpty();
	}

	/**
	 * The records worth scoring, at most {@link MatchSettings#maxScored()}: those sharing a usable blocking
	 * key with the profile, the ones sharing the most and the rarest keys first (each shared key adds
	 * 1 / the number of records that have it).
	 */
	Set<RecordRef> candidates(CustomerProfile profile, Predicate<RecordRef> considered) {
		Map<String, List<RecordRef>> postings = index.postings(BlockingKeys.of(profile), settings.keyLimit() + 1);
		Map<RecordRef, Double> overlap = new LinkedHashMap<>();
		for (List<RecordRef> refs : postings.values()) {
			if (refs.size() <= settings.keyLimit()) {
				double rarity = 1.0 / refs.size();
				refs.stream().filter(considered).forEach(ref -> overlap.merge(ref, rarity, Double::sum));
			}
		}
		return overlap.entrySet().stream()
			.sorted(Map.Entry.<RecordRef, Double>comparingByValue().reversed())
			.limit(settings.maxScored())
			.map(Map.Entry::getKey)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	public MatchSettings settings() {
		return settings;
	}

	private record Scored(IndexedRecord record, double score) {
	}
}

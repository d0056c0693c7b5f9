package org.openprm.deals.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks a customer against the records of a {@link MatchIndex}: looks its {@link BlockingKeys} up,
 * skips keys too common to be useful, and answers the records found that score at or above the threshold
 * ({@link CustomerScorer}), best first. Records are read and scored in the order of the most they can
 * score ({@link ScoreBound}, known from the postings), and only while one can still reach the threshold
 * and enter the answer. This is the engine's entry point for the deals module and for benchmarks.
 */
public final class CustomerMatcher {

	/** Best score first; among equal scores by name, then id, so that the answer does not depend on reading order. */
	private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
		.thenComparing((Scored scored) -> scored.record().profile().displayName())
		.thenComparing(scored -> scored.record().id().toString());

	/** Records read and scored at a time, those that can score the most first. */
	static final int BATCH = 100;

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
		// The scores of the best maxCandidates matches so far, the lowest at the head.
		PriorityQueue<Double> best = new PriorityQueue<>();
		List<Ranked> ranked = ranked(profile, considered);
		int next = 0;
		while (next < ranked.size() && ranked.get(next).bound() >= entry(best)) {
			double cut = entry(best);
			List<RecordRef> batch = new ArrayList<>(BATCH);
			while (next < ranked.size() && batch.size() < BATCH && ranked.get(next).bound() >= cut) {
				batch.add(ranked.get(next++).ref());
			}
			for (IndexedRecord record : index.records(batch)) {
				double score = CustomerScorer.value(profile, record.profile());
				if (score >= settings.threshold()) {
					matches.add(new Scored(record, score));
					best.add(score);
					if (best.size() > settings.maxCandidates()) {
						best.poll();
					}
				}
			}
		}
		matches.sort(BEST_FIRST);
		// Only the candidates answered are explained: writing reasons for every match cost more than scoring.
		return matches.stream().limit(settings.maxCandidates()).map(match -> candidate(profile, match.record())).toList();
	}

	/**
	 * The score a record must be able to reach to enter the answer: the threshold, or, once the answer is full,
	 * its lowest score (a record reaching it exactly may still enter, ahead by name).
	 */
	private double entry(PriorityQueue<Double> best) {
		return best.size() < settings.maxCandidates() ? settings.threshold() : Math.max(settings.threshold(), best.peek());
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
		return ranked(profile, considered).stream()
			.map(Ranked::ref)
			.collect(Collectors.toCollection(LinkedHashSet::new));
	}

	/**
	 * The {@link #candidates} with the most each can score ({@link ScoreBound}), known from the postings alone,
	 * highest first, so that a check reads and scores records only while one can still enter the answer.
	 */
	private List<Ranked> ranked(CustomerProfile profile, Predicate<RecordRef> considered) {
		Map<String, List<Posting>> postings = index.postings(BlockingKeys.of(profile), settings.keyLimit() + 1);
		Set<String> usable = new HashSet<>();
		postings.forEach((key, records) -> {
			if (records.size() <= settings.keyLimit()) {
				usable.add(key);
			}
		});
		ScoreBound bound = ScoreBound.of(profile, usable);
		Map<RecordRef, Found> found = new LinkedHashMap<>();
		for (Map.Entry<String, List<Posting>> entry : postings.entrySet()) {
			if (!usable.contains(entry.getKey())) {
				continue;
			}
			List<Posting> records = entry.getValue();
			long shows = bound.shows(entry.getKey());
			double rarity = 1.0 / records.size();
			for (Posting posting : records) {
				if (considered.test(posting.ref())) {
					found.computeIfAbsent(posting.ref(), ref -> new Found(posting.country())).add(rarity, shows);
				}
			}
		}
		return found.entrySet().stream()
			.sorted(Comparator.comparingDouble((Map.Entry<RecordRef, Found> entry) -> entry.getValue().overlap).reversed())
			.limit(settings.maxScored())
			.map(entry -> new Ranked(entry.getKey(), bound.of(entry.getValue().shared, entry.getValue().country),
					entry.getValue().overlap))
			.sorted(Comparator.comparingDouble(Ranked::bound).thenComparingDouble(Ranked::overlap).reversed())
			.toList();
	}

	public MatchSettings settings() {
		return settings;
	}

	private record Scored(IndexedRecord record, double score) {
	}

	private record Ranked(RecordRef ref, double bound, double overlap) {
	}

	/** What the postings tell of one record: how rare the keys it shares are, what they show, its country. */
	private static final class Found {

		private final String country;

		private double overlap;

		private long shared;

		Found(String country) {
			this.country = country;
		}

		void add(double rarity, long shows) {
			overlap += rarity;
			shared |= shows;
		}
	}
}

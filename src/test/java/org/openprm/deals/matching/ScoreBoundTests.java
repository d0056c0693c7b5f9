package org.openprm.deals.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ScoreBoundTests {

	@Test
	void noRecordScoresMoreThanItsBoundFromTheKeysItShares() {
		List<CustomerProfile> profiles = new GeneratedCustomers(7).companies(400).stream().map(CustomerProfile::of).toList();
		Random random = new Random(11);
		int compared = 0;
		for (CustomerProfile customer : profiles) {
			Set<String> keys = BlockingKeys.of(customer);
			// Some keys too common to be read, as on a large index: every record is then assumed to share them.
			Set<String> usable = new HashSet<>();
			keys.forEach(key -> {
				if (random.nextInt(4) > 0) {
					usable.add(key);
				}
			});
			ScoreBound bound = ScoreBound.of(customer, usable);
			for (CustomerProfile record : profiles) {
				if (matchesAnUncountedWord(customer, bound, usable, record)) {
					continue;
				}
				Set<String> recordKeys = BlockingKeys.of(record);
				long shared = 0;
				for (String key : recordKeys) {
					shared |= usable.contains(key) ? bound.shows(key) : 0;
				}
				assertThat(bound.of(shared, record.country()))
					.as("%s ~ %s", customer, record)
					.isGreaterThanOrEqualTo(CustomerScorer.value(customer, record));
				compared++;
			}
		}
		assertThat(compared).isGreaterThan(400 * 400 * 9 / 10);
	}

	@Test
	void boundsARecordInAnotherCountrySharingOnlyTheFirstWordAndTradeBelowTheThreshold() {
		CustomerProfile customer = CustomerProfile.of(new CustomerDescription("Summit Torvobri Systems GmbH", null, null,
				null, "5 Market Street", "10115", "Berlin", "DE"));
		ScoreBound bound = ScoreBound.of(customer, BlockingKeys.of(customer));
		long sharesFirstWordAndTrade = bound.shows("w:summit|systems");

		assertThat(bound.of(sharesFirstWordAndTrade, "FR")).isLessThan(MatchSettings.DEFAULTS.threshold());
		assertThat(bound.of(sharesFirstWordAndTrade, "DE")).isGreaterThanOrEqualTo(MatchSettings.DEFAULTS.threshold());
		assertThat(bound.of(sharesFirstWordAndTrade | bound.shows("n:torvobri"), "FR"))
			.isGreaterThanOrEqualTo(MatchSettings.DEFAULTS.threshold());
	}

	/**
	 * Whether the record has a word matching a distinctive word of the customer that is too common to read, without
	 * sharing a usable key with it (a pair key, its first letters or sound): the bound does not count such a word.
	 */
	private static boolean matchesAnUncountedWord(CustomerProfile customer, ScoreBound bound, Set<String> usable,
			CustomerProfile record) {
		Set<String> usableShared = new HashSet<>(BlockingKeys.of(record));
		usableShared.retainAll(usable);
		List<String> words = customer.name().tokens();
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			long bit = 1L << i;
			if (!ScoreBound.countsOnlyThroughUsableKeys(word, customer.name().weight(i), usable)
					|| usableShared.stream().anyMatch(key -> (bound.shows(key) & bit) != 0)) {
				continue;
			}
			for (String other : record.name().tokens()) {
				if (NameSimilarity.words(word, other) > 0) {
					return true;
				}
			}
		}
		return false;
	}
}

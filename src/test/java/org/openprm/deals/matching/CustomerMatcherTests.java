package org.openprm.deals.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.assertj.core.groups.Tuple;

import org.junit.jupiter.api.Test;

class CustomerMatcherTests {

	private final InMemoryMatchIndex index = new InMemoryMatchIndex();
	private final CustomerMatcher matcher = new CustomerMatcher(index);

	@Test
	void findsConflictsAmongAllKindsOfRecordsBestFirst() {
		UUID account = put(RecordKind.ACCOUNT, "CRM-1", new CustomerDescription("Globex Corporation", "globex.com",
				null, null, null, "90210", null, "US"));
		UUID registration = put(RecordKind.REGISTRATION, null, CustomerDescription.named("Globex Intl"));
		UUID named = put(RecordKind.NAMED_ACCOUNT, null, new CustomerDescription("Hank Scorpio Holdings",
				"https://shop.globex.com", null, null, null, null, null, null));
		put(RecordKind.OPPORTUNITY, "OPP-7", CustomerDescription.named("Initech"));

		List<MatchCandidate> candidates = matcher.check(new CustomerDescription("GLOBEX CORP", null,
				"homer@globex.com", null, null, "90210", null, "US"));

		assertThat(candidates).extracting(MatchCandidate::id).containsExactly(account, registration, named);
		MatchCandidate best = candidates.get(0);
		assertThat(best.kind()).isEqualTo(RecordKind.ACCOUNT);
		assertThat(best.externalId()).isEqualTo("CRM-1");
		assertThat(best.name()).isEqualTo("Globex Corporation");
		assertThat(best.reasons()).extracting(MatchReason::text).containsExactly("same name: GLOBEX CORP ~ Globex Corporation",
				"same domain globex.com", "same postal code 90210");
		assertThat(candidates).extracting(MatchCandidate::score).isSortedAccordingTo((x, y) -> Double.compare(y, x))
			.allMatch(score -> score >= MatchSettings.DEFAULTS.threshold() && score <= 1);
	}

	@Test
	void answersNothingWhenNothingIsSimilarEnough() {
		put(RecordKind.ACCOUNT, null, CustomerDescription.named("Initech"));
		put(RecordKind.ACCOUNT, null, new CustomerDescription("Globex", null, "info@gmail.com", null, null, null, null, null));

		assertThat(matcher.check(new CustomerDescription("Umbrella", null, "ceo@gmail.com", null, null, null, null, null)))
			.isEmpty();
	}

	@Test
	void tellsAPartnerOnlyWhetherAPossibleConflictExists() {
		UUID own = put(RecordKind.REGISTRATION, null, CustomerDescription.named("Globex"));
		put(RecordKind.ACCOUNT, null, CustomerDescription.named("Initech"));

		assertThat(matcher.hasPossibleConflict(CustomerDescription.named("Initech GmbH"), ref -> true)).isTrue();
		assertThat(matcher.hasPossibleConflict(CustomerDescription.named("Globex Corp"), ref -> !ref.id().equals(own)))
			.isFalse();
	}

	@Test
	void leavesOutTheRecordsTheCallerExcludes() {
		UUID itself = put(RecordKind.REGISTRATION, null, CustomerDescription.named("Globex"));
		UUID other = put(RecordKind.REGISTRATION, null, CustomerDescription.named("Globex Ltd"));

		assertThat(matcher.check(CustomerDescription.named("Globex"), ref -> !ref.id().equals(itself)))
			.extracting(MatchCandidate::id).containsExactly(other);
	}

	@Test
	void followsChangesAndRemovalsOfRecords() {
		UUID id = put(RecordKind.ACCOUNT, null, CustomerDescription.named("Globex"));
		index.put(IndexedRecord.of(RecordKind.ACCOUNT, id, null, CustomerDescription.named("Initech")));

		assertThat(matcher.check(CustomerDescription.named("Globex"))).isEmpty();
		assertThat(matcher.check(CustomerDescription.named("Initech"))).hasSize(1);

		index.remove(new RecordRef(RecordKind.ACCOUNT, id));
		assertThat(matcher.check(CustomerDescription.named("Initech"))).isEmpty();
	}

	@Test
	void returnsAtMostTheConfiguredNumberOfCandidates() {
		for (int i = 0; i < 30; i++) {
			put(RecordKind.REGISTRATION, null, CustomerDescription.named("Globex"));
		}

		assertThat(matcher.check(CustomerDescription.named("Globex"))).hasSize(MatchSettings.DEFAULTS.maxCandidates());
	}

	@Test
	void skipsKeysTooCommonToHelpButStillFindsTheMatchThroughMoreSpecificKeys() {
		CustomerMatcher capped = new CustomerMatcher(index, MatchSettings.DEFAULTS.withKeyLimit(3));
		for (String other : List.of("Alpha", "Beta", "Gamma", "Delta", "Epsilon")) {
			put(RecordKind.ACCOUNT, null, CustomerDescription.named(other + " Global Technologies"));
			put(RecordKind.ACCOUNT, null, CustomerDescription.named("Global " + other + " Systems"));
		}
		UUID globalTechnologies = put(RecordKind.ACCOUNT, null, CustomerDescription.named("Global Technologies Inc."));

		CustomerProfile query = CustomerProfile.of(CustomerDescription.named("GLOBAL TECHNOLOGIES"));
		assertThat(capped.candidates(query, ref -> true)).hasSizeLessThan(index.size())
			.contains(new RecordRef(RecordKind.ACCOUNT, globalTechnologies));
		assertThat(capped.check(CustomerDescription.named("GLOBAL TECHNOLOGIES")).get(0).id()).isEqualTo(globalTechnologies);
	}

	@Test
	void scoresTheRecordsSharingTheRarestKeysFirstWhenThereAreTooManyToScore() {
		CustomerMatcher budgeted = new CustomerMatcher(index, MatchSettings.DEFAULTS.withMaxScored(1));
		for (int i = 0; i < 10; i++) {
			put(RecordKind.REGISTRATION, null, CustomerDescription.named("Globex Initech " + i));
		}
		UUID umbrella = put(RecordKind.REGISTRATION, null, CustomerDescription.named("Globex Umbrella"));

		assertThat(budgeted.check(CustomerDescription.named("Globex Umbrella Corp."))).extracting(MatchCandidate::id)
			.containsExactly(umbrella);
	}

	@Test
	void readsOnlyRecordsThatCanEnterTheAnswerAndAnswersWhatScoringEveryRecordFoundWould() {
		List<CustomerDescription> customers = new GeneratedCustomers(3).companies(850);
		customers.subList(0, 700).forEach(customer -> put(RecordKind.ACCOUNT, null, customer));
		for (MatchSettings settings : List.of(MatchSettings.DEFAULTS, MatchSettings.DEFAULTS.withMaxCandidates(5),
				MatchSettings.DEFAULTS.withMaxCandidates(1), MatchSettings.DEFAULTS.withThreshold(0.6))) {
			ReadCountingIndex counting = new ReadCountingIndex(index);
			CustomerMatcher bounded = new CustomerMatcher(counting, settings);
			int found = 0;
			for (CustomerDescription customer : customers.subList(700, 850)) {
				assertThat(bounded.check(customer)).as("%s with %s", customer.name(), settings)
					.extracting(MatchCandidate::id, MatchCandidate::score)
					.containsExactlyElementsOf(scoringEveryRecordFound(settings, customer));
				found += bounded.candidates(CustomerProfile.of(customer), ref -> true).size();
			}
			if (settings.equals(MatchSettings.DEFAULTS)) {
				assertThat(counting.read()).isLessThan(found);
			}
		}
	}

	@Test
	void leavesUnreadTheRecordsThatCannotReachTheThreshold() {
		for (int i = 0; i < 40; i++) {
			put(RecordKind.REGISTRATION, null, new CustomerDescription("Summit Melordo" + i + " Systems", null, null, null,
					null, null, "Paris", i % 2 == 0 ? "FR" : "NL"));
		}
		UUID same = put(RecordKind.ACCOUNT, "CRM-1", new CustomerDescription("Summit Torvobri Systems GmbH", null, null, null,
				null, null, "Berlin", "DE"));
		ReadCountingIndex counting = new ReadCountingIndex(index);

		List<MatchCandidate> candidates = new CustomerMatcher(counting, MatchSettings.DEFAULTS.withKeyLimit(30))
			.check(new CustomerDescription("SUMMIT TORVOBRI SYSTEMS", null, null, null, null, null, "Berlin", "DE"));

		assertThat(candidates).extracting(MatchCandidate::id).containsExactly(same);
		assertThat(counting.read()).isEqualTo(1);
	}

	/** The answer without the bound: every record the keys find scored, best first, ties by name and id. */
	private List<Tuple> scoringEveryRecordFound(MatchSettings settings, CustomerDescription customer) {
		CustomerProfile profile = CustomerProfile.of(customer);
		Set<RecordRef> found = new CustomerMatcher(index, settings).candidates(profile, ref -> true);
		return index.records(found).stream()
			.map(record -> Map.entry(record, CustomerScorer.value(profile, record.profile())))
			.filter(scored -> scored.getValue() >= settings.threshold())
			.sorted(Comparator.comparing((Map.Entry<IndexedRecord, Double> scored) -> -scored.getValue())
				.thenComparing(scored -> scored.getKey().profile().displayName())
				.thenComparing(scored -> scored.getKey().id().toString()))
			.limit(settings.maxCandidates())
			.map(scored -> tuple(scored.getKey().id(), scored.getValue()))
			.toList();
	}

	private UUID put(RecordKind kind, String externalId, CustomerDescription customer) {
		UUID id = UUID.randomUUID();
		index.put(IndexedRecord.of(kind, id, externalId, customer));
		return id;
	}
}

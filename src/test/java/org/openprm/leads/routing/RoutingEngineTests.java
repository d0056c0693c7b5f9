package org.openprm.leads.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The routing engine without Spring: filters in order with counts, scoring, fairness, ties by weighted
 * round robin and named-account pinning.
 */
class RoutingEngineTests {

	private static final Location BERLIN = new Location(52.52, 13.405);

	private final RoutingEngine engine = new RoutingEngine();

	@Test
	void eachHardFilterRemovesThePartnersItExcludesAndCountsThem() {
		PartnerProfile good = partner("good", "DE", BERLIN, Set.of("wifi"), 10);
		PartnerProfile inactive = new PartnerProfile(UUID.randomUUID(), "inactive", false, Territory.parse("DE"),
				Set.of("wifi"), Map.of(), 0, List.of(BERLIN), 10, Performance.NONE);
		PartnerProfile abroad = partner("abroad", "FR", BERLIN, Set.of("wifi"), 10);
		PartnerProfile incapable = partner("incapable", "DE", BERLIN, Set.of("cloud"), 10);
		PartnerProfile full = partner("full", "DE", BERLIN, Set.of("wifi"), 0);
		PartnerProfile declined = partner("declined", "DE", BERLIN, Set.of("wifi"), 10);
		RoutingSnapshot snapshot = snapshot(good, inactive, abroad, incapable, full, declined);

		RoutingDecision decision = engine.route(lead(Set.of(declined.id()), null), snapshot, RoutingRules.defaults());

		assertThat(decision.winner()).isEqualTo(good.id());
		assertThat(decision.considered()).isEqualTo(6);
		assertThat(decision.filtered()).containsEntry("active", 1).containsEntry("territory", 1)
			.containsEntry("capability", 1).containsEntry("capacity", 1)
			.containsEntry("previously_declined_or_recalled", 1);
	}

	@Test
	void territoriesMatchCountriesRegionsAndPostalPrefixes() {
		Territory territory = Territory.parse("AT, DE/Bavaria, US-98");

		assertThat(territory.covers("AT", null, null)).isTrue();
		assertThat(territory.covers("DE", "Bavaria", "80331")).isTrue();
		assertThat(territory.covers("DE", "Berlin", "10117")).isFalse();
		assertThat(territory.covers("US", "WA", "98101")).isTrue();
		assertThat(territory.covers("US", "CA", "94105")).isFalse();
	}

	@Test
	void theNearestPartnerWinsAndTheExplanationShowsRunnersUpWithComponents() {
		PartnerProfile near = partner("near", "DE", new Location(52.4, 13.3), Set.of("wifi"), 10);
		PartnerProfile far = partner("far", "DE", new Location(48.1, 11.6), Set.of("wifi"), 10);

		RoutingDecision decision = engine.route(lead(Set.of(), null), snapshot(far, near), RoutingRules.defaults());

		assertThat(decision.winner()).isEqualTo(near.id());
		assertThat(decision.candidates()).extracting(ScoredCandidate::partnerId).containsExactly(near.id(), far.id());
		assertThat(decision.candidates().get(0).components()).containsKeys("distance", "performance", "tier", "load",
				"fairness");
		assertThat(new Location(52.52, 13.405).kmTo(new Location(48.137, 11.575))).isBetween(500.0, 510.0);
	}

	@Test
	void aNamedAccountIsPinnedToItsPartnerEvenWhenAnotherScoresHigher() {
		PartnerProfile near = partner("near", "DE", BERLIN, Set.of("wifi"), 10);
		PartnerProfile owner = partner("owner", "FR", new Location(48.85, 2.35), Set.of(), 10);

		RoutingDecision decision = engine.route(lead(Set.of(), owner.id()), snapshot(near, owner), RoutingRules.defaults());

		assertThat(decision.winner()).isEqualTo(owner.id());
		assertThat(decision.method()).isEqualTo("PINNED");
	}

	@Test
	void equalPartnersShareLeadsEvenlyAndTiesFollowTheirWeights() {
		List<PartnerProfile> equal = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			equal.add(partner("p" + i, "DE", BERLIN, Set.of("wifi"), 100000));
		}
		RoutingSnapshot snapshot = snapshot(equal.toArray(PartnerProfile[]::new));
		Map<UUID, Integer> counts = new HashMap<>();
		for (int i = 0; i < 1000; i++) {
			UUID winner = engine.route(lead(Set.of(), null), snapshot, RoutingRules.defaults()).winner();
			counts.merge(winner, 1, Integer::sum);
			snapshot.loads().assigned(winner);
		}
		assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(95, 105));

		WeightedRoundRobin roundRobin = new WeightedRoundRobin();
		UUID heavy = UUID.randomUUID();
		UUID light = UUID.randomUUID();
		Map<UUID, Integer> picks = new HashMap<>();
		for (int i = 0; i < 400; i++) {
			picks.merge(roundRobin.pick(List.of(heavy, light), id -> id.equals(heavy) ? 3 : 1), 1, Integer::sum);
		}
		assertThat(picks).containsEntry(heavy, 300).containsEntry(light, 100);
	}

	@Test
	void aLeadNoPartnerMayTakeStaysUnrouted() {
		RoutingDecision decision = engine.route(lead(Set.of(), null), snapshot(partner("x", "FR", BERLIN, Set.of("wifi"), 5)),
				RoutingRules.defaults());

		assertThat(decision.routed()).isFalse();
		assertThat(decision.filtered()).containsEntry("territory", 1);
	}

	static PartnerProfile partner(String name, String country, Location at, Set<String> capabilities, int capacity) {
		return new PartnerProfile(UUID.randomUUID(), name, true, Territory.parse(country), capabilities, Map.of(), 0,
				List.of(at), capacity, Performance.NONE);
	}

	static RoutingSnapshot snapshot(PartnerProfile... partners) {
		return RoutingSnapshot.of(List.of(partners), new PartnerLoads(), Instant.now());
	}

	static LeadFacts lead(Set<UUID> excluded, UUID pinned) {
		return new LeadFacts(UUID.randomUUID(), "DE", "Berlin", "10117", BERLIN, List.of("wifi"), null, false, excluded,
				pinned);
	}
}

package org.openprm.leads.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.openprm.leads.RoutingExplanation;
import org.openprm.leads.routing.LeadFacts;
import org.openprm.leads.routing.Location;
import org.openprm.leads.routing.PartnerLoads;
import org.openprm.leads.routing.PartnerProfile;
import org.openprm.leads.routing.Performance;
import org.openprm.leads.routing.RoutingDecision;
import org.openprm.leads.routing.RoutingEngine;
import org.openprm.leads.routing.RoutingRules;
import org.openprm.leads.routing.RoutingSnapshot;
import org.openprm.leads.routing.Territory;

/**
 * Two in-process lead routing benchmarks (plain main, no Spring), run with {@code scripts/bench-leads.sh routing}:
 * <ol>
 * <li>latency: one lead routed among 10,000 active partners (20 countries, 3 locations each, mixed capabilities,
 * tiers, loads and track records), explanation included; p50/p99/max over 50,000 leads after 20,000 warm-up;</li>
 * <li>fairness: 10,000 leads among 100 equal partners; spread of assignments against the mean, beside a plain
 * round-robin baseline run on the same leads.</li>
 * </ol>
 */
public final class LeadRoutingBench {

	private static final String[] COUNTRIES = { "DE", "FR", "GB", "US", "NL", "AT", "CH", "IT", "ES", "PL", "SE", "NO",
			"DK", "FI", "BE", "IE", "PT", "CZ", "CA", "AU" };

	private static final String[] CAPABILITIES = { "networking", "security", "wireless", "cloud", "managed-services" };

	private LeadRoutingBench() {
	}

	public static void main(String[] args) {
		int partners = Integer.getInteger("partners", 10_000);
		latency(partners, Integer.getInteger("leads", 50_000), Integer.getInteger("warmup", 20_000));
		fairness(Integer.getInteger("fairPartners", 100), Integer.getInteger("fairLeads", 10_000));
	}

	static void latency(int partnerCount, int leads, int warmup) {
		Random random = new Random(42);
		List<PartnerProfile> partners = new ArrayList<>();
		PartnerLoads loads = new PartnerLoads();
		for (int i = 0; i < partnerCount; i++) {
			String country = COUNTRIES[i % COUNTRIES.length];
			List<Location> locations = new ArrayList<>();
			for (int l = 0; l < 3; l++) {
				locations.add(new Location(35 + random.nextDouble() * 25, -10 + random.nextDouble() * 40));
			}
			UUID id = UUID.randomUUID();
			partners.add(new PartnerProfile(id, "Partner " + i, i % 10 != 0, Territory.parse(country),
					new java.util.HashSet<>(List.of(CAPABILITIES[i % 5], CAPABILITIES[(i / 5) % 5])), Map.of(), random.nextInt(4), locations,
					20, new Performance(random.nextInt(50), random.nextInt(30), random.nextInt(10), random.nextInt(5),
							random.nextDouble() * 48)));
			loads.set(id, random.nextInt(15), random.nextInt(30));
		}
		RoutingSnapshot snapshot = RoutingSnapshot.of(partners, loads, Instant.now());
		RoutingEngine engine = new RoutingEngine();
		RoutingRules rules = RoutingRules.defaults();
		tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
		long stored = 0;
		long[] nanos = new long[leads];
		int routed = 0;
		for (int i = 0; i < warmup + leads; i++) {
			LeadFacts lead = new LeadFacts(UUID.randomUUID(), COUNTRIES[random.nextInt(COUNTRIES.length)], null, null,
					new Location(35 + random.nextDouble() * 25, -10 + random.nextDouble() * 40),
					List.of(CAPABILITIES[random.nextInt(5)]), null, random.nextInt(10) == 0, Set.of(), null);
			long start = System.nanoTime();
			RoutingDecision decision = engine.route(lead, snapshot, rules);
			var explanation = RoutingExplanation.of(lead.id(), decision, "benchmark", Instant.EPOCH);
			// The explanation as it is stored with the assignment: JSON text.
			stored += json.writeValueAsString(explanation).length();
			long took = System.nanoTime() - start;
			if (i >= warmup) {
				nanos[i - warmup] = took;
				routed += explanation.winner() == null ? 0 : 1;
			}
			if (decision.routed()) {
				// Leads come and go: keep loads where they were so that capacity does not run out in the run.
				loads.assigned(decision.winner());
				loads.released(decision.winner());
			}
		}
		Arrays.sort(nanos);
		System.out.printf("explanations: %d characters on average%n", stored / (warmup + leads));
		System.out.printf("routing: %d partners, %d leads (%d routed), p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
				partnerCount, leads, routed, nanos[leads / 2] / 1e6, nanos[(int) (leads * 0.99)] / 1e6,
				nanos[leads - 1] / 1e6);
	}

	static void fairness(int partnerCount, int leads) {
		List<PartnerProfile> partners = new ArrayList<>();
		Location berlin = new Location(52.52, 13.405);
		for (int i = 0; i < partnerCount; i++) {
			partners.add(new PartnerProfile(UUID.randomUUID(), "Equal " + i, true, Territory.parse("DE"),
					Set.of("networking"), Map.of(), 1, List.of(berlin), 1_000_000, Performance.NONE));
		}
		RoutingSnapshot snapshot = RoutingSnapshot.of(partners, new PartnerLoads(), Instant.now());
		RoutingEngine engine = new RoutingEngine();
		Map<UUID, Integer> engineCounts = new HashMap<>();
		Map<UUID, Integer> baseline = new HashMap<>();
		for (int i = 0; i < leads; i++) {
			LeadFacts lead = new LeadFacts(UUID.randomUUID(), "DE", null, null, berlin, List.of("networking"), null,
					false, Set.of(), null);
			UUID winner = engine.route(lead, snapshot, RoutingRules.defaults()).winner();
			engineCounts.merge(winner, 1, Integer::sum);
			snapshot.loads().assigned(winner);
			baseline.merge(partners.get(i % partnerCount).id(), 1, Integer::sum);
		}
		report("routing engine", engineCounts, partnerCount, leads);
		report("plain round robin", baseline, partnerCount, leads);
	}

	private static void report(String name, Map<UUID, Integer> counts, int partners, int leads) {
		double mean = (double) leads / partners;
		int min = counts.size() < partners ? 0 : counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
		int max = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		double worst = Math.max(max - mean, mean - min) / mean * 100;
		System.out.printf("fairness (%s): %d leads over %d equal partners, mean %.1f, min %d, max %d, "
				+ "largest deviation from the mean %.2f %%%n", name, leads, partners, mean, min, max, worst);
	}
}

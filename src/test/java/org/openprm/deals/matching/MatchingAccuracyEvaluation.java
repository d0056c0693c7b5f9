package org.openprm.deals.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openprm.deals.matching.BenchmarkCompanies.Company;

/**
 * Measures the matcher's accuracy on the company-name benchmark beside the project and compares it with
 * the trigram-Jaccard baseline in the same run. Not part of {@code ./mvnw verify} (the data lives
 * outside the repository); run it with {@code ./mvnw -B -o test -Pmatching-accuracy}. Prints a table
 * and writes it to {@code target/matching-accuracy.md}.
 *
 * <p>Every record is loaded as an account into an {@link InMemoryMatchIndex}; then every record is
 * checked against all the others (not itself) through the real blocking and scoring. A pair counts as
 * predicted when either record's check returns the other at the default threshold. Per record: for
 * records whose organisation has other records, is one of them among the first k candidates?
 */
class MatchingAccuracyEvaluation {

	private static final double BASELINE_THRESHOLD = 0.4;
	private static final double[] SWEEP = { 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7 };
	private static final double LOWEST_SCORE = 0.05;

	private final List<String> lines = new ArrayList<>();

	@Test
	void matcherBeatsTheTrigramJaccardBaseline() throws IOException {
		BenchmarkCompanies data = BenchmarkCompanies.load();
		List<Company> companies = data.companies();
		InMemoryMatchIndex index = new InMemoryMatchIndex();
		companies.forEach(company -> index.put(IndexedRecord.of(RecordKind.ACCOUNT, company.id(), company.personId(),
				CustomerDescription.named(company.name()))));
		double threshold = MatchSettings.DEFAULTS.threshold();

		PairScores scores = PairScores.of(companies, index, LOWEST_SCORE);
		PairwiseResult matcher = scores.pairwise(threshold, data.truePairs());
		PairwiseResult[] baseline = TrigramJaccardBaseline.evaluate(data, SWEEP);
		PairwiseResult baselineAtItsThreshold = baseline[Arrays.binarySearch(SWEEP, BASELINE_THRESHOLD)];

		line("Matching accuracy: %,d records, %,d true pairs", companies.size(), data.truePairs());
		line("");
		line("| method | precision | recall | F1 | predicted pairs |");
		line("|---|---|---|---|---|");
		line(matcher.row(String.format(Locale.ROOT, "OpenPRM matcher, default threshold %.2f", threshold)));
		line(baselineAtItsThreshold.row("baseline: trigram Jaccard of suffix-stripped names >= 0.40"));
		line("");
		perRecord(companies, index);
		line("");
		blocking(companies, index);
		line("");
		sweep(scores, baseline, data.truePairs());
		line("");
		errors(scores, threshold);
		write();

		assertThat(matcher.f1()).as("matcher F1 beats the baseline's").isGreaterThan(baselineAtItsThreshold.f1());
	}

	/** Top-1 and top-5 recall with the default settings, as the deals module would check. */
	private void perRecord(List<Company> companies, MatchIndex index) {
		CustomerMatcher matcher = new CustomerMatcher(index);
		int withTrueMatches = 0;
		int top1 = 0;
		int top5 = 0;
		for (Company company : companies) {
			List<MatchCandidate> candidates = matcher.check(CustomerDescription.named(company.name()),
					ref -> !ref.id().equals(company.id()));
			if (PairScores.hasOthers(company, companies)) {
				withTrueMatches++;
				top1 += hitWithin(candidates, 1, company, companies) ? 1 : 0;
				top5 += hitWithin(candidates, 5, company, companies) ? 1 : 0;
			}
		}
		line("Per record (%,d records have other records of the same organisation):", withTrueMatches);
		line("top-1 recall %.3f, top-5 recall %.3f", (double) top1 / withTrueMatches, (double) top5 / withTrueMatches);
	}

	private static boolean hitWithin(List<MatchCandidate> candidates, int k, Company company, List<Company> companies) {
		Set<UUID> sameOrganisation = PairScores.idsOfOrganisation(company.organisation(), companies);
		return candidates.stream().limit(k).anyMatch(candidate -> sameOrganisation.contains(candidate.id()));
	}

	/**
	 * How many true matches the blocking keys find at all, how many records they find per check, and how many of
	 * those a check reads and scores.
	 */
	private void blocking(List<Company> companies, MatchIndex index) {
		ReadCountingIndex counting = new ReadCountingIndex(index);
		CustomerMatcher matcher = new CustomerMatcher(counting);
		long reachable = 0;
		long trueDirected = 0;
		long found = 0;
		for (Company company : companies) {
			Set<RecordRef> candidates = matcher.candidates(CustomerProfile.of(CustomerDescription.named(company.name())),
					ref -> !ref.id().equals(company.id()));
			matcher.check(CustomerDescription.named(company.name()), ref -> !ref.id().equals(company.id()));
			found += candidates.size();
			for (UUID id : PairScores.idsOfOrganisation(company.organisation(), companies)) {
				if (!id.equals(company.id())) {
					trueDirected++;
					reachable += candidates.contains(new RecordRef(RecordKind.ACCOUNT, id)) ? 1 : 0;
				}
			}
		}
		line("Blocking: %.3f of true matches are among the candidates found by blocking keys; %.0f records found and %.0f "
				+ "of them read and scored per check", (double) reachable / trueDirected, (double) found / companies.size(),
				(double) counting.read() / companies.size());
	}

	private void sweep(PairScores scores, PairwiseResult[] baseline, long truePairs) {
		line("| threshold | matcher P | matcher R | matcher F1 | baseline P | baseline R | baseline F1 |");
		line("|---|---|---|---|---|---|---|");
		for (int t = 0; t < SWEEP.length; t++) {
			PairwiseResult m = scores.pairwise(SWEEP[t], truePairs);
			line("| %.2f | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |", SWEEP[t], m.precision(), m.recall(), m.f1(),
					baseline[t].precision(), baseline[t].recall(), baseline[t].f1());
		}
	}

	/** The name pairs behind most missed and most wrongly predicted pairs, to see where the matcher errs. */
	private void errors(PairScores scores, double threshold) {
		Map<String, Integer> missed = new HashMap<>();
		Map<String, Integer> wrong = new HashMap<>();
		List<Company> companies = scores.companies();
		for (int i = 0; i < companies.size(); i++) {
			for (int j = i + 1; j < companies.size(); j++) {
				Company a = companies.get(i);
				Company b = companies.get(j);
				boolean same = a.organisation().equals(b.organisation());
				boolean predicted = scores.score(i, j) >= threshold;
				if (same != predicted) {
					String names = a.name().compareTo(b.name()) < 0 ? a.name() + " ~ " + b.name() : b.name() + " ~ " + a.name();
					(same ? missed : wrong).merge(names, 1, Integer::sum);
				}
			}
		}
		line("Most missed pairs: %s", top(missed));
		line("");
		line("Most wrong pairs: %s", top(wrong));
	}

	private static String top(Map<String, Integer> counts) {
		return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
			.map(entry -> entry.getKey() + " (" + entry.getValue() + ")").collect(Collectors.joining("; "));
	}

	private void line(String format, Object... arguments) {
		String line = String.format(Locale.ROOT, format, arguments);
		lines.add(line);
		System.out.println(line);
	}

	private void write() throws IOException {
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "matching-accuracy.md"), lines);
	}

	/** The best score each unordered pair got in either direction, for pairs scoring above a floor. */
	record PairScores(List<Company> companies, Map<Long, Double> scores) {

		static PairScores of(List<Company> companies, MatchIndex index, double floor) {
			Map<UUID, Integer> position = new HashMap<>();
			for (int i = 0; i < companies.size(); i++) {
				position.put(companies.get(i).id(), i);
			}
			CustomerMatcher matcher = new CustomerMatcher(index,
					MatchSettings.DEFAULTS.withThreshold(floor).withMaxCandidates(Integer.MAX_VALUE));
			Map<Long, Double> scores = new HashMap<>();
			for (int i = 0; i < companies.size(); i++) {
				Company company = companies.get(i);
				for (MatchCandidate candidate : matcher.check(CustomerDescription.named(company.name()),
						ref -> !ref.id().equals(company.id()))) {
					int j = position.get(candidate.id());
					scores.merge((long) Math.min(i, j) * companies.size() + Math.max(i, j), candidate.score(), Math::max);
				}
			}
			return new PairScores(companies, scores);
		}

		double score(int i, int j) {
			return scores.getOrDefault((long) Math.min(i, j) * companies.size() + Math.max(i, j), 0.0);
		}

		PairwiseResult pairwise(double threshold, long truePairs) {
			long predicted = 0;
			long correct = 0;
			int n = companies.size();
			for (Map.Entry<Long, Double> pair : scores.entrySet()) {
				if (pair.getValue() >= threshold) {
					predicted++;
					String a = companies.get((int) (pair.getKey() / n)).organisation();
					correct += a.equals(companies.get((int) (pair.getKey() % n)).organisation()) ? 1 : 0;
				}
			}
			return new PairwiseResult(predicted, correct, truePairs);
		}

		static boolean hasOthers(Company company, List<Company> companies) {
			return idsOfOrganisation(company.organisation(), companies).size() > 1;
		}

		static Set<UUID> idsOfOrganisation(String organisation, List<Company> companies) {
			return companies.stream().filter(c -> c.organisation().equals(organisation)).map(Company::id)
				.collect(Collectors.toSet());
		}
	}
}

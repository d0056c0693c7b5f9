package org.openprm.deals.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.junit.jupiter.api.Test;

class JaroWinklerTests {

	private static final JaroWinklerSimilarity COMMONS = new JaroWinklerSimilarity();

	@Test
	void ratesEveryPairOfDescriptiveWordsExactlyAsCommonsText() {
		List<String> words = new ArrayList<>(WordList.set("generic-words.txt"));
		words.addAll(List.of("philips", "phillips", "alkatel", "alcatel", "northwind", "southwind", "konink",
				"koninklijke", "electonics", "electronics", "a", "ab", "ba"));
		for (String a : words) {
			for (String b : words) {
				assertThat(JaroWinkler.similarity(a, b)).as("%s ~ %s", a, b).isEqualTo(COMMONS.apply(a, b));
			}
		}
	}

	@Test
	void ratesMisspeltAndShuffledWordsExactlyAsCommonsText() {
		Random random = new Random(11);
		for (int i = 0; i < 20_000; i++) {
			String a = word(random, 1 + random.nextInt(14));
			String b = random.nextBoolean() ? misspelt(a, random) : word(random, 1 + random.nextInt(14));
			assertThat(JaroWinkler.similarity(a, b)).as("%s ~ %s", a, b).isEqualTo(COMMONS.apply(a, b));
		}
	}

	@Test
	void ratesLongStreetsExactlyAsCommonsText() {
		String a = "industrial estate unit 12 building c third floor behind the old railway station north";
		String b = "industrial estate unit 12 building c third floor behind old railway station north side";
		assertThat(a.length()).isGreaterThan(64);
		assertThat(JaroWinkler.similarity(a, b)).isEqualTo(COMMONS.apply(a, b));
		assertThat(JaroWinkler.similarity(a.substring(0, 64), b.substring(0, 63)))
			.isEqualTo(COMMONS.apply(a.substring(0, 64), b.substring(0, 63)));
	}

	private static String word(Random random, int length) {
		StringBuilder word = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			word.append((char) ('a' + random.nextInt(6)));
		}
		return word.toString();
	}

	private static String misspelt(String word, Random random) {
		StringBuilder changed = new StringBuilder(word);
		int at = random.nextInt(word.length());
		switch (random.nextInt(3)) {
			case 0 -> changed.deleteCharAt(at);
			case 1 -> changed.insert(at, (char) ('a' + random.nextInt(6)));
			default -> changed.setCharAt(at, (char) ('a' + random.nextInt(6)));
		}
		return changed.isEmpty() ? "a" : changed.toString();
	}
}

package org.openprm.deals.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSimilarityTests {

	@Test
	void namesDifferingOnlyInLegalFormAreEqual() {
		assertThat(similarity("GLOBEX CORP", "Globex Corporation")).isEqualTo(1.0);
		assertThat(similarity("Koninklijke Philips N.V.", "KONINKLIJKE PHILIPS NV")).isEqualTo(1.0);
	}

	@Test
	void wordOrderAndNamesWrittenTogetherDoNotMatter() {
		assertThat(similarity("Philips Koninklijke", "Koninklijke Philips")).isEqualTo(1.0);
		assertThat(similarity("Micro Soft", "Microsoft Corp.")).isEqualTo(1.0);
	}

	@Test
	void abbreviationsThatArePrefixesMatchTheirWord() {
		assertThat(similarity("KONINK PHILIPS ELECTRONICS N V", "Koninklijke Philips Electronics N.V."))
			.isGreaterThan(0.95);
		assertThat(similarity("Globex Tech", "Globex Technologies")).isGreaterThan(0.95);
	}

	@Test
	void misspellingsOfDistinctiveWordsStillMatch() {
		assertThat(similarity("Phillips Electronics", "Philips Electronics")).isGreaterThan(0.9);
		assertThat(similarity("Alkatel", "Alcatel N.V.")).isGreaterThan(0.85);
	}

	@Test
	void sharingOnlyADescriptiveWordIsNotSimilar() {
		assertThat(similarity("Globex International", "Initech International")).isLessThan(0.3);
		assertThat(similarity("Northwind Systems", "Southwind Systems")).isLessThan(0.3);
	}

	@Test
	void aMissingDescriptiveWordCostsLessThanAMissingDistinctiveOne() {
		double withoutInternational = similarity("Globex International", "Globex");
		double withoutUmbrella = similarity("Globex Umbrella", "Globex");
		assertThat(withoutInternational).isGreaterThan(withoutUmbrella).isGreaterThan(0.7);
	}

	@Test
	void unrelatedOrEmptyNamesAreNotSimilar() {
		assertThat(similarity("Globex", "Initech")).isZero();
		assertThat(similarity("", "Initech")).isZero();
	}

	private static double similarity(String a, String b) {
		return NameSimilarity.of(CompanyNames.normalise(a), CompanyNames.normalise(b));
	}
}

package org.openprm.deals.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompanyNamesTests {

	@Test
	void dropsLegalFormsOfManyCountries() {
		assertThat(words("Globex Corp")).isEqualTo(words("Globex Corporation")).isEqualTo("globex");
		assertThat(words("Initech GmbH & Co. KG")).isEqualTo("initech");
		assertThat(words("Fiat S.p.A.")).isEqualTo("fiat");
		assertThat(words("Maersk A/S")).isEqualTo("maersk");
		assertThat(words("Nokia Oyj")).isEqualTo("nokia");
		assertThat(words("Volvo AB (publ)")).isEqualTo("volvo");
		assertThat(words("Toyota Kabushiki Kaisha")).isEqualTo("toyota");
		assertThat(words("BHP Billiton Pty Ltd")).isEqualTo("bhp billiton");
	}

	@Test
	void joinsDottedAndSpacedLetterFormsBeforeDroppingThem() {
		assertThat(words("Koninklijke Philips N.V.")).isEqualTo("koninklijke philips");
		assertThat(words("KONINK PHILIPS ELECTRONICS N V")).isEqualTo("konink philips electronics");
		assertThat(words("ASML Netherlands B V")).isEqualTo("asml netherlands");
		assertThat(words("I B M")).isEqualTo("ibm");
	}

	@Test
	void foldsAccentsCaseAndPunctuation() {
		assertThat(words("Société Générale")).isEqualTo(words("SOCIETE GENERALE"));
		assertThat(words("Müller-Lüdenscheidt Straßenbau AG")).isEqualTo("muller ludenscheidt strassenbau");
		assertThat(words("Ørsted A/S")).isEqualTo("orsted");
		assertThat(words("McDonald's Corporation")).isEqualTo("mcdonalds");
	}

	@Test
	void keepsLettersOfOtherScripts() {
		assertThat(words("Газпром ПАО")).startsWith("газпром");
	}

	@Test
	void writesOutAbbreviationsAndDropsStopWords() {
		assertThat(words("Acme Intl. Mfg. Co.")).isEqualTo("acme international manufacturing");
		assertThat(words("The Bank of Tokyo")).isEqualTo("bank tokyo");
		assertThat(words("Procter & Gamble")).isEqualTo(words("Procter and Gamble")).isEqualTo("procter gamble");
		assertThat(words("AT&T Inc.")).isEqualTo("att");
	}

	@Test
	void keepsANameMadeOnlyOfLegalFormsAndStopWords() {
		assertThat(words("The Company Ltd")).isEqualTo("the company ltd");
		assertThat(CompanyNames.normalise("  ").isEmpty()).isTrue();
		assertThat(CompanyNames.normalise(null).isEmpty()).isTrue();
	}

	@Test
	void descriptiveWordsTheirAbbreviationsAndMisspellingsCountLess() {
		assertThat(CompanyNames.weight("globex")).isEqualTo(1.0);
		assertThat(CompanyNames.weight("international")).isLessThan(1.0);
		assertThat(CompanyNames.weight("internat")).isLessThan(1.0);
		assertThat(CompanyNames.weight("electonics")).isLessThan(1.0);
		assertThat(CompanyNames.weight("koninklijke")).isLessThan(1.0);
	}

	private static String words(String name) {
		return CompanyNames.normalise(name).toString();
	}
}

package org.openprm.deals.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactDetailsTests {

	@Test
	void phoneNumbersInInternationalAndNationalFormatCompareEqual() {
		String national = Phones.normalise("030 1234567");
		assertThat(Phones.normalise("+49 (30) 123-4567")).isEqualTo(national);
		assertThat(Phones.normalise("0049 30 1234567")).isEqualTo(national);
		assertThat(Phones.normalise("+49 30 7654321")).isNotEqualTo(national);
		assertThat(Phones.normalise("+31 (0)20 123 4567")).isEqualTo(Phones.normalise("020-1234567"));
	}

	@Test
	void phoneNumbersTooShortToIdentifyALineAreNotCompared() {
		assertThat(Phones.normalise("112")).isEmpty();
		assertThat(Phones.normalise("ext. 42")).isEmpty();
		assertThat(Phones.normalise(null)).isEmpty();
	}

	@Test
	void postalCodesIgnoreSpacesAndCase() {
		assertThat(Addresses.postalCode("1012 ab")).isEqualTo(Addresses.postalCode("1012AB"));
		assertThat(Addresses.postalCode("SW1A 1AA")).isEqualTo("SW1A1AA");
	}

	@Test
	void streetsIgnoreStreetWordsAndTheirAbbreviations() {
		assertThat(Addresses.street("Hauptstraße 5")).isEqualTo(Addresses.street("Hauptstr. 5")).isEqualTo("haupt 5");
		assertThat(Addresses.street("12 Main Street")).isEqualTo(Addresses.street("12 Main St."));
	}
}

package org.openprm.deals.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class BlockingKeysTests {

	@Test
	void aNameGivesItsWordsPrefixesSoundsPairsAndTheWholeName() {
		Set<String> keys = keys(CustomerDescription.named("Koninklijke Philips N.V."));

		assertThat(keys).contains("n:koninklijke", "n:philips", "p:koni", "p:phil", "w:koninklijke|philips",
				"c:koninklijkephilips");
		assertThat(keys).anyMatch(key -> key.startsWith("s:"));
		assertThat(keys).noneMatch(key -> key.contains("nv"));
	}

	@Test
	void descriptiveWordsGetNoSoundKey() {
		assertThat(keys(CustomerDescription.named("International"))).noneMatch(key -> key.startsWith("s:"));
	}

	@Test
	void wordsWithoutASoundGetNoSoundKey() {
		assertThat(keys(CustomerDescription.named("Газпром 1234"))).contains("n:газпром", "n:1234").doesNotContain("s:");
	}

	@Test
	void spellingsOfTheSameCompanyShareKeys() {
		assertThat(keys(CustomerDescription.named("KONINK PHILLIPS"))).containsAnyElementsOf(keys(CustomerDescription.named("Koninklijke Philips")));
		assertThat(keys(CustomerDescription.named("Micro Soft"))).contains("c:microsoft");
	}

	@Test
	void contactDetailsGiveDomainEmailPhoneAndPostalCodeKeys() {
		Set<String> keys = keys(new CustomerDescription("Globex", "https://shop.globex.co.uk/", "Homer@Globex.co.uk",
				"+44 20 7946 0018", null, "SW1A 1AA", null, "gb"));

		assertThat(keys).contains("d:globex.co.uk", "e:homer@globex.co.uk", "t:" + Phones.normalise("020 7946 0018"),
				"z:GB:SW1A1AA");
	}

	@Test
	void webmailGivesNoDomainKey() {
		assertThat(keys(new CustomerDescription("Globex", null, "homer@gmail.com", null, null, null, null, null)))
			.contains("e:homer@gmail.com").noneMatch(key -> key.startsWith("d:"));
	}

	@Test
	void anEmptyDescriptionHasNoKeys() {
		assertThat(keys(new CustomerDescription(null, null, null, null, null, null, null, null))).isEmpty();
	}

	private static Set<String> keys(CustomerDescription customer) {
		return BlockingKeys.of(CustomerProfile.of(customer));
	}
}

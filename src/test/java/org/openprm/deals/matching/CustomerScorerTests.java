package org.openprm.deals.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CustomerScorerTests {

	private static final double THRESHOLD = MatchSettings.DEFAULTS.threshold();

	@Test
	void theSameCompanyWithADifferentLegalFormIsAConflictByNameAlone() {
		MatchScore score = score(CustomerDescription.named("GLOBEX CORP"), CustomerDescription.named("Globex Corporation"));

		assertThat(score.value()).isGreaterThanOrEqualTo(THRESHOLD);
		assertThat(texts(score)).containsExactly("same name: GLOBEX CORP ~ Globex Corporation");
	}

	@Test
	void aSimilarNameExplainsHowSimilar() {
		MatchScore score = score(CustomerDescription.named("Phillips Electronics"), CustomerDescription.named("Philips Electronics"));

		assertThat(texts(score)).singleElement().asString().matches("name 0\\.9\\d similar: Phillips Electronics ~ Philips Electronics");
		assertThat(score.reasons().get(0).messageKey()).isEqualTo("deals.match.reason.similar-name");
		assertThat(score.reasons().get(0).arguments()).hasSize(3).endsWith("Phillips Electronics", "Philips Electronics");
	}

	@Test
	void theSameDomainIsAConflictWhateverTheNames() {
		MatchScore score = score(customer("Globex", "https://www.globex.com", null),
				customer("Hank Scorpio Enterprises", null, "hank@sales.globex.com"));

		assertThat(score.value()).isGreaterThanOrEqualTo(THRESHOLD);
		assertThat(texts(score)).containsExactly("same domain globex.com");
	}

	@Test
	void webmailDomainsNeverMatch() {
		MatchScore score = score(customer("Globex", null, "homer@gmail.com"), customer("Initech", null, "peter@gmail.com"));

		assertThat(score.reasons()).isEmpty();
		assertThat(score.value()).isZero();
	}

	@Test
	void theSameWebmailAddressIsTheSameContact() {
		MatchScore score = score(customer("Globex", null, "Homer@GMAIL.com"), customer("Globex Ltd", null, "homer@gmail.com"));

		assertThat(texts(score)).contains("same contact e-mail homer@gmail.com");
		assertThat(texts(score)).noneMatch(text -> text.startsWith("same domain"));
	}

	@Test
	void anAddressSupportsAWeakNameMatch() {
		CustomerDescription registration = new CustomerDescription("Globex Umbrella Holdings", null, null, null,
				"Hauptstraße 5", "10115", "Berlin", "DE");
		CustomerDescription account = new CustomerDescription("Globex Initech", null, null, null, "Hauptstr. 5",
				"10115", "Berlin", "de");
		MatchScore nameOnly = score(CustomerDescription.named(registration.name()), CustomerDescription.named(account.name()));
		MatchScore withAddress = score(registration, account);

		assertThat(nameOnly.value()).isLessThan(THRESHOLD);
		assertThat(withAddress.value()).isGreaterThanOrEqualTo(THRESHOLD);
		assertThat(texts(withAddress)).contains("same postal code 10115", "same street: haupt 5 ~ haupt 5");
	}

	@Test
	void theSameNameInAnotherCountryScoresLower() {
		MatchScore sameCountry = score(located("Globex", "DE"), located("Globex", "DE"));
		MatchScore otherCountry = score(located("Globex", "DE"), located("Globex", "FR"));

		assertThat(otherCountry.value()).isLessThan(sameCountry.value());
		assertThat(texts(otherCountry)).contains("different country: DE ~ FR");
	}

	@Test
	void everyPointOfTheScoreComesFromAReason() {
		CustomerDescription a = new CustomerDescription("Globex Corp", "globex.com", "homer@globex.com", "+1 555 0100 200",
				"1 Main Street", "90210", "Springfield", "US");
		CustomerDescription b = new CustomerDescription("Globex Corporation", "www.globex.com", "homer@globex.com",
				"555-0100-200", "1 Main St", "90210", "Springfield", "US");
		MatchScore full = score(a, b);
		MatchScore partial = score(CustomerDescription.named("Globex Tech"), located("Globex Technologies", "US"));

		assertThat(full.value()).isEqualTo(1.0);
		assertThat(partial.value()).isEqualTo(partial.reasons().stream().mapToDouble(MatchReason::points).sum());
		assertThat(full.reasons()).extracting(MatchReason::points).isSortedAccordingTo((x, y) -> Double.compare(y, x));
	}

	@Test
	void unrelatedCustomersScoreNothing() {
		assertThat(score(customer("Globex", "globex.com", null), customer("Initech", "initech.com", null)).value()).isZero();
	}

	@Test
	void theValueAloneIsTheScoreWithReasons() {
		java.util.Random random = new java.util.Random(5);
		String[] words = { "Globex", "Globx", "Global", "Initech", "Philips", "Phillips", "Systems", "Networks", "Nord",
				"Northwind", "Southwind", "Tech", "Technologies" };
		String[] countries = { "DE", "FR", "", "NL" };
		java.util.List<CustomerProfile> profiles = new java.util.ArrayList<>();
		for (int i = 0; i < 150; i++) {
			String name = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)]
					+ (random.nextBoolean() ? " GmbH" : "");
			String country = countries[random.nextInt(countries.length)];
			profiles.add(CustomerProfile.of(new CustomerDescription(name, random.nextBoolean() ? "globex.com" : null,
					random.nextInt(3) == 0 ? "sales@globex.com" : null, random.nextInt(3) == 0 ? "+49 30 1234567" : null,
					random.nextBoolean() ? (1 + random.nextInt(3)) + " Market Street" : null,
					random.nextBoolean() ? "1000" + random.nextInt(3) : null, random.nextBoolean() ? "Berlin" : "Bonn",
					country)));
		}
		for (CustomerProfile a : profiles) {
			for (CustomerProfile b : profiles) {
				assertThat(CustomerScorer.value(a, b)).isEqualTo(CustomerScorer.score(a, b).value());
			}
		}
	}

	private static MatchScore score(CustomerDescription a, CustomerDescription b) {
		return CustomerScorer.score(CustomerProfile.of(a), CustomerProfile.of(b));
	}

	private static CustomerDescription customer(String name, String domain, String email) {
		return new CustomerDescription(name, domain, email, null, null, null, null, null);
	}

	private static CustomerDescription located(String name, String country) {
		return new CustomerDescription(name, null, null, null, null, null, null, country);
	}

	private static java.util.List<String> texts(MatchScore score) {
		return score.reasons().stream().map(MatchReason::text).toList();
	}
}

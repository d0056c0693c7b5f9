package org.openprm.deals.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StoredProfilesTests {

	private static final List<CustomerDescription> CUSTOMERS = List.of(
			new CustomerDescription("Globex Corporation", "https://www.globex.com/about", "Hank.Scorpio@globex.com",
					"+1 (555) 0100", "1 Globex Way", "49007", "Springfield", "US"),
			new CustomerDescription("Koninklijke Philips N.V.", "philips.co.uk", "info@gmail.com", null,
					"Amstelplein 2", "1096 BC", "Amsterdam", "NL"),
			new CustomerDescription("Société Générale S.A.", null, null, "01 42 14 20 00", "29 Bd Haussmann", "75009",
					"Paris", "FR"),
			new CustomerDescription("The Company Ltd", "", "", "", "", "", "", ""),
			CustomerDescription.named("Müller & Söhne GmbH & Co. KG"), CustomerDescription.named(""));

	@Test
	void aStoredProfileReadsBackAsTheProfileTheDescriptionNormalisesTo() {
		for (CustomerDescription customer : CUSTOMERS) {
			CustomerProfile profile = CustomerProfile.of(customer);

			CustomerProfile read = StoredProfiles.decode(customer.name(), StoredProfiles.encode(profile));

			assertThat(read).as(customer.name()).isEqualTo(profile);
			assertThat(read.name().weights()).as(customer.name()).containsExactly(profile.name().weights());
			assertThat(read.domains()).as(customer.name()).containsExactlyElementsOf(profile.domains());
		}
	}

	@Test
	void scoresTheSameFromTheStoredProfile() {
		CustomerProfile query = CustomerProfile.of(CustomerDescription.named("Globex Corp"));
		for (CustomerDescription customer : CUSTOMERS) {
			CustomerProfile profile = CustomerProfile.of(customer);
			CustomerProfile read = StoredProfiles.decode(customer.name(), StoredProfiles.encode(profile));

			assertThat(CustomerScorer.score(query, read)).as(customer.name()).isEqualTo(CustomerScorer.score(query, profile));
		}
	}

	@Test
	void aMissingDamagedOrOlderStoredProfileIsNotUsed() {
		String stored = StoredProfiles.encode(CustomerProfile.of(CUSTOMERS.get(0)));

		assertThat(StoredProfiles.decode("Globex", null)).isNull();
		assertThat(StoredProfiles.decode("Globex", stored.substring(0, stored.lastIndexOf('\u001F')))).isNull();
		assertThat(StoredProfiles.decode("Globex", "p0" + stored.substring(2))).isNull();
	}
}

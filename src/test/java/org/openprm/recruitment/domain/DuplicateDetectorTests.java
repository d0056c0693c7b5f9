package org.openprm.recruitment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.recruitment.DuplicateFlag;
import org.openprm.recruitment.domain.DuplicateDetector.Candidate;

class DuplicateDetectorTests {

	private final Candidate northwind = new Candidate("PARTNER", UUID.randomUUID(), "Northwind Systems",
			List.of("northwind.example"));

	private final Candidate openApplication = new Candidate("APPLICATION", UUID.randomUUID(), "Contoso Networks Ltd.",
			List.of("contoso-networks.example", "gmail.com"));

	@Test
	void theSameWebsiteDomainFlagsTheExistingPartner() {
		List<DuplicateFlag> flags = DuplicateDetector.flags("NW Trading", "northwind.example", "nw-trading.example",
				List.of(northwind, openApplication));

		assertThat(flags).containsExactly(new DuplicateFlag("PARTNER", northwind.id(), "Northwind Systems", "DOMAIN"));
	}

	@Test
	void theContactsEmailDomainFlagsToo() {
		assertThat(DuplicateDetector.flags("Someone", null, "contoso-networks.example", List.of(openApplication)))
			.extracting(DuplicateFlag::reason).containsExactly("DOMAIN");
	}

	@Test
	void aSimilarCompanyNameFlagsRegardlessOfLegalFormCaseAndTypos() {
		assertThat(DuplicateDetector.flags("NORTHWIND SYSTEMS GmbH", null, "x.example", List.of(northwind)))
			.extracting(DuplicateFlag::reason).containsExactly("NAME");
		assertThat(DuplicateDetector.flags("Nortwind Systems Inc.", null, "x.example", List.of(northwind)))
			.extracting(DuplicateFlag::reason).containsExactly("NAME");
		assertThat(DuplicateDetector.flags("Contoso Networks", null, "x.example", List.of(openApplication)))
			.extracting(DuplicateFlag::kind).containsExactly("APPLICATION");
	}

	@Test
	void freeMailDomainsAndDifferentNamesFlagNothing() {
		assertThat(DuplicateDetector.flags("Fabrikam", "fabrikam.example", "gmail.com", List.of(northwind, openApplication)))
			.isEmpty();
		assertThat(DuplicateDetector.flags("Northwest Solar", null, "northwest.example", List.of(northwind))).isEmpty();
	}

	@Test
	void companyNameKeysDropLegalFormsAccentsAndPunctuation() {
		assertThat(CompanyNameKey.of("Müller & Söhne GmbH & Co. KG")).isEqualTo("muller sohne");
		assertThat(CompanyNameKey.of("ACME, Inc.")).isEqualTo("acme");
		assertThat(CompanyNameKey.similar("Acme", "Acne")).as("short names must match exactly").isFalse();
	}
}

package org.openprm.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openprm.programs.domain.agreements.AgreementText;

class AgreementTextTests {

	private final AgreementText.Values values = new AgreementText.Values("Northwind Systems", "Reseller Programme", "Gold",
			LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 23));

	@Test
	void fillsEveryPlaceholderWithThePartnersValues() {
		String text = AgreementText.render(
				"Between Acme and {{partnerName}} ({{ programName }}, {{tierName}}) from {{effectiveDate}}; signed {{today}}.",
				values);

		assertThat(text).isEqualTo("Between Acme and Northwind Systems (Reseller Programme, Gold) from 2026-01-01; signed 2026-11-23.");
	}

	@Test
	void leavesProgrammeAndTierBlankForAPartnerInNoProgramme() {
		String text = AgreementText.render("[{{programName}}|{{tierName}}]",
				new AgreementText.Values("Contoso", null, null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 2)));

		assertThat(text).isEqualTo("[|]");
	}

	@Test
	void keepsDollarSignsAndBackslashesOfANameAsTheyAre() {
		String text = AgreementText.render("{{partnerName}}", new AgreementText.Values("Cash $1 \\ Co", null, null, null, null));

		assertThat(text).isEqualTo("Cash $1 \\ Co");
	}

	@Test
	void namesPlaceholdersThatDoNotExist() {
		assertThat(AgreementText.unknownPlaceholders("{{partnerName}} {{partnerNmae}} {{price}}"))
			.containsExactly("partnerNmae", "price");
	}

	@Test
	void hashesTheRenderedTextAsSha256() {
		assertThat(AgreementText.sha256("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}
}

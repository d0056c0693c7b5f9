package org.openprm.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.programs.domain.agreements.AgreementTemplate;
import org.openprm.programs.domain.agreements.TemplateSelection;
import org.openprm.programs.domain.agreements.TemplateSelection.PartnerFacts;

class TemplateSelectionTests {

	private static final UUID RESELLER_PROGRAMME = UUID.randomUUID();

	private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

	private final AgreementTemplate all = template("partner-agreement", AgreementScope.ALL_PARTNERS, T0);

	private final AgreementTemplate germany = template("partner-agreement", new AgreementScope(null, null, "DE"), T0);

	private final AgreementTemplate resellers = template("partner-agreement", new AgreementScope(null, "RESELLER", null), T0);

	private final AgreementTemplate programme = template("partner-agreement",
			new AgreementScope(RESELLER_PROGRAMME, null, null), T0);

	private final AgreementTemplate nda = template("nda", AgreementScope.ALL_PARTNERS, T0);

	@Test
	void theMostSpecificTemplateOfAKindWins() {
		PartnerFacts germanReseller = new PartnerFacts(Set.of(), "RESELLER", "DE");

		assertThat(TemplateSelection.select(List.of(all, germany, resellers, nda), germanReseller))
			.containsExactlyInAnyOrder(resellers, nda);
	}

	@Test
	void aProgrammeTemplateOutweighsTypeAndCountry() {
		PartnerFacts member = new PartnerFacts(Set.of(RESELLER_PROGRAMME), "RESELLER", "DE");

		assertThat(TemplateSelection.select(List.of(all, germany, resellers, programme), member)).containsExactly(programme);
	}

	@Test
	void templatesForOtherProgrammesTypesOrCountriesDoNotApply() {
		PartnerFacts frenchMsp = new PartnerFacts(Set.of(), "MSP", "FR");

		assertThat(TemplateSelection.select(List.of(all, germany, resellers, programme), frenchMsp)).containsExactly(all);
	}

	@Test
	void aRegionTemplateAppliesToEachOfItsCountries() {
		AgreementTemplate dach = template("partner-agreement", new AgreementScope(null, null, "DE,AT,CH"), T0);

		assertThat(TemplateSelection.select(List.of(all, dach), new PartnerFacts(Set.of(), "MSP", "AT"))).containsExactly(dach);
		assertThat(TemplateSelection.select(List.of(all, dach), new PartnerFacts(Set.of(), "MSP", "FR"))).containsExactly(all);
	}

	@Test
	void onATieTheNewerTemplateWins() {
		AgreementTemplate newer = template("partner-agreement", new AgreementScope(null, null, "DE"), T0.plusSeconds(60));

		assertThat(TemplateSelection.select(List.of(germany, newer), new PartnerFacts(Set.of(), "RESELLER", "DE")))
			.containsExactly(newer);
	}

	@Test
	void aPartnerWithoutCountryOrTypeGetsOnlyTemplatesForAllPartners() {
		assertThat(TemplateSelection.select(List.of(all, germany, resellers), new PartnerFacts(Set.of(), null, null)))
			.containsExactly(all);
	}

	private static AgreementTemplate template(String kind, AgreementScope scope, Instant created) {
		return new AgreementTemplate(kind, scope, false, created);
	}
}

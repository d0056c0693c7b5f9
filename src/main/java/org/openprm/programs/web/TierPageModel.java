package org.openprm.programs.web;

import java.util.UUID;

import org.openprm.identity.JobRole;
import org.openprm.partners.PartnerManagement;
import org.openprm.programs.Metric;
import org.openprm.programs.ProgramCatalogue;
import org.openprm.programs.TierRequirements;
import org.openprm.programs.TierView;
import org.openprm.shared.RecordNotFound;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the vendor's tier page shows: the tier's name and rank, and its requirements and benefits with
 * the choices their editor offers (metrics, job roles, custom attributes).
 */
@Component
class TierPageModel {

	private final ProgramCatalogue catalogue;

	private final TierRequirements requirements;

	private final PartnerManagement partners;

	TierPageModel(ProgramCatalogue catalogue, TierRequirements requirements, PartnerManagement partners) {
		this.catalogue = catalogue;
		this.requirements = requirements;
		this.partners = partners;
	}

	/** The tier, for vendor staff only: anyone else gets 404. */
	TierView tier(UUID programId, UUID tierId) {
		return catalogue.program(programId).tier(tierId).orElseThrow(() -> RecordNotFound.of("ProgramTier", tierId));
	}

	String page(TierView tier, Model model) {
		model.addAttribute("tier", tier);
		if (!model.containsAttribute("tierForm")) {
			TierForm form = new TierForm();
			form.setKey(tier.key());
			form.setName(tier.name());
			form.setRank(tier.rank());
			model.addAttribute("tierForm", form);
		}
		if (!model.containsAttribute("termsForm")) {
			model.addAttribute("termsForm", TermsForm.of(requirements.terms(tier.programId(), tier.id())));
		}
		model.addAttribute("metrics", Metric.values());
		model.addAttribute("jobRoles", JobRole.values());
		model.addAttribute("attributes", partners.attributeDefinitions());
		return "programs/tier";
	}
}

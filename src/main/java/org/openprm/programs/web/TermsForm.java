package org.openprm.programs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.programs.Benefits;
import org.openprm.programs.Requirement;
import org.openprm.programs.TierRequirements;

/**
 * The portal form for a tier's requirements (rows added and removed in the page) and benefits.
 */
public class TermsForm {

	private List<@Valid RequirementRow> requirements = new ArrayList<>();

	@Valid
	private BenefitsForm benefits = new BenefitsForm();

	static TermsForm of(TierRequirements.TierTerms terms) {
		TermsForm form = new TermsForm();
		terms.requirements().forEach(r -> form.requirements.add(RequirementRow.of(r)));
		form.benefits = BenefitsForm.of(terms.benefits());
		return form;
	}

	List<Requirement> toRequirements(UUID tierId) {
		return requirements.stream().map(r -> r.toRequirement(tierId)).toList();
	}

	Benefits toBenefits() {
		return benefits.toBenefits();
	}

	public List<RequirementRow> getRequirements() {
		return requirements;
	}

	public void setRequirements(List<RequirementRow> requirements) {
		this.requirements = requirements;
	}

	public BenefitsForm getBenefits() {
		return benefits;
	}

	public void setBenefits(BenefitsForm benefits) {
		this.benefits = benefits;
	}
}

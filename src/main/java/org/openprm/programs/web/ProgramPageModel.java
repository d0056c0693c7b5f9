package org.openprm.programs.web;

import java.util.List;

import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerView;
import org.openprm.programs.ProgramView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the vendor's programme page shows besides the form being edited: tiers, the forms to add a
 * tier and to enrol a partner, and the partners to choose from.
 */
@Component
class ProgramPageModel {

	private static final int PARTNERS = 1000;

	private final PartnerManagement partners;

	ProgramPageModel(PartnerManagement partners) {
		this.partners = partners;
	}

	String program(ProgramView program, Model model) {
		model.addAttribute("program", program);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ProgramForm());
		}
		if (!model.containsAttribute("tierForm")) {
			TierForm tierForm = new TierForm();
			tierForm.setRank(program.tiers().stream().mapToInt(t -> t.rank()).max().orElse(0) + 1);
			model.addAttribute("tierForm", tierForm);
		}
		if (!model.containsAttribute("enrolForm")) {
			model.addAttribute("enrolForm", new EnrolForm());
		}
		model.addAttribute("partners", allPartners());
		return "programs/program";
	}

	private List<PartnerView> allPartners() {
		return partners.search(PartnerCriteria.none(), PageRequest.of(0, PARTNERS, Sort.by("nameKey"))).items();
	}
}

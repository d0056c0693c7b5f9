package org.openprm.funds.web;

import java.util.List;
import java.util.UUID;

import org.openprm.funds.FundTarget;
import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerView;
import org.openprm.programs.ProgramManagement;
import org.openprm.programs.SegmentManagement;
import org.openprm.programs.SegmentView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the vendor's fund form and "request on behalf" form offer to choose from: partners, programmes,
 * tiers ("Programme: Tier") and segments, so nobody pastes ids. Vendor staff only; partners get nothing.
 */
@Component
class FundTargetChoices {

	/** Enough for a select; a vendor with more partners narrows down by typing in the select. */
	static final int PARTNERS = 500;

	private final PartnerManagement partners;

	private final ProgramManagement programs;

	private final SegmentManagement segments;

	FundTargetChoices(PartnerManagement partners, ProgramManagement programs, SegmentManagement segments) {
		this.partners = partners;
		this.programs = programs;
		this.segments = segments;
	}

	/** One option of a select. */
	record Choice(UUID id, String label) {
	}

	void addTo(Model model) {
		model.addAttribute("targetKinds", List.of(FundTarget.POOL, FundTarget.PARTNER, FundTarget.PROGRAM, FundTarget.TIER,
				FundTarget.SEGMENT, FundTarget.REGION));
		model.addAttribute("partnerChoices", partners());
		var all = programs.visiblePrograms();
		model.addAttribute("programChoices", all.stream().map(p -> new Choice(p.id(), p.name())).toList());
		model.addAttribute("tierChoices", all.stream()
			.flatMap(p -> p.tiers().stream().map(t -> new Choice(t.id(), p.name() + ": " + t.name())))
			.toList());
		model.addAttribute("segmentChoices", segments.segments().stream().map(FundTargetChoices::choice).toList());
	}

	List<Choice> partners() {
		return partners.search(new PartnerCriteria(null, null, null, null, null, null),
				PageRequest.of(0, PARTNERS, Sort.by("nameKey"))).items().stream().map(FundTargetChoices::choice).toList();
	}

	private static Choice choice(PartnerView partner) {
		return new Choice(partner.id(), partner.name());
	}

	private static Choice choice(SegmentView segment) {
		return new Choice(segment.id(), segment.name());
	}
}

package org.openprm.programs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.programs.ComplianceOverview;
import org.openprm.programs.Figure;
import org.openprm.programs.ProgramCatalogue;
import org.openprm.programs.TierCompliance;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The what-if for vendor staff: a partner's current figures prefilled, changed in the page, and its
 * resulting status per programme (and what it would still miss) shown live; nothing is saved.
 */
@Controller
class WhatIfWebController {

	private static final int PARTNERS = 1000;

	private final ProgramCatalogue catalogue;

	private final ComplianceOverview overview;

	private final TierCompliance compliance;

	private final PartnerManagement partners;

	WhatIfWebController(ProgramCatalogue catalogue, ComplianceOverview overview, TierCompliance compliance,
			PartnerManagement partners) {
		this.catalogue = catalogue;
		this.overview = overview;
		this.compliance = compliance;
		this.partners = partners;
	}

	@GetMapping("/programs/what-if")
	String page(@RequestParam(required = false) UUID partnerId, Model model) {
		catalogue.allPrograms();
		WhatIfForm form = new WhatIfForm();
		if (partnerId != null) {
			form.setPartnerId(partnerId);
			overview.figureSheet(partnerId).forEach(f -> form.getFigures().add(FigureRow.of(f)));
			model.addAttribute("statuses", compliance.whatIf(partnerId, List.of()));
		}
		return page(form, model);
	}

	@PostMapping("/programs/what-if")
	String recalculate(@Valid @ModelAttribute("form") WhatIfForm form, BindingResult errors,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		catalogue.allPrograms();
		List<Figure> changed = new ArrayList<>();
		for (int i = 0; i < form.getFigures().size(); i++) {
			FigureRow row = form.getFigures().get(i);
			if (row.getMetric() == null || row.blank()) {
				continue;
			}
			Figure figure = row.toFigure();
			if (figure == null) {
				errors.rejectValue("figures[" + i + "].value", "problem.figure.value");
			}
			else {
				changed.add(figure);
			}
		}
		model.addAttribute("invalid", errors.hasErrors());
		if (form.getPartnerId() != null && !errors.hasErrors()) {
			model.addAttribute("statuses", compliance.whatIf(form.getPartnerId(), changed));
		}
		return htmx != null ? "programs/what-if :: result" : page(form, model);
	}

	private String page(WhatIfForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("partners", partners.search(PartnerCriteria.none(), PageRequest.of(0, PARTNERS,
				Sort.by("nameKey"))).items());
		return "programs/what-if";
	}
}

package org.openprm.programs.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.programs.ProgramCatalogue;
import org.openprm.programs.ProgramManagement;
import org.openprm.programs.ProgramView;
import org.openprm.programs.TierDraft;
import org.openprm.programs.TierView;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.RecordNotFound;
import org.openprm.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Vendor staff add and change a programme's tiers and enrol partners in them.
 */
@Controller
class TierWebController {

	private final ProgramCatalogue catalogue;

	private final ProgramManagement programs;

	private final ProgramPageModel pages;

	TierWebController(ProgramCatalogue catalogue, ProgramManagement programs, ProgramPageModel pages) {
		this.catalogue = catalogue;
		this.programs = programs;
		this.pages = pages;
	}

	@PostMapping("/programs/{programId}/tiers")
	String add(@PathVariable UUID programId, @Valid @ModelAttribute("tierForm") TierForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		ProgramView program = catalogue.program(programId);
		if (!errors.hasErrors()) {
			try {
				catalogue.addTier(programId, new TierDraft(form.getKey(), form.getName(), form.getRank()));
				redirect.addFlashAttribute("notice", "tier.created");
				return "redirect:/programs/" + programId;
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
		}
		return pages.program(program, model);
	}

	@GetMapping("/programs/{programId}/tiers/{tierId}")
	String edit(@PathVariable UUID programId, @PathVariable UUID tierId, Model model) {
		TierView tier = tier(programId, tierId);
		TierForm form = new TierForm();
		form.setKey(tier.key());
		form.setName(tier.name());
		form.setRank(tier.rank());
		model.addAttribute("tierForm", form);
		model.addAttribute("tier", tier);
		return "programs/tier";
	}

	@PostMapping("/programs/{programId}/tiers/{tierId}")
	String update(@PathVariable UUID programId, @PathVariable UUID tierId,
			@Valid @ModelAttribute("tierForm") TierForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TierView tier = tier(programId, tierId);
		if (!errors.hasErrors()) {
			try {
				catalogue.updateTier(programId, tierId, new TierDraft(null, form.getName(), form.getRank()));
				redirect.addFlashAttribute("notice", "tier.saved");
				return "redirect:/programs/" + programId;
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
		}
		model.addAttribute("tier", tier);
		return "programs/tier";
	}

	@PostMapping("/programs/{programId}/enrolments")
	String enrol(@PathVariable UUID programId, @Valid @ModelAttribute("enrolForm") EnrolForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		ProgramView program = catalogue.program(programId);
		if (!errors.hasErrors()) {
			try {
				programs.enrol(form.getPartnerId(), programId, form.getTierId());
				redirect.addFlashAttribute("notice", "program.enrolled");
				return "redirect:/programs/" + programId;
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
		}
		return pages.program(program, model);
	}

	private TierView tier(UUID programId, UUID tierId) {
		return catalogue.program(programId).tier(tierId).orElseThrow(() -> RecordNotFound.of("ProgramTier", tierId));
	}
}

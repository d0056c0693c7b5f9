package org.openprm.programs.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.programs.TierRequirements;
import org.openprm.programs.TierView;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Vendor staff edit a tier's requirements and benefits on the tier page: rows are added, removed and
 * re-shaped (the qualifier follows the metric) without saving; "save" replaces the terms.
 */
@Controller
class TermsWebController {

	private final TierRequirements requirements;

	private final TierPageModel pages;

	TermsWebController(TierRequirements requirements, TierPageModel pages) {
		this.requirements = requirements;
		this.pages = pages;
	}

	@PostMapping("/programs/{programId}/tiers/{tierId}/terms")
	String save(@PathVariable UUID programId, @PathVariable UUID tierId, @Valid @ModelAttribute("termsForm") TermsForm form,
			BindingResult errors, @RequestParam(defaultValue = "save") String action, Model model,
			RedirectAttributes redirect) {
		TierView tier = pages.tier(programId, tierId);
		if (!"save".equals(action)) {
			// Changing the rows is not a submission: nothing to complain about yet.
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "termsForm");
			reshape(form, action);
			return pages.page(tier, model);
		}
		if (!errors.hasErrors()) {
			try {
				requirements.replace(programId, tierId, form.toRequirements(tierId), form.toBenefits());
				redirect.addFlashAttribute("notice", "terms.saved");
				return "redirect:/programs/" + programId + "/tiers/" + tierId;
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
		}
		return pages.page(tier, model);
	}

	private static void reshape(TermsForm form, String action) {
		if ("add".equals(action)) {
			form.getRequirements().add(new RequirementRow());
		}
		else if (action.startsWith("remove:")) {
			try {
				int index = Integer.parseInt(action.substring("remove:".length()));
				if (index >= 0 && index < form.getRequirements().size()) {
					form.getRequirements().remove(index);
				}
			}
			catch (NumberFormatException ignored) {
				// an unknown row: the form is shown again as entered
			}
		}
	}
}

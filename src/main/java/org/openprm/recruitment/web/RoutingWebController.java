package org.openprm.recruitment.web;

import java.util.UUID;

import org.openprm.identity.IdentityManagement;
import org.openprm.partners.PartnerType;
import org.openprm.programs.ProgramManagement;
import org.openprm.recruitment.ApplicationRouting;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The routing rules editor: the rules in priority order, a form to add one, and edit and delete.
 */
@Controller
class RoutingWebController {

	private final ApplicationRouting routing;

	private final IdentityManagement identity;

	private final ProgramManagement programs;

	RoutingWebController(ApplicationRouting routing, IdentityManagement identity, ProgramManagement programs) {
		this.routing = routing;
		this.identity = identity;
		this.programs = programs;
	}

	@GetMapping("/applications/routing")
	String rules(Model model) {
		model.addAttribute("form", new RoutingRuleForm());
		return page(model, null);
	}

	@PostMapping("/applications/routing")
	String create(@ModelAttribute("form") RoutingRuleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		routing.rules();
		if (!errors.hasErrors()) {
			try {
				routing.create(form.toDraft());
				redirect.addFlashAttribute("notice", "routing.saved");
				return "redirect:/applications/routing";
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
		}
		return page(model, null);
	}

	@GetMapping("/applications/routing/{ruleId}")
	String edit(@PathVariable UUID ruleId, Model model) {
		model.addAttribute("form", RoutingRuleForm.of(routing.rule(ruleId)));
		return page(model, ruleId);
	}

	@PostMapping("/applications/routing/{ruleId}")
	String update(@PathVariable UUID ruleId, @ModelAttribute("form") RoutingRuleForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		routing.rule(ruleId);
		if (!errors.hasErrors()) {
			try {
				routing.update(ruleId, form.toDraft(), null);
				redirect.addFlashAttribute("notice", "routing.saved");
				return "redirect:/applications/routing";
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
		}
		return page(model, ruleId);
	}

	@PostMapping("/applications/routing/{ruleId}/delete")
	String delete(@PathVariable UUID ruleId, RedirectAttributes redirect) {
		routing.delete(ruleId);
		redirect.addFlashAttribute("notice", "routing.deleted");
		return "redirect:/applications/routing";
	}

	private String page(Model model, UUID editing) {
		model.addAttribute("rules", routing.rules());
		model.addAttribute("editing", editing);
		model.addAttribute("partnerTypes", PartnerType.values());
		model.addAttribute("programmes", programs.programs());
		model.addAttribute("programmeNames", ProgrammeNames.of(programs.programs()));
		model.addAttribute("staff", identity.vendorStaff(PageRequest.of(0, 200)).items());
		return "recruitment/routing";
	}
}

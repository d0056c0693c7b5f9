package org.openprm.programs.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.programs.ProgramCatalogue;
import org.openprm.programs.ProgramDraft;
import org.openprm.programs.ProgramManagement;
import org.openprm.programs.ProgramView;
import org.openprm.shared.InvalidInput;
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
 * The programmes in the portal: vendor staff list, create and change them; a partner sees the
 * programmes it belongs to with its tier, and the other active programmes.
 */
@Controller
class ProgramWebController {

	private final ProgramManagement programs;

	private final ProgramCatalogue catalogue;

	private final ProgramPageModel pages;

	private final CurrentActor actors;

	ProgramWebController(ProgramManagement programs, ProgramCatalogue catalogue, ProgramPageModel pages,
			CurrentActor actors) {
		this.programs = programs;
		this.catalogue = catalogue;
		this.pages = pages;
		this.actors = actors;
	}

	@GetMapping("/programs")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ProgramForm());
		}
		return listPage(model);
	}

	@PostMapping("/programs")
	String define(@Valid @ModelAttribute("form") ProgramForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		// Vendor staff only: a partner's attempt answers 404 before its input is even looked at.
		catalogue.allPrograms();
		if (!errors.hasErrors()) {
			try {
				ProgramView program = catalogue.define(new ProgramDraft(form.getKey(), form.getName(),
						form.getDescription(), form.isActive()));
				redirect.addFlashAttribute("notice", "program.created");
				return "redirect:/programs/" + program.id();
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
		}
		return listPage(model);
	}

	@GetMapping("/programs/{programId}")
	String program(@PathVariable UUID programId, Model model) {
		ProgramView program = catalogue.program(programId);
		ProgramForm form = new ProgramForm();
		form.setKey(program.key());
		form.setName(program.name());
		form.setDescription(program.description());
		form.setActive(program.active());
		form.setVersion(catalogue.version(programId));
		model.addAttribute("form", form);
		return pages.program(program, model);
	}

	@PostMapping("/programs/{programId}")
	String update(@PathVariable UUID programId, @Valid @ModelAttribute("form") ProgramForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		ProgramView program = catalogue.program(programId);
		if (!errors.hasErrors()) {
			try {
				catalogue.update(programId, new ProgramDraft(null, form.getName(), form.getDescription(), form.isActive()),
						form.getVersion());
				redirect.addFlashAttribute("notice", "program.saved");
				return "redirect:/programs/" + programId;
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
		}
		return pages.program(program, model);
	}

	private String listPage(Model model) {
		Actor actor = actors.get();
		if (actor.isVendor()) {
			model.addAttribute("programs", catalogue.allPrograms());
		}
		else {
			model.addAttribute("programs", programs.programs());
			model.addAttribute("memberships",
					actor.partnerId() == null ? java.util.List.of() : programs.memberships(actor.partnerId()));
		}
		return "programs/list";
	}
}

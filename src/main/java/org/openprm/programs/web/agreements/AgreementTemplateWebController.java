package org.openprm.programs.web.agreements;

import java.time.LocalDate;
import java.util.UUID;

import org.openprm.partners.PartnerType;
import org.openprm.programs.AgreementTemplateView;
import org.openprm.programs.AgreementTemplates;
import org.openprm.programs.ProgramManagement;
import org.openprm.programs.ProgramView;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vendor's agreement templates: the list with a form for a new template, one template with its
 * versions and a form for the next version, and a live preview (htmx) of a text with example values.
 */
@Controller
class AgreementTemplateWebController {

	private final AgreementTemplates templates;

	private final ProgramManagement programs;

	AgreementTemplateWebController(AgreementTemplates templates, ProgramManagement programs) {
		this.templates = templates;
		this.programs = programs;
	}

	@GetMapping("/agreements/templates")
	String list(Model model) {
		return list(new AgreementTemplateForm(), model);
	}

	@PostMapping("/agreements/templates")
	String create(@Validated({ jakarta.validation.groups.Default.class, AgreementTemplateForm.NewTemplate.class })
	@ModelAttribute("form") AgreementTemplateForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return list(form, model);
		}
		try {
			AgreementTemplateView created = templates.create(form.toDraft());
			redirect.addFlashAttribute("notice", "agreement.template.created");
			return "redirect:/agreements/templates/" + created.id();
		}
		catch (InvalidInput ex) {
			FormErrors.apply(ex, errors);
			return list(form, model);
		}
	}

	@GetMapping("/agreements/templates/{templateId}")
	String template(@PathVariable UUID templateId, Model model) {
		AgreementTemplateView template = templates.template(templateId);
		AgreementTemplateForm form = new AgreementTemplateForm();
		form.setTitle(template.current().title());
		form.setBody(template.current().body());
		return template(template, form, model);
	}

	@PostMapping("/agreements/templates/{templateId}/versions")
	String publish(@PathVariable UUID templateId, @Validated @ModelAttribute("form") AgreementTemplateForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		AgreementTemplateView template = templates.template(templateId);
		if (errors.hasErrors()) {
			return template(template, form, model);
		}
		try {
			templates.publishVersion(templateId, form.toDraft());
			redirect.addFlashAttribute("notice", "agreement.version.published");
			return "redirect:/agreements/templates/" + templateId;
		}
		catch (InvalidInput ex) {
			FormErrors.apply(ex, errors);
			return template(template, form, model);
		}
	}

	@PostMapping("/agreements/templates/preview")
	String preview(@RequestParam(defaultValue = "") String body,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveDate,
			Model model) {
		model.addAttribute("preview", templates.preview(body, effectiveDate));
		return "agreements/fields :: preview";
	}

	private java.util.Map<UUID, String> programNames() {
		return programs.visiblePrograms().stream()
			.collect(java.util.stream.Collectors.toMap(ProgramView::id, ProgramView::name));
	}

	private String list(AgreementTemplateForm form, Model model) {
		model.addAttribute("templates", templates.templates());
		model.addAttribute("form", form);
		model.addAttribute("partnerTypes", PartnerType.values());
		model.addAttribute("programs", programs.visiblePrograms());
		model.addAttribute("programNames", programNames());
		return "agreements/templates";
	}

	private String template(AgreementTemplateView template, AgreementTemplateForm form, Model model) {
		model.addAttribute("template", template);
		model.addAttribute("form", form);
		model.addAttribute("programNames", programNames());
		return "agreements/template";
	}
}

package org.openprm.partners.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openprm.partners.AttributeDefinition;
import org.openprm.partners.AttributeType;
import org.openprm.partners.PartnerManagement;
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
 * Vendor admins define the custom attributes of partner profiles.
 */
@Controller
class CustomAttributeWebController {

	private final PartnerManagement partners;

	CustomAttributeWebController(PartnerManagement partners) {
		this.partners = partners;
	}

	public static class AttributeForm {

		@NotBlank
		@Pattern(regexp = "[a-z][a-z0-9_]{0,59}", message = "{attribute.key.pattern}")
		private String key;

		@NotBlank
		@Size(max = 120)
		private String label;

		@NotNull
		private AttributeType type = AttributeType.TEXT;

		private boolean required;

		@Size(max = 2000)
		private String choices = "";

		List<String> choiceList() {
			return choices == null ? List.of() : Arrays.stream(choices.split("[\\r\\n,]+")).map(String::trim)
				.filter(c -> !c.isEmpty()).toList();
		}

		public String getKey() {
			return key;
		}

		public void setKey(String key) {
			this.key = key;
		}

		public String getLabel() {
			return label;
		}

		public void setLabel(String label) {
			this.label = label;
		}

		public AttributeType getType() {
			return type;
		}

		public void setType(AttributeType type) {
			this.type = type;
		}

		public boolean isRequired() {
			return required;
		}

		public void setRequired(boolean required) {
			this.required = required;
		}

		public String getChoices() {
			return choices;
		}

		public void setChoices(String choices) {
			this.choices = choices;
		}
	}

	@GetMapping("/admin/attributes")
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new AttributeForm());
		}
		return page(model);
	}

	@PostMapping("/admin/attributes")
	String define(@Valid @ModelAttribute("form") AttributeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				partners.defineAttribute(form.getKey(), form.getLabel(), form.getType(), form.isRequired(),
						form.choiceList());
				redirect.addFlashAttribute("notice", "attribute.created");
				return "redirect:/admin/attributes";
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
		}
		return page(model);
	}

	@GetMapping("/admin/attributes/{attributeId}")
	String edit(@PathVariable UUID attributeId, Model model) {
		AttributeDefinition definition = partners.attributeDefinition(attributeId);
		AttributeForm form = new AttributeForm();
		form.setKey(definition.key());
		form.setLabel(definition.label());
		form.setType(definition.type());
		form.setRequired(definition.required());
		form.setChoices(String.join("\n", definition.choices()));
		model.addAttribute("form", form);
		model.addAttribute("definition", definition);
		return "partners/attribute-edit";
	}

	@PostMapping("/admin/attributes/{attributeId}")
	String redefine(@PathVariable UUID attributeId, @ModelAttribute("form") AttributeForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		AttributeDefinition definition = partners.attributeDefinition(attributeId);
		if (!errors.hasErrors()) {
			try {
				partners.redefineAttribute(attributeId, form.getLabel(), form.isRequired(), form.choiceList());
				redirect.addFlashAttribute("notice", "attribute.saved");
				return "redirect:/admin/attributes";
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
		}
		model.addAttribute("definition", definition);
		return "partners/attribute-edit";
	}

	private String page(Model model) {
		model.addAttribute("definitions", partners.attributeDefinitions());
		model.addAttribute("types", AttributeType.values());
		return "partners/attributes";
	}
}

package org.openprm.partners.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.JobRole;
import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerPeople;
import org.openprm.partners.PartnerStatus;
import org.openprm.partners.PartnerType;
import org.openprm.partners.PartnerView;
import org.openprm.shared.Conflict;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.openprm.shared.web.PageLinks;
import org.openprm.shared.web.Paging;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The partner directory pages: search, overview, create and edit, status changes, own profile.
 */
@Controller
@RequestMapping("/partners")
class PartnerWebController {

	private final PartnerManagement partners;

	private final PartnerPeople people;

	private final CurrentActor actors;

	PartnerWebController(PartnerManagement partners, PartnerPeople people, CurrentActor actors) {
		this.partners = partners;
		this.people = people;
		this.actors = actors;
	}

	@GetMapping
	String directory(@RequestParam(required = false) String q, @RequestParam(required = false) PartnerType type,
			@RequestParam(required = false) PartnerStatus status, @RequestParam(required = false) String country,
			@RequestParam(required = false) String tag, @RequestParam(required = false) UUID parentId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "name") String sort,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
			Model model) {
		PartnerCriteria criteria = new PartnerCriteria(q, type, status, country, tag, parentId);
		model.addAttribute("criteria", criteria);
		model.addAttribute("sort", sort);
		model.addAttribute("types", PartnerType.values());
		model.addAttribute("statuses", PartnerStatus.values());
		model.addAttribute("result", partners.search(criteria,
				Paging.of(Math.max(page, 0), Math.min(Math.max(size, 1), Paging.MAX_SIZE), validSort(sort), DirectorySort.FIELDS)));
		model.addAttribute("pageBase", PageLinks.base(request));
		model.addAttribute("exportQuery", request.getQueryString() == null ? "" : request.getQueryString());
		return htmx != null ? "partners/directory :: results" : "partners/directory";
	}

	@GetMapping("/export.csv")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) PartnerType type,
			@RequestParam(required = false) PartnerStatus status, @RequestParam(required = false) String country,
			@RequestParam(required = false) String tag, @RequestParam(required = false) UUID parentId,
			@RequestParam(defaultValue = "name") String sort, HttpServletResponse response) throws IOException {
		DirectoryCsv.write(partners, new PartnerCriteria(q, type, status, country, tag, parentId), sort, response);
	}

	@GetMapping("/{partnerId}")
	String overview(@PathVariable UUID partnerId, Model model) {
		PartnerView partner = partners.partner(partnerId);
		model.addAttribute("partner", partner);
		model.addAttribute("people", people.people(partnerId, PageRequest.of(0, 100,
				Sort.by("displayName"))));
		model.addAttribute("resellers", partner.type() == PartnerType.DISTRIBUTOR
				? partners.search(new PartnerCriteria(null, null, null, null, null, partnerId),
						PageRequest.of(0, 100, Sort.by("nameKey")))
				: null);
		model.addAttribute("definitions", actors.get().isVendor() ? partners.attributeDefinitions() : List.of());
		model.addAttribute("nextStatuses", partner.status().next());
		model.addAttribute("jobRoles", JobRole.values());
		model.addAttribute("canEditProfile", partners.mayEditProfile(partnerId));
		if (!model.containsAttribute("inviteForm")) {
			model.addAttribute("inviteForm", new InviteForm());
		}
		return "partners/overview";
	}

	@GetMapping("/new")
	String newPartner(Model model) {
		return form(new PartnerForm().withBlankAddress(), null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") PartnerForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return form(form.withBlankAddress(), null, model);
		}
		try {
			PartnerView created = partners.register(form.toDraft());
			redirect.addFlashAttribute("notice", "partner.created");
			return "redirect:/partners/" + created.id();
		}
		catch (InvalidInput ex) {
			FormErrors.apply(ex, errors);
			return form(form.withBlankAddress(), null, model);
		}
	}

	@GetMapping("/{partnerId}/edit")
	String edit(@PathVariable UUID partnerId, Model model) {
		PartnerView partner = partners.partner(partnerId);
		if (!actors.get().isVendor()) {
			return "redirect:/partners/" + partnerId + "/profile";
		}
		return form(PartnerForm.of(partner).withBlankAddress(), partner, model);
	}

	@PostMapping("/{partnerId}")
	String update(@PathVariable UUID partnerId, @Valid @ModelAttribute("form") PartnerForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		PartnerView partner = partners.partner(partnerId);
		if (errors.hasErrors()) {
			return form(form.withBlankAddress(), partner, model);
		}
		try {
			partners.update(partnerId, form.toDraft(), form.getVersion());
			redirect.addFlashAttribute("notice", "partner.saved");
			return "redirect:/partners/" + partnerId;
		}
		catch (InvalidInput ex) {
			FormErrors.apply(ex, errors);
			return form(form.withBlankAddress(), partner, model);
		}
		catch (Conflict ex) {
			errors.reject("partner.conflict");
			return form(form.withBlankAddress(), partner, model);
		}
	}

	@GetMapping("/{partnerId}/profile")
	String editProfile(@PathVariable UUID partnerId, Model model) {
		// Refused up front (a distributor on its reseller, a partner user): a form that can only fail helps nobody.
		PartnerView partner = partners.profileForEditing(partnerId);
		model.addAttribute("form", PartnerForm.of(partner).withBlankAddress());
		model.addAttribute("partner", partner);
		return "partners/profile";
	}

	@PostMapping("/{partnerId}/profile")
	String updateProfile(@PathVariable UUID partnerId, @ModelAttribute("form") PartnerForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		PartnerView partner = partners.partner(partnerId);
		if (!errors.hasErrors()) {
			try {
				partners.updateProfile(partnerId, form.toProfileDraft(), form.getVersion());
				redirect.addFlashAttribute("notice", "partner.saved");
				return "redirect:/partners/" + partnerId;
			}
			catch (InvalidInput ex) {
				FormErrors.apply(ex, errors);
			}
			catch (Conflict ex) {
				errors.reject("partner.conflict");
			}
		}
		model.addAttribute("form", form.withBlankAddress());
		model.addAttribute("partner", partner);
		return "partners/profile";
	}

	@PostMapping("/{partnerId}/status")
	String changeStatus(@PathVariable UUID partnerId, @RequestParam PartnerStatus status,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		partners.changeStatus(partnerId, status, reason);
		redirect.addFlashAttribute("notice", "partner.statusChanged");
		return "redirect:/partners/" + partnerId;
	}

	private String form(PartnerForm form, PartnerView partner, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("partner", partner);
		model.addAttribute("types", PartnerType.values());
		model.addAttribute("distributors", partners.distributors());
		model.addAttribute("definitions", partners.attributeDefinitions());
		return "partners/form";
	}

	private static String validSort(String sort) {
		String field = sort == null ? "" : sort.split(",")[0];
		return DirectorySort.FIELDS.containsKey(field) ? sort : "name";
	}

}

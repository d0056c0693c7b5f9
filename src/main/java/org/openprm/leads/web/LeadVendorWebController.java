package org.openprm.leads.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.identity.Visibility;
import org.openprm.leads.LeadDistribution;
import org.openprm.leads.LeadFunnel;
import org.openprm.leads.LeadManagement;
import org.openprm.leads.LeadSimulation;
import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerStatus;
import org.openprm.shared.IllegalTransition;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.web.FormErrors;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Vendor staff's lead pages: entering a lead, manual assignment, the funnel and the routing simulation.
 * Partners get 404 on every one of them.
 */
@Controller
@RequestMapping("/leads")
class LeadVendorWebController {

	private final LeadManagement leads;

	private final LeadDistribution distribution;

	private final LeadFunnel funnel;

	private final LeadSimulation simulation;

	private final PartnerManagement partners;

	private final Visibility visibility;

	LeadVendorWebController(LeadManagement leads, LeadDistribution distribution, LeadFunnel funnel,
			LeadSimulation simulation, PartnerManagement partners, Visibility visibility) {
		this.leads = leads;
		this.distribution = distribution;
		this.funnel = funnel;
		this.simulation = simulation;
		this.partners = partners;
		this.visibility = visibility;
	}

	@GetMapping("/new")
	String newLead(Model model) {
		visibility.requireVendor("Lead", "new");
		model.addAttribute("form", new LeadForm());
		return "leads/form";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") LeadForm form, BindingResult errors, RedirectAttributes redirect) {
		visibility.requireVendor("Lead", "new");
		if (errors.hasErrors()) {
			return "leads/form";
		}
		try {
			UUID id = leads.receive(form.toDraft()).id();
			redirect.addFlashAttribute("notice", "lead.receivedNotice");
			return "redirect:/leads/" + id;
		}
		catch (InvalidInput ex) {
			FormErrors.apply(ex, errors);
			return "leads/form";
		}
	}

	@GetMapping("/{leadId}/assign")
	String assignForm(@PathVariable UUID leadId, Model model) {
		model.addAttribute("lead", leads.lead(leadId));
		visibility.requireVendor("Lead", leadId);
		model.addAttribute("partnerChoices", partners.search(new PartnerCriteria(null, null, PartnerStatus.ACTIVE, null,
				null, null), PageRequest.of(0, 500, Sort.by("name"))).items());
		return "leads/assign";
	}

	@PostMapping("/{leadId}/assign")
	String assign(@PathVariable UUID leadId, @RequestParam(required = false) UUID partnerId, RedirectAttributes redirect) {
		try {
			distribution.assign(leadId, partnerId);
			redirect.addFlashAttribute("notice", "lead.assigned");
		}
		catch (InvalidInput | IllegalTransition ex) {
			redirect.addFlashAttribute("leadError", ex.getMessage());
		}
		return "redirect:/leads/" + leadId;
	}

	@PostMapping("/{leadId}/release")
	String release(@PathVariable UUID leadId, RedirectAttributes redirect) {
		try {
			distribution.release(leadId);
			redirect.addFlashAttribute("notice", "lead.released");
		}
		catch (IllegalTransition ex) {
			redirect.addFlashAttribute("leadError", ex.getMessage());
		}
		return "redirect:/leads/" + leadId;
	}

	@GetMapping("/funnel")
	String funnel(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		try {
			model.addAttribute("figures", funnel.figures(from, to));
		}
		catch (InvalidInput ex) {
			// The period is shown as entered with its error beside the field; the funnel below counts from the start.
			model.addAttribute("periodError", ex.problems().get(0).message());
			model.addAttribute("figures", funnel.figures(from, null));
		}
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "leads/funnel";
	}

	@GetMapping("/simulation")
	String simulation(@RequestParam(required = false) List<org.openprm.leads.LeadStatus> status,
			@RequestParam(required = false) Boolean run, Model model) {
		visibility.requireVendor("LeadSimulation", "simulation");
		model.addAttribute("statuses", List.of(org.openprm.leads.LeadStatus.QUEUED, org.openprm.leads.LeadStatus.WAITING,
				org.openprm.leads.LeadStatus.OFFERED, org.openprm.leads.LeadStatus.ACCEPTED));
		model.addAttribute("chosen", status == null ? List.of() : status);
		if (Boolean.TRUE.equals(run)) {
			model.addAttribute("result", simulation.simulate(status, 1000));
		}
		return "leads/simulation";
	}
}

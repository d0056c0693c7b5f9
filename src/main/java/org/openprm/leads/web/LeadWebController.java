package org.openprm.leads.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openprm.identity.CurrentActor;
import org.openprm.leads.LeadCriteria;
import org.openprm.leads.LeadDistribution;
import org.openprm.leads.LeadManagement;
import org.openprm.leads.LeadStatus;
import org.openprm.leads.LeadView;
import org.openprm.leads.LeadWork;
import org.openprm.shared.IllegalTransition;
import org.openprm.shared.InvalidInput;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The lead pages: a partner's inbox (new, accepted, due soon), the vendor's list and queue, and the
 * lead page with the partner's actions and, for vendor staff, the explanation and routing history.
 */
@Controller
@RequestMapping("/leads")
class LeadWebController {

	private static final Duration DUE_SOON = Duration.ofHours(24);

	private final LeadManagement leads;

	private final LeadWork work;

	private final LeadDistribution distribution;

	private final CurrentActor actors;

	private final Clock clock;

	LeadWebController(LeadManagement leads, LeadWork work, LeadDistribution distribution, CurrentActor actors,
			Clock clock) {
		this.leads = leads;
		this.work = work;
		this.distribution = distribution;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) LeadStatus status, @RequestParam(required = false) String q,
			Model model) {
		if (actors.get().isVendor()) {
			model.addAttribute("leads", leads.search(new LeadCriteria(q, status, null),
					PageRequest.of(0, 100, Sort.by(Sort.Direction.DESC, "createdAt"))).items());
			model.addAttribute("statuses", LeadStatus.values());
			model.addAttribute("status", status);
			model.addAttribute("q", q);
			return "leads/list";
		}
		Inbox inbox = inbox();
		model.addAttribute("inbox", inbox);
		return "leads/inbox";
	}

	/** The counts for the partner's home page, loaded into it as a fragment. */
	@GetMapping("/summary")
	String summary(Model model) {
		model.addAttribute("inbox", inbox());
		return "leads/inbox :: summary";
	}

	record Inbox(List<LeadView> offered, List<LeadView> accepted, List<LeadView> dueSoon) {
	}

	private Inbox inbox() {
		PageRequest first = PageRequest.of(0, 200, Sort.by(Sort.Direction.ASC, "acceptDueAt"));
		List<LeadView> offered = leads.search(new LeadCriteria(null, LeadStatus.OFFERED, null), first).items();
		List<LeadView> working = new java.util.ArrayList<>();
		for (LeadStatus s : List.of(LeadStatus.ACCEPTED, LeadStatus.CONTACTED, LeadStatus.QUALIFIED)) {
			working.addAll(leads.search(new LeadCriteria(null, s, null), first).items());
		}
		Instant soon = clock.instant().plus(DUE_SOON);
		return new Inbox(offered, working, offered.stream()
			.filter(l -> l.acceptDueAt() != null && l.acceptDueAt().isBefore(soon)).toList());
	}

	@GetMapping("/{leadId}")
	String lead(@PathVariable UUID leadId, Model model) {
		LeadView lead = leads.lead(leadId);
		model.addAttribute("lead", lead);
		if (lead.assignedPartnerId() != null || actors.get().isVendor()) {
			try {
				model.addAttribute("explanation", distribution.routing(leadId));
			}
			catch (org.openprm.shared.RecordNotFound neverRouted) {
				// Not routed yet: nothing to explain.
			}
		}
		if (actors.get().isVendor()) {
			model.addAttribute("history", distribution.history(leadId));
		}
		model.addAttribute("progress", List.of(LeadStatus.CONTACTED, LeadStatus.QUALIFIED));
		return "leads/lead";
	}

	@PostMapping("/{leadId}/accept")
	String accept(@PathVariable UUID leadId, RedirectAttributes redirect) {
		return act(leadId, redirect, "lead.accepted", () -> work.accept(leadId));
	}

	@PostMapping("/{leadId}/decline")
	String decline(@PathVariable UUID leadId, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		act(leadId, redirect, "lead.declined", () -> work.decline(leadId, reason));
		return redirect.getFlashAttributes().containsKey("leadError") ? "redirect:/leads/" + leadId : "redirect:/leads";
	}

	@PostMapping("/{leadId}/status")
	String status(@PathVariable UUID leadId, @RequestParam(required = false) String status,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		// Parsed here rather than bound, so that a foreign lead answers 404 whatever the form says.
		LeadStatus target = java.util.Arrays.stream(LeadStatus.values()).filter(s -> s.name().equals(status)).findFirst()
			.orElse(null);
		return act(leadId, redirect, "lead.updated", () -> work.update(leadId, target, reason));
	}

	@PostMapping("/{leadId}/convert")
	String convert(@PathVariable UUID leadId, RedirectAttributes redirect) {
		return act(leadId, redirect, "lead.converted", () -> work.convert(leadId, null, null));
	}

	/** Runs an action; a refused one comes back to the lead page with the reason instead of an error page. */
	private String act(UUID leadId, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("leadError", ex.problems().get(0).field() + ": " + ex.problems().get(0).message());
		}
		catch (IllegalTransition ex) {
			redirect.addFlashAttribute("leadError", ex.getMessage());
		}
		return "redirect:/leads/" + leadId;
	}
}

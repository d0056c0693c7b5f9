package org.openprm.programs.web;

import java.util.UUID;

import org.openprm.programs.ComplianceOverview;
import org.openprm.programs.TierCompliance;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Vendor staff decide tier changes waiting for approval, and look at one partner's tier status and
 * history, where they can also evaluate it now.
 */
@Controller
class TierChangesWebController {

	private final ComplianceOverview overview;

	private final TierCompliance compliance;

	TierChangesWebController(ComplianceOverview overview, TierCompliance compliance) {
		this.overview = overview;
		this.compliance = compliance;
	}

	@GetMapping("/programs/tier-changes")
	String pending(Model model) {
		model.addAttribute("changes", overview.pendingChanges());
		return "programs/tier-changes";
	}

	@PostMapping("/programs/tier-changes/{partnerId}/{programId}/approve")
	String approve(@PathVariable UUID partnerId, @PathVariable UUID programId,
			@RequestParam(defaultValue = "list") String back, RedirectAttributes redirect) {
		compliance.approve(partnerId, programId);
		redirect.addFlashAttribute("notice", "tierchanges.approved");
		return back(back, partnerId);
	}

	@PostMapping("/programs/tier-changes/{partnerId}/{programId}/decline")
	String decline(@PathVariable UUID partnerId, @PathVariable UUID programId,
			@RequestParam(defaultValue = "list") String back, RedirectAttributes redirect) {
		compliance.decline(partnerId, programId);
		redirect.addFlashAttribute("notice", "tierchanges.declined");
		return back(back, partnerId);
	}

	@GetMapping("/partners/{partnerId}/tiers")
	String partnerTiers(@PathVariable UUID partnerId, Model model) {
		model.addAttribute("partnerName", overview.partnerName(partnerId));
		model.addAttribute("partnerId", partnerId);
		model.addAttribute("statuses", compliance.tierStatus(partnerId));
		model.addAttribute("history", compliance.history(partnerId));
		return "programs/partner-tiers";
	}

	@PostMapping("/partners/{partnerId}/tiers/evaluate")
	String evaluate(@PathVariable UUID partnerId, RedirectAttributes redirect) {
		redirect.addFlashAttribute("evaluation", compliance.evaluate(partnerId));
		return "redirect:/partners/" + partnerId + "/tiers";
	}

	private static String back(String to, UUID partnerId) {
		return "partner".equals(to) ? "redirect:/partners/" + partnerId + "/tiers" : "redirect:/programs/tier-changes";
	}
}

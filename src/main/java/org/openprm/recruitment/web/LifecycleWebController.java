package org.openprm.recruitment.web;

import java.util.Map;
import java.util.UUID;

import org.openprm.recruitment.LifecycleStage;
import org.openprm.recruitment.PartnerLifecycle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The lifecycle funnel: how many partners are at each stage (vendor staff); and one partner's stage
 * history, which its overview page loads (the partner itself and vendor staff).
 */
@Controller
class LifecycleWebController {

	private final PartnerLifecycle lifecycle;

	LifecycleWebController(PartnerLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@GetMapping("/lifecycle")
	String funnel(Model model) {
		Map<LifecycleStage, Long> funnel = lifecycle.funnel();
		model.addAttribute("funnel", funnel);
		model.addAttribute("largest", Math.max(1, funnel.values().stream().mapToLong(Long::longValue).max().orElse(1)));
		return "recruitment/lifecycle";
	}

	@GetMapping("/partners/{partnerId}/lifecycle")
	String history(@PathVariable UUID partnerId, Model model) {
		model.addAttribute("history", lifecycle.history(partnerId));
		return "recruitment/lifecycle-history :: history";
	}
}

package org.openprm.recruitment.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.recruitment.LifecycleEntry;
import org.openprm.recruitment.LifecycleStage;
import org.openprm.recruitment.PartnerLifecycle;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Partner lifecycle: the funnel (vendor staff) and one partner's stage history (the partner itself too).
 */
@RestController
@Tag(name = "Partner lifecycle")
class LifecycleRestController {

	private final PartnerLifecycle lifecycle;

	LifecycleRestController(PartnerLifecycle lifecycle) {
		this.lifecycle = lifecycle;
	}

	@GetMapping("/api/v1/lifecycle/funnel")
	@Operation(summary = "How many partners are at each lifecycle stage (vendor staff)")
	Map<LifecycleStage, Long> funnel() {
		return lifecycle.funnel();
	}

	@GetMapping("/api/v1/partners/{partnerId}/lifecycle")
	@Operation(summary = "A partner's lifecycle stage history, oldest first; the last entry is its stage now")
	List<LifecycleEntry> history(@PathVariable UUID partnerId) {
		return lifecycle.history(partnerId);
	}
}

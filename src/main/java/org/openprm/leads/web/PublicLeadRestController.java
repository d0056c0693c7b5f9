package org.openprm.leads.web;

import org.openprm.leads.LeadManagement;
import org.openprm.leads.web.LeadPayloads.WebLeadReceivedResponse;
import org.openprm.leads.web.LeadPayloads.WebLeadRequest;
import org.openprm.shared.web.ratelimit.RateLimitedEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The web-to-lead endpoint for the vendor's website: no sign-in, limited per client address
 * ({@code prm.security.rate-limit.groups.web-to-lead.*}), and a honeypot field: a request that fills
 * {@code website} is answered like any other and dropped. The answer never says where the lead went.
 */
@RestController
@Tag(name = "Leads")
class PublicLeadRestController {

	static final String PATH = "/api/v1/public/leads";

	private final LeadManagement leads;

	PublicLeadRestController(LeadManagement leads) {
		this.leads = leads;
	}

	@PostMapping(PATH)
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Submit a lead from the vendor's website (public, rate limited)")
	WebLeadReceivedResponse submit(@RequestBody WebLeadRequest request) {
		if (request.website() == null || request.website().isBlank()) {
			leads.receiveFromWebsite(request.draft());
		}
		return new WebLeadReceivedResponse("RECEIVED");
	}

	@Bean
	static RateLimitedEndpoint webToLeadRateLimit() {
		return RateLimitedEndpoint.api("web-to-lead", HttpMethod.POST, PATH);
	}
}

package org.openprm.leads.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.leads.LeadAssignmentView;
import org.openprm.leads.LeadCriteria;
import org.openprm.leads.LeadDistribution;
import org.openprm.leads.LeadManagement;
import org.openprm.leads.LeadStatus;
import org.openprm.leads.LeadWork;
import org.openprm.leads.RoutingExplanation;
import org.openprm.leads.web.LeadPayloads.LeadAssignRequest;
import org.openprm.leads.web.LeadPayloads.LeadConvertRequest;
import org.openprm.leads.web.LeadPayloads.LeadHighValueRequest;
import org.openprm.leads.web.LeadPayloads.LeadRequest;
import org.openprm.leads.web.LeadPayloads.LeadResponse;
import org.openprm.leads.web.LeadPayloads.LeadReasonRequest;
import org.openprm.leads.web.LeadPayloads.LeadProgressRequest;
import org.openprm.shared.PageResult;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Leads: intake (vendor staff; routing runs in the request, so the answer names the partner), reading
 * within the caller's scope, the partner's accept/decline/progress/convert and vendor steering.
 */
@RestController
@RequestMapping("/api/v1/leads")
@Tag(name = "Leads")
class LeadRestController {

	private final LeadManagement leads;

	private final LeadWork work;

	private final LeadDistribution distribution;

	LeadRestController(LeadManagement leads, LeadWork work, LeadDistribution distribution) {
		this.leads = leads;
		this.work = work;
		this.distribution = distribution;
	}

	@PostMapping
	@Operation(summary = "Receive a lead (vendor staff); it is qualified and, above the threshold, routed at once")
	ResponseEntity<LeadResponse> create(@RequestBody LeadRequest request) {
		LeadResponse created = LeadResponse.of(leads.receive(request.draft()));
		return ResponseEntity.created(URI.create("/api/v1/leads/" + created.id())).body(created);
	}

	@GetMapping
	@Operation(summary = "Leads in the caller's scope (a partner: those assigned to it)")
	PageResult<LeadResponse> list(@RequestParam(required = false) String q, @RequestParam(required = false) LeadStatus status,
			@RequestParam(required = false) UUID partnerId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		PageResult<org.openprm.leads.LeadView> found = leads.search(new LeadCriteria(q, status, partnerId),
				PageRequest.of(Math.max(0, page), Math.min(200, Math.max(1, size)), Sort.by(Sort.Direction.DESC, "createdAt")));
		return new PageResult<>(found.items().stream().map(LeadResponse::of).toList(), found.page(), found.size(),
				found.total());
	}

	@GetMapping("/{leadId}")
	@Operation(summary = "A lead")
	LeadResponse get(@PathVariable UUID leadId) {
		return LeadResponse.of(leads.lead(leadId));
	}

	@GetMapping("/{leadId}/routing")
	@Operation(summary = "Why the lead went where it went (a partner's copy names no other partner)")
	RoutingExplanation routing(@PathVariable UUID leadId) {
		return distribution.routing(leadId);
	}

	@GetMapping("/{leadId}/routing/history")
	@Operation(summary = "Every assignment of the lead with its explanation (vendor staff)")
	List<LeadAssignmentView> history(@PathVariable UUID leadId) {
		return distribution.history(leadId);
	}

	@PostMapping("/{leadId}/accept")
	@Operation(summary = "Accept the lead offered to the caller's organisation")
	LeadResponse accept(@PathVariable UUID leadId) {
		return LeadResponse.of(work.accept(leadId));
	}

	@PostMapping("/{leadId}/decline")
	@Operation(summary = "Decline with a reason; the lead goes to the next partner at once")
	LeadResponse decline(@PathVariable UUID leadId, @Valid @RequestBody LeadReasonRequest request) {
		return LeadResponse.of(work.decline(leadId, request.reason()));
	}

	@PatchMapping("/{leadId}")
	@Operation(summary = "Report progress: CONTACTED, QUALIFIED or LOST (with a reason)")
	LeadResponse update(@PathVariable UUID leadId, @Valid @RequestBody LeadProgressRequest request) {
		return LeadResponse.of(work.update(leadId, request.status(), request.reason()));
	}

	@PostMapping("/{leadId}/convert")
	@Operation(summary = "Convert the lead into a deal registration with the lead's data")
	LeadResponse convert(@PathVariable UUID leadId, @RequestBody(required = false) LeadConvertRequest request) {
		return LeadResponse.of(work.convert(leadId, request == null ? null : request.amount(),
				request == null ? null : request.expectedCloseDate()));
	}

	@PostMapping("/{leadId}/assign")
	@Operation(summary = "Assign or reassign the lead to a partner (vendor staff)")
	LeadResponse assign(@PathVariable UUID leadId, @Valid @RequestBody LeadAssignRequest request) {
		return LeadResponse.of(distribution.assign(leadId, request.partnerId()));
	}

	@PostMapping("/{leadId}/release")
	@Operation(summary = "Release a waiting lead for distribution and route it (vendor staff)")
	LeadResponse release(@PathVariable UUID leadId) {
		return LeadResponse.of(distribution.release(leadId));
	}

	@PostMapping("/{leadId}/high-value")
	@Operation(summary = "Flag the lead as high value, with the extra support offered (vendor staff)")
	LeadResponse highValue(@PathVariable UUID leadId, @Valid @RequestBody LeadHighValueRequest request) {
		return LeadResponse.of(distribution.flagHighValue(leadId, request.highValue(), request.supportOffer()));
	}
}

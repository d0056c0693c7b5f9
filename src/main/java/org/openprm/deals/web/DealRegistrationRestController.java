package org.openprm.deals.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.deals.DealComment;
import org.openprm.deals.DealCriteria;
import org.openprm.deals.DealDecisions;
import org.openprm.deals.DealManagement;
import org.openprm.deals.DealStage;
import org.openprm.deals.DealStatus;
import org.openprm.deals.DealView;
import org.openprm.deals.TimelineEntry;
import org.openprm.deals.web.DealPayloads.CommentRequest;
import org.openprm.deals.web.DealPayloads.ConflictCheckRequest;
import org.openprm.deals.web.DealPayloads.ConflictCheckResponse;
import org.openprm.deals.web.DealPayloads.CreditRequest;
import org.openprm.deals.web.DealPayloads.CreditsRequest;
import org.openprm.deals.web.DealPayloads.RegistrationRequest;
import org.openprm.deals.web.DealPayloads.RegistrationResponse;
import org.openprm.deals.web.DealPayloads.UpdateRequest;
import org.openprm.shared.PageResult;
import org.openprm.shared.web.Paging;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Deal registrations over REST: register, check for conflicts, list, read, update both ways, comment,
 * read the timeline; vendor staff assign partner credit. Decisions are in {@link DealWorkflowRestController}.
 */
@RestController
@RequestMapping("/api/v1/deal-registrations")
@Tag(name = "Deal registrations")
class DealRegistrationRestController {

	private static final Map<String, String> SORTABLE = Map.of("createdAt", "createdAt", "expectedCloseDate",
			"expectedCloseDate", "amount", "amount", "customer", "customer.name", "status", "status", "updatedAt",
			"updatedAt");

	private final DealManagement deals;

	private final DealDecisions decisions;

	DealRegistrationRestController(DealManagement deals, DealDecisions decisions) {
		this.deals = deals;
		this.decisions = decisions;
	}

	@PostMapping
	@Operation(summary = "Register a deal (submitted at once unless draft=true); answers the registration with its id and status")
	ResponseEntity<RegistrationResponse> register(@Valid @RequestBody RegistrationRequest request) {
		DealView created = deals.register(request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/deal-registrations/" + created.id()))
			.body(RegistrationResponse.of(created));
	}

	@PostMapping("/conflict-check")
	@Operation(summary = "Check a customer for possible conflicts: vendor staff get the candidates, partners only whether one exists")
	ConflictCheckResponse checkConflicts(@Valid @RequestBody ConflictCheckRequest request) {
		return ConflictCheckResponse.of(deals.checkConflicts(request.customer().toCustomer()));
	}

	@GetMapping
	@Operation(summary = "List deal registrations within the caller's scope (paged; filters: q, status, partnerId, stage, close date range)")
	PageResult<RegistrationResponse> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) DealStatus status, @RequestParam(required = false) UUID partnerId,
			@RequestParam(required = false) DealStage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeTo,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@RequestParam(defaultValue = "createdAt,desc") String sort) {
		PageResult<DealView> found = deals.search(new DealCriteria(q, status, partnerId, stage, closeFrom, closeTo),
				Paging.of(page, size, sort, SORTABLE));
		return new PageResult<>(found.items().stream().map(RegistrationResponse::of).toList(), found.page(),
				found.size(), found.total());
	}

	@GetMapping("/{registrationId}")
	@Operation(summary = "Read a deal registration")
	RegistrationResponse read(@PathVariable UUID registrationId) {
		return RegistrationResponse.of(deals.registration(registrationId));
	}

	@PatchMapping("/{registrationId}")
	@Operation(summary = "Update stage, amount, close date, notes or lines (both sides); If-Match guards against lost updates")
	RegistrationResponse update(@PathVariable UUID registrationId, @Valid @RequestBody UpdateRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return RegistrationResponse.of(deals.update(registrationId, request.toChanges(), Paging.version(ifMatch)));
	}

	@GetMapping("/{registrationId}/timeline")
	@Operation(summary = "The deal's timeline: every change with who and when, oldest first")
	List<TimelineEntry> timeline(@PathVariable UUID registrationId) {
		return deals.timeline(registrationId);
	}

	@GetMapping("/{registrationId}/comments")
	@Operation(summary = "The comment thread between the partner and the vendor")
	List<DealComment> comments(@PathVariable UUID registrationId) {
		return deals.comments(registrationId);
	}

	@GetMapping("/{registrationId}/comments/{commentId}")
	@Operation(summary = "Read one comment")
	DealComment comment(@PathVariable UUID registrationId, @PathVariable UUID commentId) {
		return deals.comment(registrationId, commentId);
	}

	@PostMapping("/{registrationId}/comments")
	@Operation(summary = "Add a comment; the other side is notified")
	ResponseEntity<DealComment> addComment(@PathVariable UUID registrationId, @Valid @RequestBody CommentRequest request) {
		DealComment comment = deals.addComment(registrationId, request.body());
		return ResponseEntity
			.created(URI.create("/api/v1/deal-registrations/" + registrationId + "/comments/" + comment.id()))
			.body(comment);
	}

	@PutMapping("/{registrationId}/credits")
	@Operation(summary = "Record the partners on the deal and their roles (vendor staff); the registering partner keeps its credit")
	RegistrationResponse assignCredits(@PathVariable UUID registrationId, @Valid @RequestBody CreditsRequest request) {
		return RegistrationResponse.of(decisions.assignCredits(registrationId,
				request.credits().stream().map(CreditRequest::toCredit).toList()));
	}
}

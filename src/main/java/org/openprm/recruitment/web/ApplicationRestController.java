package org.openprm.recruitment.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.recruitment.ApplicationCriteria;
import org.openprm.recruitment.ApplicationIntake;
import org.openprm.recruitment.ApplicationReview;
import org.openprm.recruitment.ApplicationStatus;
import org.openprm.recruitment.Approval;
import org.openprm.recruitment.web.ApplicationPayloads.ApplicationReceipt;
import org.openprm.recruitment.web.ApplicationPayloads.ApplicationRequest;
import org.openprm.recruitment.web.ApplicationPayloads.ApplicationResponse;
import org.openprm.recruitment.web.ApplicationPayloads.ApplicationApprovalRequest;
import org.openprm.recruitment.web.ApplicationPayloads.ApplicationHistoryResponse;
import org.openprm.recruitment.web.ApplicationPayloads.ApplicationQuestionRequest;
import org.openprm.recruitment.web.ApplicationPayloads.ApplicationRejectionRequest;
import org.openprm.shared.PageResult;
import org.openprm.shared.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * "Become a partner" applications: submitted by anyone without a login (rate limited per client
 * address), reviewed and decided by vendor staff. Partner users get 404 on every operation, as for an
 * application that does not exist. Illegal transitions answer 409.
 */
@RestController
@RequestMapping("/api/v1/applications")
@Tag(name = "Partner applications")
class ApplicationRestController {

	private static final Map<String, String> SORTABLE = Map.of("submittedAt", "submittedAt", "reviewDueAt",
			"reviewDueAt", "company", "company");

	private final ApplicationIntake intake;

	private final ApplicationReview review;

	ApplicationRestController(ApplicationIntake intake, ApplicationReview review) {
		this.intake = intake;
		this.review = review;
	}

	@PostMapping
	@Operation(summary = "Apply to become a partner (no login; rate limited per client address)")
	ResponseEntity<ApplicationReceipt> apply(@RequestBody ApplicationRequest request) {
		UUID id = intake.submit(request.toDraft(), request.nickname());
		return ResponseEntity.created(URI.create("/api/v1/applications/" + id))
			.body(new ApplicationReceipt(id, ApplicationStatus.IN_REVIEW.name()));
	}

	@GetMapping
	@Operation(summary = "The review queue (vendor staff); sort by submittedAt, reviewDueAt or company")
	PageResult<ApplicationResponse> list(@RequestParam(required = false) ApplicationStatus status,
			@RequestParam(required = false) UUID assigneeId, @RequestParam(required = false) String queue,
			@RequestParam(defaultValue = "false") boolean overdue, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "submittedAt,desc") String sort) {
		PageResult<org.openprm.recruitment.ApplicationView> found = review.applications(
				new ApplicationCriteria(status, assigneeId, queue, overdue), Paging.of(page, size, sort, SORTABLE));
		return new PageResult<>(found.items().stream().map(ApplicationResponse::of).toList(), found.page(), found.size(),
				found.total());
	}

	@GetMapping("/{applicationId}")
	@Operation(summary = "One application with its duplicate flags (vendor staff)")
	ApplicationResponse get(@PathVariable UUID applicationId) {
		return ApplicationResponse.of(review.application(applicationId));
	}

	@GetMapping("/{applicationId}/history")
	@Operation(summary = "What happened to an application, oldest first (vendor staff)")
	List<ApplicationHistoryResponse> history(@PathVariable UUID applicationId) {
		return review.history(applicationId).stream().map(ApplicationHistoryResponse::of).toList();
	}

	@PostMapping("/{applicationId}/approve")
	@Operation(summary = "Approve: creates the partner, invites the contact as its admin and enrols it (vendor staff)")
	ApplicationResponse approve(@PathVariable UUID applicationId, @RequestBody(required = false) ApplicationApprovalRequest request) {
		Approval approval = request == null ? new Approval(null, null) : new Approval(request.programmeId(), request.tierId());
		return ApplicationResponse.of(review.approve(applicationId, approval));
	}

	@PostMapping("/{applicationId}/reject")
	@Operation(summary = "Reject with a reason, which is mailed to the applicant (vendor staff)")
	ApplicationResponse reject(@PathVariable UUID applicationId, @RequestBody ApplicationRejectionRequest request) {
		return ApplicationResponse.of(review.reject(applicationId, request.reason()));
	}

	@PostMapping("/{applicationId}/request-info")
	@Operation(summary = "Ask the applicant for more information; it answers through a secret link (vendor staff)")
	ApplicationResponse requestInfo(@PathVariable UUID applicationId, @RequestBody ApplicationQuestionRequest request) {
		return ApplicationResponse.of(review.requestInformation(applicationId, request.question()));
	}
}

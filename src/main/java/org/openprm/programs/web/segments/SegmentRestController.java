package org.openprm.programs.web.segments;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.programs.SegmentDraft;
import org.openprm.programs.SegmentManagement;
import org.openprm.programs.SegmentMember;
import org.openprm.programs.SegmentRule;
import org.openprm.programs.SegmentView;
import org.openprm.shared.PageResult;
import org.openprm.shared.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
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
 * Segments over the API (vendor staff): define them by rule, preview a rule, list the members.
 */
@RestController
@RequestMapping("/api/v1/segments")
@Tag(name = "Segments")
class SegmentRestController {

	private final SegmentManagement segments;

	SegmentRestController(SegmentManagement segments) {
		this.segments = segments;
	}

	record SegmentRequest(@NotBlank @Size(max = 120) String name, @Size(max = 1000) String description,
			@NotNull SegmentRule rule) {

		SegmentDraft draft() {
			return new SegmentDraft(name, description, rule);
		}
	}

	@GetMapping
	@Operation(summary = "Every segment with its rule and current member count (vendor staff)")
	List<SegmentView> segments() {
		return segments.segments();
	}

	@PostMapping
	@Operation(summary = "Define a segment: a rule of conditions (field PROGRAM, TIER, TYPE, STATUS, COUNTRY, REGION, TAG "
			+ "or ATTRIBUTE; operator IN, NOT_IN, AT_LEAST or AT_MOST) and nested groups, joined by match ALL or ANY")
	ResponseEntity<SegmentView> define(@Valid @RequestBody SegmentRequest request) {
		SegmentView segment = segments.define(request.draft());
		return ResponseEntity.created(URI.create("/api/v1/segments/" + segment.id())).body(segment);
	}

	@PostMapping("/preview")
	@Operation(summary = "How many partners a rule holds right now, with the first 20 by name, without saving it")
	PageResult<SegmentMember> preview(@Valid @RequestBody SegmentRule rule) {
		return segments.preview(rule);
	}

	@GetMapping("/{segmentId}")
	@Operation(summary = "Read a segment")
	SegmentView segment(@PathVariable UUID segmentId) {
		return segments.segment(segmentId);
	}

	@PutMapping("/{segmentId}")
	@Operation(summary = "Redefine a segment (If-Match: its version)")
	SegmentView redefine(@PathVariable UUID segmentId, @Valid @RequestBody SegmentRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return segments.redefine(segmentId, request.draft(), Paging.version(ifMatch));
	}

	@DeleteMapping("/{segmentId}")
	@Operation(summary = "Remove a segment")
	ResponseEntity<Void> remove(@PathVariable UUID segmentId) {
		segments.remove(segmentId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/{segmentId}/members")
	@Operation(summary = "The partners in the segment right now, by name, paged")
	PageResult<SegmentMember> members(@PathVariable UUID segmentId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Paging.of(page, size, "id", Map.of("id", "id"));
		return segments.members(segmentId, page, size);
	}
}

package org.openprm.programs.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.openprm.programs.MembershipView;
import org.openprm.programs.ProgramManagement;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * A partner's programme memberships: read within the caller's scope, enrolment by vendor staff.
 */
@RestController
@Tag(name = "Programmes")
class MembershipRestController {

	private final ProgramManagement programs;

	MembershipRestController(ProgramManagement programs) {
		this.programs = programs;
	}

	record EnrolmentRequest(@NotNull UUID programId, @NotNull UUID tierId) {
	}

	@GetMapping("/api/v1/partners/{partnerId}/memberships")
	@Operation(summary = "The programmes a partner belongs to, with its tier in each")
	List<MembershipView> memberships(@PathVariable UUID partnerId) {
		return programs.memberships(partnerId);
	}

	@PostMapping("/api/v1/partners/{partnerId}/memberships")
	@Operation(summary = "Enrol a partner in a programme in one of its tiers (vendor staff); enrolling a member "
			+ "again answers its existing membership unchanged")
	ResponseEntity<MembershipView> enrol(@PathVariable UUID partnerId, @Valid @RequestBody EnrolmentRequest request) {
		MembershipView membership = programs.enrol(partnerId, request.programId(), request.tierId());
		return ResponseEntity.created(URI.create("/api/v1/partners/" + partnerId + "/memberships")).body(membership);
	}
}

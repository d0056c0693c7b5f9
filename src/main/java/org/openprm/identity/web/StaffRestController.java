package org.openprm.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.identity.IdentityManagement;
import org.openprm.identity.Role;
import org.openprm.identity.UserStatus;
import org.openprm.identity.UserSummary;
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
 * The vendor's own team (vendor admins and channel managers): read by vendor staff, managed by vendor admins.
 */
@RestController
@RequestMapping("/api/v1/staff")
@Tag(name = "Vendor staff")
class StaffRestController {

	private static final Map<String, String> SORT = Map.of("name", "displayName", "email", "email", "createdAt",
			"createdAt");

	private final IdentityManagement identity;

	StaffRestController(IdentityManagement identity) {
		this.identity = identity;
	}

	record StaffInviteRequest(@NotBlank @Email @Size(max = 254) String email,
			@NotBlank @Size(max = 200) String displayName, @NotNull Role role) {
	}

	record StaffResponse(UUID id, String email, String displayName, Role role, UserStatus status, Instant createdAt) {

		static StaffResponse of(UserSummary u) {
			return new StaffResponse(u.id(), u.email(), u.displayName(), u.role(), u.status(), u.createdAt());
		}
	}

	@GetMapping
	@Operation(summary = "List vendor staff (paged)")
	PageResult<StaffResponse> list(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "name") String sort) {
		PageResult<UserSummary> result = identity.vendorStaff(Paging.of(page, size, sort, SORT));
		return new PageResult<>(result.items().stream().map(StaffResponse::of).toList(), result.page(), result.size(),
				result.total());
	}

	@PostMapping
	@Operation(summary = "Invite a vendor admin or channel manager (vendor admin)")
	ResponseEntity<StaffResponse> invite(@Valid @RequestBody StaffInviteRequest request) {
		UserSummary user = identity.inviteVendorStaff(request.email(), request.displayName(), request.role());
		return ResponseEntity.created(URI.create("/api/v1/staff/" + user.id())).body(StaffResponse.of(user));
	}

	@GetMapping("/{userId}")
	@Operation(summary = "Read a vendor staff member")
	StaffResponse read(@PathVariable UUID userId) {
		return StaffResponse.of(identity.staffMember(userId));
	}

	@PostMapping("/{userId}/deactivate")
	@Operation(summary = "Deactivate a vendor staff member (vendor admin)")
	StaffResponse deactivate(@PathVariable UUID userId) {
		identity.staffMember(userId);
		return StaffResponse.of(identity.deactivate(userId));
	}

	@PostMapping("/{userId}/resend-invitation")
	@Operation(summary = "Send a fresh invitation link to an invited colleague; the old link stops working (vendor admin)")
	StaffResponse resendInvitation(@PathVariable UUID userId) {
		identity.staffMember(userId);
		identity.resendInvitation(userId);
		return StaffResponse.of(identity.staffMember(userId));
	}

	@PostMapping("/{userId}/reactivate")
	@Operation(summary = "Reactivate a vendor staff member (vendor admin)")
	StaffResponse reactivate(@PathVariable UUID userId) {
		identity.staffMember(userId);
		return StaffResponse.of(identity.reactivate(userId));
	}
}

package org.openprm.partners.web;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.identity.JobRole;
import org.openprm.identity.Role;
import org.openprm.identity.UserStatus;
import org.openprm.identity.UserSummary;
import org.openprm.partners.PartnerPeople;
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
 * A partner's people: listed by anyone who sees the partner, invited and deactivated by its admins
 * and by vendor staff.
 */
@RestController
@RequestMapping("/api/v1/partners/{partnerId}/users")
@Tag(name = "Partner users")
class PartnerPeopleRestController {

	private static final Map<String, String> SORT = Map.of("name", "displayName", "email", "email",
			"createdAt", "createdAt", "status", "status");

	private final PartnerPeople people;

	PartnerPeopleRestController(PartnerPeople people) {
		this.people = people;
	}

	record InviteRequest(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String displayName,
			@NotNull Role role, JobRole jobRole) {
	}

	record UserResponse(UUID id, String email, String displayName, Role role, JobRole jobRole, UUID partnerId,
			UserStatus status, Instant createdAt) {

		static UserResponse of(UserSummary u) {
			return new UserResponse(u.id(), u.email(), u.displayName(), u.role(), u.jobRole(), u.partnerId(),
					u.status(), u.createdAt());
		}
	}

	@GetMapping
	@Operation(summary = "List a partner's users (paged)")
	PageResult<UserResponse> list(@PathVariable UUID partnerId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "name") String sort) {
		PageResult<UserSummary> result = people.people(partnerId, Paging.of(page, size, sort, SORT));
		return new PageResult<>(result.items().stream().map(UserResponse::of).toList(), result.page(), result.size(),
				result.total());
	}

	@PostMapping
	@Operation(summary = "Invite a person; an invitation e-mail with an expiring link follows")
	ResponseEntity<UserResponse> invite(@PathVariable UUID partnerId, @Valid @RequestBody InviteRequest request) {
		UserSummary user = people.invite(partnerId, request.email(), request.displayName(), request.role(),
				request.jobRole());
		return ResponseEntity.created(URI.create("/api/v1/partners/" + partnerId + "/users/" + user.id()))
			.body(UserResponse.of(user));
	}

	@GetMapping("/{userId}")
	@Operation(summary = "Read one of a partner's users")
	UserResponse read(@PathVariable UUID partnerId, @PathVariable UUID userId) {
		return UserResponse.of(people.person(partnerId, userId));
	}

	@PostMapping("/{userId}/deactivate")
	@Operation(summary = "Deactivate a user: sessions end and tokens are revoked")
	UserResponse deactivate(@PathVariable UUID partnerId, @PathVariable UUID userId) {
		return UserResponse.of(people.deactivate(partnerId, userId));
	}

	@PostMapping("/{userId}/resend-invitation")
	@Operation(summary = "Send a fresh invitation link to an invited person; the old link stops working")
	UserResponse resendInvitation(@PathVariable UUID partnerId, @PathVariable UUID userId) {
		people.resendInvitation(partnerId, userId);
		return UserResponse.of(people.person(partnerId, userId));
	}

	@PostMapping("/{userId}/reactivate")
	@Operation(summary = "Reactivate a deactivated user")
	UserResponse reactivate(@PathVariable UUID partnerId, @PathVariable UUID userId) {
		return UserResponse.of(people.reactivate(partnerId, userId));
	}
}

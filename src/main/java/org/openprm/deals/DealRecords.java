package org.openprm.deals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.deals.domain.ConflictDetector;
import org.openprm.deals.domain.CustomerClaims;
import org.openprm.deals.domain.DealRegistration;
import org.openprm.deals.domain.DealRegistrationRepository;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.identity.VisibilityScope;
import org.openprm.shared.Conflict;
import org.openprm.shared.InvalidInput;
import org.springframework.stereotype.Component;

/**
 * What both deal facades share: registrations loaded through the caller's scope (its partner, the
 * distributor it came through, vendor staff; decisions for vendor staff only), their views as the
 * caller may see them, and the end of a registration's claim on its customer.
 */
@Component
class DealRecords {

	static final String TYPE = "DealRegistration";

	private final DealRegistrationRepository registrations;

	private final CustomerClaims claims;

	private final ConflictDetector conflicts;

	private final DealOwners owners;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final Clock clock;

	DealRecords(DealRegistrationRepository registrations, CustomerClaims claims, ConflictDetector conflicts,
			DealOwners owners, Visibility visibility, CurrentActor actors, Clock clock) {
		this.registrations = registrations;
		this.claims = claims;
		this.conflicts = conflicts;
		this.owners = owners;
		this.visibility = visibility;
		this.actors = actors;
		this.clock = clock;
	}

	DealRegistration readable(UUID id) {
		VisibilityScope scope = visibility.scope();
		return visibility.readable(TYPE, id, registrations.findById(id),
				r -> scope.canRead(r.partnerId()) ? r.partnerId() : r.distributorId());
	}

	/** The registration if the caller may change it: its partner, the distributor it came through, vendor staff. */
	DealRegistration writable(UUID id) {
		DealRegistration registration = readable(id);
		VisibilityScope scope = visibility.scope();
		visibility.requireWrite(TYPE, id, scope.canWrite(registration.partnerId()) ? registration.partnerId()
				: registration.distributorId());
		return registration;
	}

	/** Decisions are the vendor's: partners who can see the registration get 403, others 404. */
	DealRegistration decidable(UUID id, String operation) {
		DealRegistration registration = readable(id);
		if (!actors.get().isVendor()) {
			throw visibility.refuse(TYPE, id, operation);
		}
		return registration;
	}

	static void checkVersion(DealRegistration registration, Long expectedVersion) {
		if (expectedVersion != null && expectedVersion != registration.version()) {
			throw new Conflict("The deal registration was changed by someone else; reload it and apply your change again.");
		}
	}

	static void requireText(String field, String text) {
		if (text == null || text.isBlank()) {
			throw InvalidInput.of(field, "is required", "required");
		}
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), clock.getZone());
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	DealView written(DealRegistration registration) {
		registrations.flush();
		return view(registration);
	}

	DealView view(DealRegistration registration) {
		return view(registration, new HashMap<>());
	}

	DealView view(DealRegistration r, Map<UUID, String> partnerNames) {
		boolean vendor = actors.get().isVendor();
		DealView.ExtensionRequest extension = r.extensionDays() == null ? null
				: new DealView.ExtensionRequest(r.extensionDays(), r.extensionReason(), r.extensionRequestedAt());
		return new DealView(r.id(), r.partnerId(), partnerNames.computeIfAbsent(r.partnerId(), owners::name),
				r.distributorId(), r.registeredBy(), r.customer(), r.lines(), r.amount(), r.currency(),
				r.expectedCloseDate(), r.stage(), r.description(), r.status(), r.statusReason(), r.firstToRegister(),
				r.possibleConflict(), vendor ? conflicts.decode(r.conflicts()) : null, r.submittedAt(), r.reviewDueAt(),
				r.approvedAt(), r.protectedUntil(),
				ProtectionCountdown.daysLeft(r.status(), r.protectedUntil(), clock), extension, visibleCredits(r),
				r.createdAt(), r.updatedAt(), r.version());
	}

	/** Vendor staff see every partner on the deal; a partner only those in its own scope (itself, its resellers). */
	private List<PartnerCredit> visibleCredits(DealRegistration registration) {
		VisibilityScope scope = visibility.scope();
		return registration.credits().stream().filter(credit -> scope.canRead(credit.partnerId())).toList();
	}

	/** A final state frees the customer for the next registration and leaves the conflict index. */
	void end(DealRegistration registration) {
		claims.release(registration.id());
		conflicts.unindex(registration.id());
	}
}

package org.openprm.identity;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that applies the actor's scope to a record loaded by id. A record outside the scope
 * answers exactly like a missing one (404) and leaves a {@code denied} audit entry. Lists and searches
 * apply {@link CurrentActor#scope()} in their queries; see {@link ScopedQueries}.
 */
@Component
public class Visibility {

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	Visibility(CurrentActor actors, ApplicationEventPublisher events) {
		this.actors = actors;
		this.events = events;
	}

	public VisibilityScope scope() {
		return actors.scope();
	}

	/** The record if the actor may read it; otherwise 404, audited. */
	public <T> T readable(String type, Object id, Optional<T> found, Function<T, UUID> owner) {
		T record = found.orElseThrow(() -> RecordNotFound.of(type, id));
		if (!scope().canRead(owner.apply(record))) {
			deny(type, id, "read");
			throw RecordNotFound.of(type, id);
		}
		return record;
	}

	/**
	 * The record if the actor may change it. A record the actor may read but not change (a distributor
	 * looking at its reseller) answers 403; one it cannot even read answers 404.
	 */
	public <T> T writable(String type, Object id, Optional<T> found, Function<T, UUID> owner) {
		T record = readable(type, id, found, owner);
		requireWrite(type, id, owner.apply(record));
		return record;
	}

	public void requireWrite(String type, Object id, UUID partnerId) {
		if (!scope().canWrite(partnerId)) {
			deny(type, id, "write");
			throw new AccessDeniedException("read-only");
		}
	}

	/** For vendor-only records and actions: partner users get 404 as if the record did not exist. */
	public void requireVendor(String type, Object id) {
		if (!scope().vendor()) {
			deny(type, id, "read");
			throw RecordNotFound.of(type, id);
		}
	}

	/**
	 * Refuses an action that the actor's role may not take on a record it can see: answers 403 and,
	 * like every denied access, leaves a {@code denied} audit entry. Use as {@code throw visibility.refuse(...)}.
	 */
	public AccessDeniedException refuse(String type, Object id, String operation) {
		deny(type, id, operation);
		return new AccessDeniedException(operation);
	}

	private void deny(String type, Object id, String operation) {
		events.publishEvent(new AccessDenied(type, String.valueOf(id), actors.get().partnerId(), operation));
	}
}

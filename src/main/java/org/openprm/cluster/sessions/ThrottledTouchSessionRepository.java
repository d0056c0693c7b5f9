package org.openprm.cluster.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * A session store that records a session's last access only when it is at least the touch interval newer than
 * the stored one. Spring Session marks a session changed on every request just to move its last access, so
 * every page opened wrote the session row and committed. With the interval, a page that changes nothing in
 * the session writes nothing, and an idle session still expires within one interval of its timeout.
 */
final class ThrottledTouchSessionRepository<S extends Session>
		implements FindByIndexNameSessionRepository<ThrottledTouchSessionRepository.ThrottledTouchSession<S>> {

	private final FindByIndexNameSessionRepository<S> sessions;

	private final Duration touchInterval;

	private ThrottledTouchSessionRepository(FindByIndexNameSessionRepository<S> sessions, Duration touchInterval) {
		this.sessions = sessions;
		this.touchInterval = touchInterval;
	}

	static <S extends Session> ThrottledTouchSessionRepository<S> wrap(FindByIndexNameSessionRepository<S> sessions,
			Duration touchInterval) {
		return new ThrottledTouchSessionRepository<>(sessions, touchInterval);
	}

	@Override
	public ThrottledTouchSession<S> createSession() {
		return new ThrottledTouchSession<>(sessions.createSession(), touchInterval);
	}

	@Override
	public void save(ThrottledTouchSession<S> session) {
		sessions.save(session.stored);
	}

	@Override
	public @Nullable ThrottledTouchSession<S> findById(String id) {
		S stored = sessions.findById(id);
		return stored == null ? null : new ThrottledTouchSession<>(stored, touchInterval);
	}

	@Override
	public void deleteById(String id) {
		sessions.deleteById(id);
	}

	@Override
	public Map<String, ThrottledTouchSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
		Map<String, ThrottledTouchSession<S>> found = new LinkedHashMap<>();
		sessions.findByIndexNameAndIndexValue(indexName, indexValue)
			.forEach((id, stored) -> found.put(id, new ThrottledTouchSession<>(stored, touchInterval)));
		return found;
	}

	/** A stored session whose last access moves only in steps of at least the touch interval. */
	static final class ThrottledTouchSession<S extends Session> implements Session {

		private final S stored;

		private final Duration touchInterval;

		ThrottledTouchSession(S stored, Duration touchInterval) {
			this.stored = stored;
			this.touchInterval = touchInterval;
		}

		@Override
		public void setLastAccessedTime(Instant lastAccessedTime) {
			if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(touchInterval))) {
				stored.setLastAccessedTime(lastAccessedTime);
			}
		}

		@Override
		public Instant getLastAccessedTime() {
			return stored.getLastAccessedTime();
		}

		@Override
		public String getId() {
			return stored.getId();
		}

		@Override
		public String changeSessionId() {
			return stored.changeSessionId();
		}

		@Override
		public <T> @Nullable T getAttribute(String attributeName) {
			return stored.getAttribute(attributeName);
		}

		@Override
		public Set<String> getAttributeNames() {
			return stored.getAttributeNames();
		}

		@Override
		public void setAttribute(String attributeName, Object attributeValue) {
			stored.setAttribute(attributeName, attributeValue);
		}

		@Override
		public void removeAttribute(String attributeName) {
			stored.removeAttribute(attributeName);
		}

		@Override
		public Instant getCreationTime() {
			return stored.getCreationTime();
		}

		@Override
		public void setMaxInactiveInterval(Duration interval) {
			stored.setMaxInactiveInterval(interval);
		}

		@Override
		public Duration getMaxInactiveInterval() {
			return stored.getMaxInactiveInterval();
		}

		@Override
		public boolean isExpired() {
			return stored.isExpired();
		}
	}
}

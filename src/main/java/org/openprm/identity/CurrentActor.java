package org.openprm.identity;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.openprm.identity.domain.UserRepository;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Resolves the actor of the current request (once per request) and its visibility scope.
 */
@Component
public class CurrentActor {

	private static final String ACTOR_ATTRIBUTE = CurrentActor.class.getName() + ".actor";

	private static final String SCOPE_ATTRIBUTE = CurrentActor.class.getName() + ".scope";

	private final UserRepository users;

	private final PartnerHierarchy hierarchy;

	CurrentActor(UserRepository users, PartnerHierarchy hierarchy) {
		this.users = users;
		this.hierarchy = hierarchy;
	}

	/** The signed-in actor; fails when nobody is signed in, so no query ever runs unscoped by accident. */
	public Actor get() {
		return find().orElseThrow(() -> new IllegalStateException("No signed-in actor for this request"));
	}

	public Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof Actor actor) {
			return Optional.of(actor);
		}
		SignedInUser user = signedIn(authentication.getPrincipal());
		if (user == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(cached(ACTOR_ATTRIBUTE, () -> users.findById(user.userId())
			.filter(u -> u.status() == UserStatus.ACTIVE)
			.map(u -> u.toActor())
			.orElse(null)));
	}

	/**
	 * Keeps the actor an API token was resolved to for the rest of the request: the user was read fresh a moment
	 * ago, so reading it again for the first scoped query would only repeat the same query.
	 */
	void rememberForRequest(Actor actor) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ACTOR_ATTRIBUTE, actor, RequestAttributes.SCOPE_REQUEST);
		}
	}

	private static SignedInUser signedIn(Object principal) {
		if (principal instanceof SignedInUser user) {
			return user;
		}
		if (principal instanceof org.openprm.identity.security.PrmUserDetails details) {
			return details.signedInUser();
		}
		return null;
	}

	public VisibilityScope scope() {
		Actor actor = get();
		if (actor.isVendor()) {
			return VisibilityScope.everything();
		}
		return cached(SCOPE_ATTRIBUTE, () -> scopeOf(actor));
	}

	private VisibilityScope scopeOf(Actor actor) {
		Set<UUID> readable = new HashSet<>();
		readable.add(actor.partnerId());
		readable.addAll(hierarchy.resellersOf(actor.partnerId()));
		return new VisibilityScope(false, actor.partnerId(), Set.copyOf(readable));
	}

	/** Runs a start-up or scheduled task as the system actor, which sees everything. */
	public static <T> T runAsSystem(Supplier<T> task) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new UsernamePasswordAuthenticationToken(Actor.SYSTEM, null,
				AuthorityUtils.createAuthorityList(Role.VENDOR_ADMIN.authority())));
		SecurityContextHolder.setContext(context);
		try {
			return task.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T cached(String name, Supplier<T> loader) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return loader.get();
		}
		Object value = request.getAttribute(name, RequestAttributes.SCOPE_REQUEST);
		if (value == null) {
			value = loader.get();
			if (value != null) {
				request.setAttribute(name, value, RequestAttributes.SCOPE_REQUEST);
			}
		}
		return (T) value;
	}
}

package org.openprm.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiPredicate;

import org.openprm.identity.domain.ApiToken;
import org.openprm.identity.domain.ApiTokenRepository;
import org.openprm.identity.domain.Secrets;
import org.openprm.identity.domain.User;
import org.openprm.identity.domain.UserRepository;
import org.openprm.shared.Conflict;
import org.openprm.shared.FieldChange;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.PageResult;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the identity module: people and their logins, invitations, API tokens, preferences.
 */
@Service
@Transactional
public class IdentityManagement {

	private static final String USER = "User";

	private final UserRepository users;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwords;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final IdentitySettings settings;

	IdentityManagement(UserRepository users, ApiTokenRepository tokens, PasswordEncoder passwords,
			Visibility visibility, CurrentActor actors, ApplicationEventPublisher events, IdentitySettings settings) {
		this.users = users;
		this.tokens = tokens;
		this.passwords = passwords;
		this.visibility = visibility;
		this.actors = actors;
		this.events = events;
		this.settings = settings;
	}

	/** Invites a person to a partner organisation. Partner admins invite to their own; vendor staff to any. */
	public UserSummary invite(UUID partnerId, String email, String displayName, Role role, JobRole jobRole) {
		requireUserAdministration(partnerId);
		if (role.isVendor()) {
			throw InvalidInput.of("role", "must be a partner role", "role.partner");
		}
		return inviteUser(partnerId, email, displayName, role, jobRole);
	}

	/** Invites a colleague to the vendor team; only vendor admins may. */
	public UserSummary inviteVendorStaff(String email, String displayName, Role role) {
		visibility.requireVendor(USER, "vendor-staff");
		if (!actors.get().isVendorAdmin()) {
			throw visibility.refuse(USER, "vendor-staff", "invite vendor staff");
		}
		if (!role.isVendor()) {
			throw InvalidInput.of("role", "must be a vendor role", "role.vendor");
		}
		return inviteUser(null, email, displayName, role, null);
	}

	private UserSummary inviteUser(UUID partnerId, String email, String displayName, Role role, JobRole jobRole) {
		String normalised = User.normalise(email);
		if (users.findByEmail(normalised).isPresent()) {
			throw InvalidInput.of("email", "is already registered", "email.taken");
		}
		User user = users.save(User.invite(normalised, displayName, role, jobRole, partnerId));
		events.publishEvent(new UserInvited(user.id(), partnerId, user.email(), role));
		return summary(user);
	}

	/** Creates an active login with a password (first admin, demo data). */
	public UserSummary createActiveUser(String email, String displayName, Role role, JobRole jobRole, UUID partnerId,
			String password) {
		User user = users.save(User.active(email, displayName, role, jobRole, partnerId, passwords.encode(password)));
		events.publishEvent(new UserAccountChanged(user.id(), partnerId, "created",
				Map.of("email", new FieldChange(null, user.email()), "role", new FieldChange(null, role.name()))));
		return summary(user);
	}

	public boolean anyVendorAdmin() {
		return users.existsByRole(Role.VENDOR_ADMIN);
	}

	public boolean anyUser() {
		return users.count() > 0;
	}

	@Transactional(readOnly = true)
	public PageResult<UserSummary> usersOf(UUID partnerId, Pageable pageable) {
		if (!visibility.scope().canRead(partnerId)) {
			throw RecordNotFound.of("Partner", partnerId);
		}
		return PageResult.of(users.findByPartnerId(partnerId, pageable), IdentityManagement::summary);
	}

	@Transactional(readOnly = true)
	public PageResult<UserSummary> vendorStaff(Pageable pageable) {
		visibility.requireVendor(USER, "vendor-staff");
		return PageResult.of(users.findByPartnerIdIsNull(pageable), IdentityManagement::summary);
	}

	@Transactional(readOnly = true)
	public UserSummary staffMember(UUID userId) {
		visibility.requireVendor(USER, userId);
		UserSummary user = user(userId);
		if (user.partnerId() != null) {
			throw RecordNotFound.of(USER, userId);
		}
		return user;
	}

	@Transactional(readOnly = true)
	public UserSummary user(UUID userId) {
		return summary(readableUser(userId));
	}

	@Transactional(readOnly = true)
	public long countUsersOf(UUID partnerId) {
		return visibility.scope().canRead(partnerId) ? users.countByPartnerId(partnerId) : 0;
	}

	@Transactional(readOnly = true)
	public long countActivePartnerUsers() {
		visibility.requireVendor(USER, "count");
		return users.countActivePartnerUsers();
	}

	public UserSummary deactivate(UUID userId) {
		User user = administrableUser(userId);
		if (user.id().equals(actors.get().userId())) {
			throw new Conflict("You cannot deactivate yourself.");
		}
		user.deactivate();
		tokens.findByUserIdOrderByCreatedAtDesc(userId).stream().filter(t -> t.revokedAt() == null).forEach(ApiToken::revoke);
		events.publishEvent(new UserAccountChanged(userId, user.partnerId(), "deactivated",
				Map.of("status", new FieldChange("active", "deactivated"))));
		return summary(user);
	}

	public UserSummary reactivate(UUID userId) {
		User user = administrableUser(userId);
		user.reactivate();
		events.publishEvent(new UserAccountChanged(userId, user.partnerId(), "reactivated",
				Map.of("status", new FieldChange("deactivated", user.status().name().toLowerCase(Locale.ROOT)))));
		return summary(user);
	}

	/**
	 * Issues a fresh invitation link for an invited user; an earlier link stops working. Commits on its
	 * own, so that the link works by the time the e-mail carrying it arrives.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public String issueInvitationLink(UUID userId) {
		User user = users.findById(userId).orElseThrow(() -> RecordNotFound.of(USER, userId));
		String secret = Secrets.newSecret("inv_");
		user.issueInvitation(Secrets.hash(secret), Instant.now().plus(settings.invitationValidity()));
		return secret;
	}

	public void resendInvitation(UUID userId) {
		User user = administrableUser(userId);
		if (user.status() != UserStatus.INVITED) {
			throw new Conflict("Only invited users can get a new invitation.");
		}
		events.publishEvent(new UserInvited(user.id(), user.partnerId(), user.email(), user.role()));
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> pendingInvitation(String secret) {
		return userWithLink(secret, User::invitationValidAt).map(IdentityManagement::summary);
	}

	public UserSummary acceptInvitation(String secret, String password) {
		User user = userWithLink(secret, User::invitationValidAt)
			.orElseThrow(() -> RecordNotFound.of("Invitation", "link"));
		user.acceptInvitation(passwords.encode(password));
		events.publishEvent(new UserAccountChanged(user.id(), user.partnerId(), "activated",
				Map.of("status", new FieldChange("invited", "active"))));
		return summary(user);
	}

	/**
	 * Starts a password reset for an active user; says nothing about whether the address exists, and
	 * sends at most one mail a minute per user.
	 */
	public void requestPasswordReset(String email) {
		Instant now = Instant.now();
		users.findByEmail(User.normalise(email))
			.filter(u -> u.status() == UserStatus.ACTIVE)
			.filter(u -> !u.linkIssuedWithin(Duration.ofMinutes(1), settings.passwordResetValidity(), now))
			.ifPresent(u -> {
				// Reserves the link slot (and the one-a-minute limit) until the mailer issues the link it sends.
				u.issuePasswordReset(Secrets.hash(Secrets.newSecret("pwr_")), now.plus(settings.passwordResetValidity()));
				events.publishEvent(new PasswordResetRequested(u.id(), u.partnerId(), u.email()));
			});
	}

	/** Issues a fresh reset link for the mail; an earlier link stops working. Commits on its own, like invitations. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public String issuePasswordResetLink(UUID userId) {
		User user = users.findById(userId).orElseThrow(() -> RecordNotFound.of(USER, userId));
		String secret = Secrets.newSecret("pwr_");
		user.issuePasswordReset(Secrets.hash(secret), Instant.now().plus(settings.passwordResetValidity()));
		return secret;
	}

	@Transactional(readOnly = true)
	public Optional<UserSummary> pendingPasswordReset(String secret) {
		return userWithLink(secret, User::passwordResetValidAt).map(IdentityManagement::summary);
	}

	public UserSummary resetPassword(String secret, String password) {
		User user = userWithLink(secret, User::passwordResetValidAt)
			.orElseThrow(() -> RecordNotFound.of("PasswordReset", "link"));
		user.resetPassword(passwords.encode(password));
		events.publishEvent(new UserAccountChanged(user.id(), user.partnerId(), "password-reset",
				Map.of("password", new FieldChange(null, "changed"))));
		return summary(user);
	}

	/** Records a failed login; returns true when this failure locked the account. */
	public boolean recordFailedLogin(String email) {
		return users.findByEmail(User.normalise(email)).map(user -> {
			boolean locked = user.recordFailedLogin(settings.maxFailedLogins(), settings.lockout(), Instant.now());
			if (locked) {
				events.publishEvent(new UserAccountChanged(user.id(), user.partnerId(), "locked-out",
						Map.of("lockedFor", new FieldChange(null, settings.lockout().toString()))));
			}
			return locked;
		}).orElse(false);
	}

	public void recordSuccessfulLogin(UUID userId) {
		users.findById(userId).ifPresent(User::recordSuccessfulLogin);
	}

	public IssuedToken issueToken(UUID userId, String name, Duration validity) {
		User user = users.findById(userId).orElseThrow(() -> RecordNotFound.of(USER, userId));
		Duration effective = validity == null ? settings.tokenValidity() : validity;
		if (effective.compareTo(Duration.ofDays(366)) > 0 || effective.isNegative() || effective.isZero()) {
			throw InvalidInput.of("expiresInDays", "must be between 1 and 366", "token.validity");
		}
		String secret = Secrets.newSecret("prm_");
		ApiToken token = tokens.save(new ApiToken(user.id(), name, Secrets.hash(secret), secret.substring(0, 10),
				Instant.now().plus(effective)));
		events.publishEvent(new ApiTokenChanged(token.id(), user.id(), user.partnerId(), "issued", name));
		return new IssuedToken(secret, summary(token));
	}

	@Transactional(readOnly = true)
	public List<TokenSummary> myTokens() {
		return tokens.findByUserIdOrderByCreatedAtDesc(actors.get().userId()).stream().map(IdentityManagement::summary).toList();
	}

	@Transactional(readOnly = true)
	public TokenSummary myToken(UUID tokenId) {
		return tokens.findById(tokenId)
			.filter(t -> t.userId().equals(actors.get().userId()))
			.map(IdentityManagement::summary)
			.orElseThrow(() -> RecordNotFound.of("ApiToken", tokenId));
	}

	public TokenSummary revokeMyToken(UUID tokenId) {
		Actor actor = actors.get();
		ApiToken token = tokens.findById(tokenId)
			.filter(t -> t.userId().equals(actor.userId()))
			.orElseThrow(() -> RecordNotFound.of("ApiToken", tokenId));
		token.revoke();
		events.publishEvent(new ApiTokenChanged(token.id(), actor.userId(), actor.partnerId(), "revoked", token.name()));
		return summary(token);
	}

	/** The user behind a presented API token, if the token is valid; records its use. */
	public Optional<SignedInUser> authenticateToken(String secret) {
		Instant now = Instant.now();
		return tokens.findByTokenHash(Secrets.hash(secret))
			.filter(t -> t.usableAt(now))
			.flatMap(t -> {
				Instant staleBefore = now.minusSeconds(60);
				// A token in steady use was stamped less than a minute ago: no write on every API call.
				if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(staleBefore)) {
					tokens.recordUse(t.id(), now, staleBefore);
				}
				return users.findById(t.userId());
			})
			.filter(u -> u.status() == UserStatus.ACTIVE)
			.map(u -> {
				actors.rememberForRequest(u.toActor());
				return new SignedInUser(u.id(), u.email());
			});
	}

	public void changeMyLocale(Locale locale) {
		Actor actor = actors.get();
		User user = users.findById(actor.userId()).orElseThrow(() -> RecordNotFound.of(USER, actor.userId()));
		String before = user.locale().getLanguage();
		user.changeLocale(locale);
		events.publishEvent(new UserAccountChanged(user.id(), user.partnerId(), "settings-changed",
				Map.of("locale", new FieldChange(before, locale.getLanguage()))));
	}

	/** The user a one-time link (invitation or reset) belongs to, while that kind of link is still valid. */
	private Optional<User> userWithLink(String secret, BiPredicate<User, Instant> validAt) {
		Instant now = Instant.now();
		return users.findByInvitationHash(Secrets.hash(secret)).filter(user -> validAt.test(user, now));
	}

	private User readableUser(UUID userId) {
		User user = users.findById(userId).orElseThrow(() -> RecordNotFound.of(USER, userId));
		if (user.partnerId() == null) {
			visibility.requireVendor(USER, userId);
			return user;
		}
		return visibility.readable(USER, userId, Optional.of(user), User::partnerId);
	}

	private User administrableUser(UUID userId) {
		User user = readableUser(userId);
		if (user.partnerId() == null) {
			if (!actors.get().isVendorAdmin()) {
				throw visibility.refuse(USER, userId, "manage vendor staff");
			}
			return user;
		}
		requireUserAdministration(user.partnerId());
		return user;
	}

	private void requireUserAdministration(UUID partnerId) {
		visibility.requireWrite("Partner", partnerId, partnerId);
		if (actors.get().role() == Role.PARTNER_USER) {
			throw visibility.refuse("Partner", partnerId, "manage users");
		}
	}

	static UserSummary summary(User user) {
		return new UserSummary(user.id(), user.email(), user.displayName(), user.role(), user.jobRole(),
				user.partnerId(), user.status(), user.createdAt());
	}

	private static TokenSummary summary(ApiToken token) {
		return new TokenSummary(token.id(), token.name(), token.tokenPrefix(), token.createdAt(), token.expiresAt(),
				token.lastUsedAt(), token.revokedAt());
	}
}

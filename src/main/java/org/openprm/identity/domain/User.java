package org.openprm.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprm.identity.Actor;
import org.openprm.identity.JobRole;
import org.openprm.identity.Role;
import org.openprm.identity.UserStatus;
import org.openprm.shared.IllegalTransition;

/**
 * A login: vendor staff (no partner) or a person at a partner organisation.
 */
@Entity
@Table(name = "users")
public class User {

	@Id
	private UUID id;

	private String email;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	@Enumerated(EnumType.STRING)
	private JobRole jobRole;

	private UUID partnerId;

	@Enumerated(EnumType.STRING)
	private UserStatus status;

	private String locale;

	private int failedLogins;

	private Instant lockedUntil;

	private String invitationHash;

	private Instant invitationExpiresAt;

	private Instant createdAt;

	@Version
	@Column(name = "version")
	// A wrapper type: null marks a new aggregate, so that saving it inserts instead of merging.
	private Long version;

	protected User() {
	}

	private User(String email, String displayName, Role role, JobRole jobRole, UUID partnerId) {
		if (role.isVendor() != (partnerId == null)) {
			throw new IllegalArgumentException("Vendor roles have no partner; partner roles need one");
		}
		this.id = UUID.randomUUID();
		this.email = normalise(email);
		this.displayName = displayName;
		this.role = role;
		this.jobRole = jobRole;
		this.partnerId = partnerId;
		this.status = UserStatus.INVITED;
		this.locale = "en";
		this.createdAt = Instant.now();
	}

	public static User invite(String email, String displayName, Role role, JobRole jobRole, UUID partnerId) {
		return new User(email, displayName, role, jobRole, partnerId);
	}

	public static User active(String email, String displayName, Role role, JobRole jobRole, UUID partnerId,
			String passwordHash) {
		User user = new User(email, displayName, role, jobRole, partnerId);
		user.passwordHash = passwordHash;
		user.status = UserStatus.ACTIVE;
		return user;
	}

	public static String normalise(String email) {
		return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
	}

	public void issueInvitation(String hash, Instant expiresAt) {
		if (status != UserStatus.INVITED) {
			throw new IllegalTransition("User", status, "invited");
		}
		this.invitationHash = hash;
		this.invitationExpiresAt = expiresAt;
	}

	public boolean invitationValidAt(Instant now) {
		return status == UserStatus.INVITED && invitationExpiresAt != null && now.isBefore(invitationExpiresAt);
	}

	public void acceptInvitation(String passwordHash) {
		if (status != UserStatus.INVITED) {
			throw new IllegalTransition("User", status, UserStatus.ACTIVE);
		}
		this.passwordHash = passwordHash;
		this.status = UserStatus.ACTIVE;
		this.invitationHash = null;
		this.invitationExpiresAt = null;
	}

	/**
	 * A password-reset link for an active user. It uses the same one-link slot as invitations, so a
	 * new link always replaces the previous one.
	 */
	public void issuePasswordReset(String hash, Instant expiresAt) {
		if (status != UserStatus.ACTIVE) {
			throw new IllegalTransition("User", status, "password reset");
		}
		this.invitationHash = hash;
		this.invitationExpiresAt = expiresAt;
	}

	public boolean passwordResetValidAt(Instant now) {
		return status == UserStatus.ACTIVE && invitationExpiresAt != null && now.isBefore(invitationExpiresAt);
	}

	/** True while a link issued less than {@code quietPeriod} ago is still pending: no second mail yet. */
	public boolean linkIssuedWithin(Duration quietPeriod, Duration validity, Instant now) {
		return invitationExpiresAt != null && invitationExpiresAt.minus(validity).isAfter(now.minus(quietPeriod));
	}

	public void resetPassword(String newPasswordHash) {
		if (status != UserStatus.ACTIVE) {
			throw new IllegalTransition("User", status, "password reset");
		}
		this.passwordHash = newPasswordHash;
		this.invitationHash = null;
		this.invitationExpiresAt = null;
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	public void deactivate() {
		if (status == UserStatus.DEACTIVATED) {
			throw new IllegalTransition("User", status, UserStatus.DEACTIVATED);
		}
		this.status = UserStatus.DEACTIVATED;
		this.invitationHash = null;
		this.invitationExpiresAt = null;
	}

	public void reactivate() {
		if (status != UserStatus.DEACTIVATED) {
			throw new IllegalTransition("User", status, UserStatus.ACTIVE);
		}
		this.status = passwordHash == null ? UserStatus.INVITED : UserStatus.ACTIVE;
	}

	/** Counts a failed login; after {@code maxFailures} in a row the account locks for {@code lockout}. */
	public boolean recordFailedLogin(int maxFailures, Duration lockout, Instant now) {
		failedLogins++;
		if (failedLogins >= maxFailures) {
			lockedUntil = now.plus(lockout);
			failedLogins = 0;
			return true;
		}
		return false;
	}

	public void recordSuccessfulLogin() {
		failedLogins = 0;
		lockedUntil = null;
	}

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	public void changeLocale(Locale newLocale) {
		this.locale = newLocale.getLanguage();
	}

	public void rename(String newDisplayName, JobRole newJobRole) {
		this.displayName = newDisplayName;
		this.jobRole = newJobRole;
	}

	public Actor toActor() {
		return new Actor(id, email, displayName, role, partnerId, Locale.forLanguageTag(locale));
	}

	public UUID id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public Role role() {
		return role;
	}

	public JobRole jobRole() {
		return jobRole;
	}

	public UUID partnerId() {
		return partnerId;
	}

	public UserStatus status() {
		return status;
	}

	public Locale locale() {
		return Locale.forLanguageTag(locale);
	}

	public Instant createdAt() {
		return createdAt;
	}
}

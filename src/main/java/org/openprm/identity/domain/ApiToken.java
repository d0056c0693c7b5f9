package org.openprm.identity.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprm.shared.IllegalTransition;

/**
 * A personal access token for the API. Only a SHA-256 hash of the secret is kept.
 */
@Entity
@Table(name = "api_tokens")
public class ApiToken {

	@Id
	private UUID id;

	private UUID userId;

	private String name;

	private String tokenHash;

	private String tokenPrefix;

	private Instant createdAt;

	private Instant expiresAt;

	private Instant lastUsedAt;

	private Instant revokedAt;

	@Version
	// A wrapper type: null marks a new aggregate, so that saving it inserts instead of merging.
	private Long version;

	protected ApiToken() {
	}

	public ApiToken(UUID userId, String name, String tokenHash, String tokenPrefix, Instant expiresAt) {
		this.id = UUID.randomUUID();
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.tokenPrefix = tokenPrefix;
		this.createdAt = Instant.now();
		this.expiresAt = expiresAt;
	}

	public boolean usableAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	public void revoke() {
		if (revokedAt != null) {
			throw new IllegalTransition("Token", "revoked", "revoked");
		}
		revokedAt = Instant.now();
	}

	public UUID id() {
		return id;
	}

	public UUID userId() {
		return userId;
	}

	public String name() {
		return name;
	}

	public String tokenPrefix() {
		return tokenPrefix;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant expiresAt() {
		return expiresAt;
	}

	public Instant lastUsedAt() {
		return lastUsedAt;
	}

	public Instant revokedAt() {
		return revokedAt;
	}
}

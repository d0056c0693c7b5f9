package org.openprm.identity.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface ApiTokenRepository extends JpaRepository<ApiToken, UUID> {

	Optional<ApiToken> findByTokenHash(String tokenHash);

	List<ApiToken> findByUserIdOrderByCreatedAtDesc(UUID userId);

	/**
	 * Remembers a token's last use to the minute, without the version check: parallel requests with
	 * one token would otherwise fail each other with an optimistic locking error.
	 */
	@Modifying
	@Query("UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :staleBefore)")
	int recordUse(UUID id, Instant now, Instant staleBefore);
}

package org.openprm.notifications.domain;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, UUID> {

	Page<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(UUID recipientId, Pageable pageable);

	Page<Notification> findByRecipientIdAndReadAtIsNullOrderByCreatedAtDescIdDesc(UUID recipientId, Pageable pageable);

	long countByRecipientIdAndReadAtIsNull(UUID recipientId);

	@Modifying
	@Query("update Notification n set n.readAt = :at where n.recipientId = :recipientId and n.readAt is null")
	int markAllRead(UUID recipientId, Instant at);
}

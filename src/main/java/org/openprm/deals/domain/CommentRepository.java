package org.openprm.deals.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CommentRepository extends JpaRepository<CommentRecord, UUID> {

	List<CommentRecord> findByRegistrationIdOrderByCreatedAtAscIdAsc(UUID registrationId);
}

package org.openprm.deals.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineRepository extends JpaRepository<TimelineRecord, UUID> {

	List<TimelineRecord> findByRegistrationIdOrderByAtAscIdAsc(UUID registrationId);
}

package org.openprm.recruitment.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LifecycleRepository extends JpaRepository<LifecycleRecord, UUID> {

	List<LifecycleRecord> findByPartnerIdOrderByOccurredAtAscIdAsc(UUID partnerId);

	List<LifecycleRecord> findByPartnerIdIsNotNull();

	List<LifecycleRecord> findByApplicationIdAndPartnerIdIsNullOrderByOccurredAtAscIdAsc(UUID applicationId);
}

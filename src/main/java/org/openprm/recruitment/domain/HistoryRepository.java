package org.openprm.recruitment.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface HistoryRepository extends JpaRepository<HistoryRecord, UUID> {

	List<HistoryRecord> findByApplicationIdOrderByOccurredAtAscIdAsc(UUID applicationId);
}

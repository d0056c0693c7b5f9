package org.openprm.audit.domain;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/**
 * Insert and read only: there is deliberately no delete or update here.
 */
public interface AuditEntryRepository extends Repository<AuditEntry, UUID>, JpaSpecificationExecutor<AuditEntry> {

	AuditEntry save(AuditEntry entry);
}

package org.openprm.leads.domain;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LeadCapacityRepository extends JpaRepository<LeadCapacity, UUID> {
}

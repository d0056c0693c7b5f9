package org.openprm.partners.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CustomAttributeDefinitionRepository extends JpaRepository<CustomAttributeDefinition, UUID> {

	List<CustomAttributeDefinition> findAllByOrderByLabel();

	boolean existsByKey(String key);
}

package org.openprm.programs.domain.agreements;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementTemplateRepository extends JpaRepository<AgreementTemplate, UUID> {

	List<AgreementTemplate> findAllByOrderByKindAscCreatedAtAsc();

	boolean existsByGatesAccessTrue();
}

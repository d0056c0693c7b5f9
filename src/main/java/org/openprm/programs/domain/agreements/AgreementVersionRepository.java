package org.openprm.programs.domain.agreements;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementVersionRepository extends JpaRepository<AgreementVersion, UUID> {

	List<AgreementVersion> findByTemplateIdOrderByNumberDesc(UUID templateId);

	Optional<AgreementVersion> findFirstByTemplateIdOrderByNumberDesc(UUID templateId);
}

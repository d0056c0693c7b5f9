package org.openprm.partners.domain;

import java.util.List;
import java.util.UUID;

import org.openprm.partners.PartnerType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<Partner, UUID>, JpaSpecificationExecutor<Partner> {

	@Query("select p.id from Partner p where p.parentId = :distributorId")
	List<UUID> findIdsByParentId(UUID distributorId);

	@Query("select p.name from Partner p where p.id = :id")
	String findNameById(UUID id);

	List<Partner> findByTypeOrderByName(PartnerType type);
}

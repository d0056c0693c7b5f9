package org.openprm.partners.domain;

import java.util.List;
import java.util.UUID;

import org.openprm.partners.PartnerType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface PartnerRepository extends JpaRepository<Partner, UUID>, JpaSpecificationExecutor<Partner> {

	/** Partners per status and type, in one pass over the (status, type) index. */
	@Query("select p.status, p.type, count(p) from Partner p group by p.status, p.type")
	List<Object[]> countByStatusAndType();

	@Query("select p.id from Partner p where p.parentId = :distributorId")
	List<UUID> findIdsByParentId(UUID distributorId);

	@Query("select p.name from Partner p where p.id = :id")
	String findNameById(UUID id);

	List<Partner> findByTypeOrderByName(PartnerType type);
}

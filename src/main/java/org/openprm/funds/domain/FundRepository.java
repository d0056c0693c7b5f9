package org.openprm.funds.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FundRepository extends JpaRepository<Fund, UUID> {

	@Query("SELECT f FROM Fund f ORDER BY f.periodEnd, f.name")
	List<Fund> listed();

	@Query("SELECT f FROM Fund f WHERE f.partnerId IN :partners OR f.partnerId IS NULL ORDER BY f.periodEnd, f.name")
	List<Fund> ofPartnersOrShared(Collection<UUID> partners);

	@Query("SELECT f FROM Fund f WHERE f.expired = false AND f.periodEnd <= :until ORDER BY f.periodEnd")
	List<Fund> endingBy(LocalDate until);

	@Query("SELECT f FROM Fund f WHERE f.accrualPercent IS NOT NULL AND f.expired = false "
			+ "AND f.periodStart <= :day AND f.periodEnd >= :day")
	List<Fund> accruingOn(LocalDate day);
}

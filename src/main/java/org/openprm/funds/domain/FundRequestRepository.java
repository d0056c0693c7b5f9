package org.openprm.funds.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.openprm.funds.FundRequestStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FundRequestRepository extends JpaRepository<FundRequest, UUID> {

	@Query("SELECT r FROM FundRequest r ORDER BY r.submittedAt DESC")
	List<FundRequest> listed();

	@Query("SELECT r FROM FundRequest r WHERE r.partnerId IN :partners ORDER BY r.submittedAt DESC")
	List<FundRequest> ofPartners(Collection<UUID> partners);

	List<FundRequest> findByFundIdAndStatus(UUID fundId, FundRequestStatus status);

	@Query("SELECT r FROM FundRequest r WHERE r.status = org.openprm.funds.FundRequestStatus.APPROVED AND r.claimDeadline < :today")
	List<FundRequest> pastClaimDeadline(LocalDate today);
}

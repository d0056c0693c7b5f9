package org.openprm.funds.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.openprm.funds.ClaimStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FundClaimRepository extends JpaRepository<FundClaim, UUID> {

	@Query("SELECT c FROM FundClaim c ORDER BY c.submittedAt DESC")
	List<FundClaim> listed();

	@Query("SELECT c FROM FundClaim c WHERE c.partnerId IN :partners ORDER BY c.submittedAt DESC")
	List<FundClaim> ofPartners(Collection<UUID> partners);

	List<FundClaim> findByRequestId(UUID requestId);

	boolean existsByPartnerIdAndInvoiceKeyAndIdNot(UUID partnerId, String invoiceKey, UUID id);

	List<FundClaim> findByStatusOrderByDecidedAt(ClaimStatus status);
}

package org.openprm.funds;

import java.math.BigDecimal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fund rules a vendor configures: from which amount (in the fund's currency) a second approver is
 * needed, how many days after an activity ends it may be claimed, and the limits for proof files.
 */
@Component
public class FundSettings {

	private final BigDecimal secondApprovalThreshold;

	private final int claimDays;

	private final long proofMaxBytes;

	private final int proofMaxFiles;

	FundSettings(@Value("${prm.funds.second-approval-threshold:15000}") BigDecimal secondApprovalThreshold,
			@Value("${prm.funds.claim-days:60}") int claimDays,
			@Value("${prm.funds.proof.max-bytes:10485760}") long proofMaxBytes,
			@Value("${prm.funds.proof.max-files:10}") int proofMaxFiles) {
		this.secondApprovalThreshold = secondApprovalThreshold;
		this.claimDays = claimDays;
		this.proofMaxBytes = proofMaxBytes;
		this.proofMaxFiles = proofMaxFiles;
	}

	public BigDecimal secondApprovalThreshold() {
		return secondApprovalThreshold;
	}

	public int claimDays() {
		return claimDays;
	}

	public long proofMaxBytes() {
		return proofMaxBytes;
	}

	public int proofMaxFiles() {
		return proofMaxFiles;
	}
}

package org.openprm.programs;

/**
 * Where a partner stands in its tier: meets it; meets it but barely (or a figure expires or a new
 * requirement starts soon, or it fails and is within the grace period); meets a higher tier; or failed
 * its tier for longer than the grace period.
 */
public enum ComplianceStatus {
	COMPLIANT, AT_RISK, QUALIFIES_FOR_UPGRADE, DOWNGRADE_DUE
}

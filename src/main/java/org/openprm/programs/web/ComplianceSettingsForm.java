package org.openprm.programs.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.openprm.programs.TierRequirements;

/**
 * The portal form for how a programme handles compliance.
 */
public class ComplianceSettingsForm {

	private boolean approvalRequired;

	@NotNull
	@Min(0)
	@Max(730)
	private Integer graceDays;

	@NotNull
	@Min(0)
	@Max(100)
	private Integer atRiskPercent;

	static ComplianceSettingsForm of(TierRequirements.ComplianceSettings settings) {
		ComplianceSettingsForm form = new ComplianceSettingsForm();
		form.approvalRequired = settings.approvalRequired();
		form.graceDays = settings.graceDays();
		form.atRiskPercent = settings.atRiskPercent();
		return form;
	}

	TierRequirements.ComplianceSettings toSettings() {
		return new TierRequirements.ComplianceSettings(approvalRequired, graceDays, atRiskPercent);
	}

	public boolean isApprovalRequired() {
		return approvalRequired;
	}

	public void setApprovalRequired(boolean approvalRequired) {
		this.approvalRequired = approvalRequired;
	}

	public Integer getGraceDays() {
		return graceDays;
	}

	public void setGraceDays(Integer graceDays) {
		this.graceDays = graceDays;
	}

	public Integer getAtRiskPercent() {
		return atRiskPercent;
	}

	public void setAtRiskPercent(Integer atRiskPercent) {
		this.atRiskPercent = atRiskPercent;
	}
}

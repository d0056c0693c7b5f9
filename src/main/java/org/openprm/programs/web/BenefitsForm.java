package org.openprm.programs.web;

import java.math.BigDecimal;
import java.util.Arrays;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.programs.Benefits;

/**
 * The benefits part of the tier terms form; content keys are entered comma-separated.
 */
public class BenefitsForm {

	@NotNull
	@DecimalMin("0")
	@DecimalMax("100")
	private BigDecimal discountPercent = BigDecimal.ZERO;

	@NotNull
	@DecimalMin("0")
	@DecimalMax("100")
	private BigDecimal mdfAccrualPercent = BigDecimal.ZERO;

	@NotNull
	@Min(0)
	private Integer dealProtectionDays = 0;

	@NotNull
	@Min(0)
	private Integer leadPriorityWeight = 0;

	@Size(max = 2000)
	private String contentKeys;

	static BenefitsForm of(Benefits b) {
		BenefitsForm form = new BenefitsForm();
		form.discountPercent = RequirementRow.plain(b.discountPercent());
		form.mdfAccrualPercent = RequirementRow.plain(b.mdfAccrualPercent());
		form.dealProtectionDays = b.dealProtectionDays();
		form.leadPriorityWeight = b.leadPriorityWeight();
		form.contentKeys = String.join(", ", b.contentKeys());
		return form;
	}

	Benefits toBenefits() {
		return new Benefits(discountPercent, mdfAccrualPercent, dealProtectionDays, leadPriorityWeight,
				contentKeys == null ? java.util.List.of() : Arrays.stream(contentKeys.split(",")).map(String::trim)
					.filter(k -> !k.isEmpty()).toList());
	}

	public BigDecimal getDiscountPercent() {
		return discountPercent;
	}

	public void setDiscountPercent(BigDecimal discountPercent) {
		this.discountPercent = discountPercent;
	}

	public BigDecimal getMdfAccrualPercent() {
		return mdfAccrualPercent;
	}

	public void setMdfAccrualPercent(BigDecimal mdfAccrualPercent) {
		this.mdfAccrualPercent = mdfAccrualPercent;
	}

	public Integer getDealProtectionDays() {
		return dealProtectionDays;
	}

	public void setDealProtectionDays(Integer dealProtectionDays) {
		this.dealProtectionDays = dealProtectionDays;
	}

	public Integer getLeadPriorityWeight() {
		return leadPriorityWeight;
	}

	public void setLeadPriorityWeight(Integer leadPriorityWeight) {
		this.leadPriorityWeight = leadPriorityWeight;
	}

	public String getContentKeys() {
		return contentKeys;
	}

	public void setContentKeys(String contentKeys) {
		this.contentKeys = contentKeys;
	}
}

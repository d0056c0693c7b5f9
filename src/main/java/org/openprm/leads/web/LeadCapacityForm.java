package org.openprm.leads.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A partner's capacity for open leads as entered on its capacity page; only vendor staff send a maximum.
 */
public class LeadCapacityForm {

	@NotNull
	@Min(0)
	@Max(100000)
	private Integer capacity;

	@Min(0)
	@Max(100000)
	private Integer maximum;

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public Integer getMaximum() {
		return maximum;
	}

	public void setMaximum(Integer maximum) {
		this.maximum = maximum;
	}
}

package org.openprm.deals.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.deals.DealChanges;
import org.openprm.deals.DealStage;
import org.openprm.deals.DealView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The two-way update both sides make for the life of a deal. {@code version} is the one the page was
 * shown with: a change made meanwhile by someone else refuses the update instead of being overwritten.
 */
public class DealUpdateForm {

	@NotNull
	private DealStage stage;

	@NotNull
	private BigDecimal amount;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expectedCloseDate;

	@Size(max = 4000)
	private String description;

	private Long version;

	static DealUpdateForm of(DealView deal) {
		DealUpdateForm form = new DealUpdateForm();
		form.stage = deal.stage();
		form.amount = deal.amount();
		form.expectedCloseDate = deal.expectedCloseDate();
		form.description = deal.description();
		form.version = deal.version();
		return form;
	}

	/** Unchanged values are passed on too: the facade records only what differs. */
	DealChanges toChanges() {
		return new DealChanges(stage, amount, null, expectedCloseDate, description == null ? "" : description, null, null);
	}

	public DealStage getStage() {
		return stage;
	}

	public void setStage(DealStage stage) {
		this.stage = stage;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public LocalDate getExpectedCloseDate() {
		return expectedCloseDate;
	}

	public void setExpectedCloseDate(LocalDate expectedCloseDate) {
		this.expectedCloseDate = expectedCloseDate;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}
}

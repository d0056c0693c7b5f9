package org.openprm.funds.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;

/** A partner's fund request form; field names follow the facade's field errors. */
public class RequestForm {

	private UUID fundId;

	private UUID partnerId;

	private String activityType;

	private String theme;

	private String title;

	private String description;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate startsOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate endsOn;

	private BigDecimal requestedAmount;

	private String currency;

	private Integer costSharePercent = 50;

	private Integer expectedLeads;

	private BigDecimal expectedPipeline;

	private String campaignCode;

	public UUID getFundId() {
		return fundId;
	}

	public void setFundId(UUID fundId) {
		this.fundId = fundId;
	}

	public UUID getPartnerId() {
		return partnerId;
	}

	public void setPartnerId(UUID partnerId) {
		this.partnerId = partnerId;
	}

	public String getActivityType() {
		return activityType;
	}

	public void setActivityType(String activityType) {
		this.activityType = activityType;
	}

	public String getTheme() {
		return theme;
	}

	public void setTheme(String theme) {
		this.theme = theme;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getStartsOn() {
		return startsOn;
	}

	public void setStartsOn(LocalDate startsOn) {
		this.startsOn = startsOn;
	}

	public LocalDate getEndsOn() {
		return endsOn;
	}

	public void setEndsOn(LocalDate endsOn) {
		this.endsOn = endsOn;
	}

	public BigDecimal getRequestedAmount() {
		return requestedAmount;
	}

	public void setRequestedAmount(BigDecimal requestedAmount) {
		this.requestedAmount = requestedAmount;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public Integer getCostSharePercent() {
		return costSharePercent;
	}

	public void setCostSharePercent(Integer costSharePercent) {
		this.costSharePercent = costSharePercent;
	}

	public Integer getExpectedLeads() {
		return expectedLeads;
	}

	public void setExpectedLeads(Integer expectedLeads) {
		this.expectedLeads = expectedLeads;
	}

	public BigDecimal getExpectedPipeline() {
		return expectedPipeline;
	}

	public void setExpectedPipeline(BigDecimal expectedPipeline) {
		this.expectedPipeline = expectedPipeline;
	}

	public String getCampaignCode() {
		return campaignCode;
	}

	public void setCampaignCode(String campaignCode) {
		this.campaignCode = campaignCode;
	}

}

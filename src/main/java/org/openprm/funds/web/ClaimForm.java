package org.openprm.funds.web;

import java.math.BigDecimal;


/** The claim form of an approved request; the proof files come as the multipart part files. */
public class ClaimForm {

	private BigDecimal amount;

	private String invoiceNumber;

	private Integer leadsGenerated;

	private String campaignCode;

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getInvoiceNumber() {
		return invoiceNumber;
	}

	public void setInvoiceNumber(String invoiceNumber) {
		this.invoiceNumber = invoiceNumber;
	}

	public Integer getLeadsGenerated() {
		return leadsGenerated;
	}

	public void setLeadsGenerated(Integer leadsGenerated) {
		this.leadsGenerated = leadsGenerated;
	}

	public String getCampaignCode() {
		return campaignCode;
	}

	public void setCampaignCode(String campaignCode) {
		this.campaignCode = campaignCode;
	}


	/**
	 * The files travel as multipart parts, not through this form; the read-only property only lets file
	 * errors be shown next to the file input.
	 */
	public String getFiles() {
		return null;
	}
}

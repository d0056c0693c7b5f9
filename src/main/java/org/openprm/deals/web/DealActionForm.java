package org.openprm.deals.web;

import java.util.UUID;

import org.openprm.deals.CreditRole;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * What the small action forms of a deal page send: a question, an answer, a reason, days, a partner
 * and its role on the deal. Each action
 * reads the fields it needs; the facade says which are missing.
 */
public class DealActionForm {

	@Size(max = 4000)
	private String question;

	@Size(max = 4000)
	private String answer;

	@Size(max = 1000)
	private String reason;

	@Min(1)
	@Max(3650)
	private Integer protectionDays;

	@Min(1)
	@Max(3650)
	private Integer days;

	@Size(max = 4000)
	private String body;

	private UUID creditPartnerId;

	private CreditRole creditRole = CreditRole.FULFILLING;

	public String getQuestion() {
		return question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

	public String getAnswer() {
		return answer;
	}

	public void setAnswer(String answer) {
		this.answer = answer;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Integer getProtectionDays() {
		return protectionDays;
	}

	public void setProtectionDays(Integer protectionDays) {
		this.protectionDays = protectionDays;
	}

	public Integer getDays() {
		return days;
	}

	public void setDays(Integer days) {
		this.days = days;
	}

	public UUID getCreditPartnerId() {
		return creditPartnerId;
	}

	public void setCreditPartnerId(UUID creditPartnerId) {
		this.creditPartnerId = creditPartnerId;
	}

	public CreditRole getCreditRole() {
		return creditRole;
	}

	public void setCreditRole(CreditRole creditRole) {
		this.creditRole = creditRole;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}
}

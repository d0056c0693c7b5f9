package org.openprm.recruitment.web;

import java.util.UUID;

/**
 * The reviewer's action forms on the review page: approval with programme and tier, rejection reason, question.
 */
public class ReviewActionForm {

	private UUID programmeId;
	private UUID tierId;
	private String reason;
	private String question;

	public UUID getProgrammeId() { return programmeId; }
	public void setProgrammeId(UUID programmeId) { this.programmeId = programmeId; }
	public UUID getTierId() { return tierId; }
	public void setTierId(UUID tierId) { this.tierId = tierId; }
	public String getReason() { return reason; }
	public void setReason(String reason) { this.reason = reason; }
	public String getQuestion() { return question; }
	public void setQuestion(String question) { this.question = question; }
}

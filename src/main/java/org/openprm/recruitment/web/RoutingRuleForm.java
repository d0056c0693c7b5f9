package org.openprm.recruitment.web;

import java.util.UUID;

import org.openprm.partners.PartnerType;
import org.openprm.recruitment.RoutingRuleDraft;
import org.openprm.recruitment.RoutingRuleView;

/**
 * The routing rule editor's form.
 */
public class RoutingRuleForm {

	private String name;
	private Integer priority = 100;
	private String country;
	private String region;
	private PartnerType partnerType;
	private UUID programmeId;
	private UUID assigneeId;
	private String queue;

	static RoutingRuleForm of(RoutingRuleView rule) {
		RoutingRuleForm form = new RoutingRuleForm();
		form.name = rule.name();
		form.priority = rule.priority();
		form.country = rule.country();
		form.region = rule.region();
		form.partnerType = rule.partnerType();
		form.programmeId = rule.programmeId();
		form.assigneeId = rule.assigneeId();
		form.queue = rule.queue();
		return form;
	}

	RoutingRuleDraft toDraft() {
		return new RoutingRuleDraft(name, priority == null ? -1 : priority, country, region, partnerType, programmeId,
				assigneeId, queue);
	}

	public String getName() { return name; }
	public void setName(String name) { this.name = name; }
	public Integer getPriority() { return priority; }
	public void setPriority(Integer priority) { this.priority = priority; }
	public String getCountry() { return country; }
	public void setCountry(String country) { this.country = country; }
	public String getRegion() { return region; }
	public void setRegion(String region) { this.region = region; }
	public PartnerType getPartnerType() { return partnerType; }
	public void setPartnerType(PartnerType partnerType) { this.partnerType = partnerType; }
	public UUID getProgrammeId() { return programmeId; }
	public void setProgrammeId(UUID programmeId) { this.programmeId = programmeId; }
	public UUID getAssigneeId() { return assigneeId; }
	public void setAssigneeId(UUID assigneeId) { this.assigneeId = assigneeId; }
	public String getQueue() { return queue; }
	public void setQueue(String queue) { this.queue = queue; }
}

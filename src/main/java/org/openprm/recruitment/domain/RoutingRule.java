package org.openprm.recruitment.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.openprm.partners.PartnerType;
import org.openprm.recruitment.RoutingRuleDraft;
import org.openprm.shared.FieldChange;

/**
 * One approval routing rule: criteria an application must all meet (empty ones match anything) and
 * the channel manager or queue that reviews the applications it matches.
 */
@Entity
@Table(name = "application_routing_rules")
public class RoutingRule {

	@Id
	private UUID id;

	private int priority;

	private String name;

	private String country;

	private String region;

	@Enumerated(EnumType.STRING)
	private PartnerType partnerType;

	private UUID programmeId;

	private UUID assigneeId;

	private String queue;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private Long version;

	protected RoutingRule() {
	}

	public RoutingRule(Instant now) {
		this.id = UUID.randomUUID();
		this.createdAt = now;
		this.updatedAt = now;
		this.name = "";
	}

	/** Takes the (already checked) draft; answers what changed. */
	public FieldChange.Diff edit(RoutingRuleDraft draft, Instant now) {
		FieldChange.Diff diff = new FieldChange.Diff().field("name", name, draft.name())
			.field("priority", priority, draft.priority()).field("country", country, draft.country())
			.field("region", region, draft.region()).field("partnerType", partnerType, draft.partnerType())
			.field("programmeId", programmeId, draft.programmeId()).field("assigneeId", assigneeId, draft.assigneeId())
			.field("queue", queue, draft.queue());
		this.name = draft.name();
		this.priority = draft.priority();
		this.country = draft.country();
		this.region = draft.region();
		this.partnerType = draft.partnerType();
		this.programmeId = draft.programmeId();
		this.assigneeId = draft.assigneeId();
		this.queue = draft.queue();
		this.updatedAt = now;
		return diff;
	}

	public UUID id() { return id; }
	public int priority() { return priority; }
	public String name() { return name; }
	public String country() { return country; }
	public String region() { return region; }
	public PartnerType partnerType() { return partnerType; }
	public UUID programmeId() { return programmeId; }
	public UUID assigneeId() { return assigneeId; }
	public String queue() { return queue; }
	public Instant createdAt() { return createdAt; }
	public long version() { return version == null ? 0 : version; }
}

package org.openprm.leads;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.leads.domain.Lead;
import org.openprm.leads.domain.LeadDetails;
import org.openprm.leads.domain.LeadRepository;
import org.openprm.partners.PartnerManagement;
import org.openprm.shared.RecordNotFound;
import org.springframework.stereotype.Component;

/**
 * Loads leads through the caller's visibility (a lead belongs to the partner it is assigned to; an
 * unassigned lead only vendor staff see) and turns them into views.
 */
@Component
class LeadRecords {

	static final String TYPE = "Lead";

	private final LeadRepository leads;

	private final Visibility visibility;

	private final PartnerManagement partners;

	LeadRecords(LeadRepository leads, Visibility visibility, PartnerManagement partners) {
		this.leads = leads;
		this.visibility = visibility;
		this.partners = partners;
	}

	Lead readable(UUID id) {
		return visibility.readable(TYPE, id, leads.findById(id), Lead::assignedPartnerId);
	}

	Lead writable(UUID id) {
		return visibility.writable(TYPE, id, leads.findById(id), Lead::assignedPartnerId);
	}

	/** For vendor-only actions: a partner gets 404, as if the lead did not exist. */
	Lead vendorOnly(UUID id) {
		Lead lead = leads.findById(id).orElseThrow(() -> RecordNotFound.of(TYPE, id));
		visibility.requireVendor(TYPE, id);
		return lead;
	}

	LeadView view(Lead lead) {
		return view(lead, new HashMap<>());
	}

	LeadView view(Lead lead, Map<UUID, String> names) {
		LeadDetails d = lead.details();
		boolean vendor = visibility.scope().vendor();
		return new LeadView(lead.id(), d.company(), d.contactName(), d.email(), d.phone(), d.country(), d.region(),
				d.postalCode(), d.latitude(), d.longitude(), d.productInterest(), d.source(), d.companySize(),
				d.estimatedValue(), d.currency(), lead.programId(), lead.score(), lead.grade(), lead.highValue(),
				lead.supportOffer(), lead.status(), lead.statusReason(), vendor ? lead.duplicateOf() : null,
				vendor ? lead.linkedRegistrationId() : null, lead.assignedPartnerId(),
				partnerName(lead.assignedPartnerId(), names), lead.offeredAt(), lead.acceptDueAt(), lead.acceptedAt(),
				lead.dealRegistrationId(), lead.createdAt(), lead.version());
	}

	String partnerName(UUID partnerId, Map<UUID, String> names) {
		if (partnerId == null || !visibility.scope().canRead(partnerId)) {
			return null;
		}
		return names.computeIfAbsent(partnerId, id -> CurrentActor.runAsSystem(() -> partners.partner(id).name()));
	}
}

package org.openprm.deals;

import java.util.UUID;

import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerType;
import org.openprm.partners.PartnerView;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.RecordNotFound;
import org.springframework.stereotype.Component;

/**
 * Two-tier rules for whom a deal is registered: a partner registers for itself and through its own
 * distributor; a distributor also on behalf of its resellers; vendor staff on behalf of any partner.
 * A partner named outside the caller's scope answers 404 exactly like one that does not exist.
 */
@Component
class DealOwners {

	record Owner(UUID partnerId, UUID distributorId) {
	}

	private final PartnerManagement partners;

	private final CurrentActor actors;

	private final DealSettings settings;

	DealOwners(PartnerManagement partners, CurrentActor actors, DealSettings settings) {
		this.partners = partners;
		this.actors = actors;
		this.settings = settings;
	}

	Owner resolve(UUID partnerId, UUID distributorId) {
		Actor actor = actors.get();
		if (actor.isVendor()) {
			if (partnerId == null) {
				throw InvalidInput.of("partnerId", "is required when vendor staff register on a partner's behalf",
						"required");
			}
			return checked(partners.partner(partnerId), distributorId);
		}
		PartnerView own = partners.partner(actor.partnerId());
		if (partnerId != null && !partnerId.equals(own.id())) {
			// partner(...) answers 404 for anyone outside the scope, which for a partner is its own resellers.
			PartnerView reseller = partners.partner(partnerId);
			if (!own.id().equals(reseller.parentId()) || (distributorId != null && !distributorId.equals(own.id()))) {
				throw RecordNotFound.of("Partner", partnerId);
			}
			return new Owner(reseller.id(), own.id());
		}
		return checked(own, distributorId);
	}

	/** The distributor must be the partner's own one when it has one; else any distributor. */
	private Owner checked(PartnerView partner, UUID distributorId) {
		UUID distributor = distributorId == null ? partner.parentId() : distributorId;
		if (distributor != null && partner.parentId() != null && !distributor.equals(partner.parentId())) {
			throw RecordNotFound.of("Partner", distributorId);
		}
		if (distributor != null && partner.parentId() == null) {
			if (!actors.get().isVendor()) {
				throw RecordNotFound.of("Partner", distributorId);
			}
			if (partners.partner(distributor).type() != PartnerType.DISTRIBUTOR) {
				throw InvalidInput.of("distributorId", "must be a distributor", "parent.notDistributor");
			}
		}
		if (distributor == null && settings.distributorRequired() && partner.type() == PartnerType.RESELLER) {
			throw InvalidInput.of("distributorId", "a reseller registers deals through a distributor", "deal.distributorRequired");
		}
		return new Owner(partner.id(), distributor);
	}

	void requireExisting(UUID partnerId, String field) {
		if (partnerId == null) {
			throw InvalidInput.of(field, "is required", "required");
		}
		try {
			partners.partner(partnerId);
		}
		catch (RecordNotFound missing) {
			throw InvalidInput.of(field, "is not a known partner", "deal.unknownPartner");
		}
	}

	/** The partner's name, if the caller may see it. */
	String name(UUID partnerId) {
		// Checked first: a refusal inside the partners module would mark the whole transaction for rollback.
		return actors.scope().canRead(partnerId) ? partners.partner(partnerId).name() : null;
	}
}

package org.openprm.deals.web;

import java.util.List;
import java.util.UUID;

import org.openprm.deals.CreditRole;
import org.openprm.deals.DealSettings;
import org.openprm.deals.DealStage;
import org.openprm.deals.DealStatus;
import org.openprm.deals.DealView;
import org.openprm.deals.ProductCatalogue;
import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerType;
import org.openprm.partners.PartnerView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices the deal pages offer, by who is asking: vendor staff register for any partner through
 * any distributor, a distributor for itself or one of its resellers; everyone picks products of the
 * catalogue, stages and the accepted currencies. Lists come through the caller's scope.
 */
@Component
class DealChoices {

	/** The partners offered in a choice; the directory is the place for more. */
	private static final int PARTNERS = 200;

	private final PartnerManagement partners;

	private final ProductCatalogue catalogue;

	private final DealSettings settings;

	private final CurrentActor actors;

	DealChoices(PartnerManagement partners, ProductCatalogue catalogue, DealSettings settings, CurrentActor actors) {
		this.partners = partners;
		this.catalogue = catalogue;
		this.settings = settings;
		this.actors = actors;
	}

	void forList(Model model) {
		model.addAttribute("stages", DealStage.values());
		model.addAttribute("statuses", DealStatus.values());
		model.addAttribute("partnerChoices", actors.get().isVendor() ? allPartners() : List.of());
	}

	void forForm(Model model) {
		Actor actor = actors.get();
		model.addAttribute("stages", DealStage.values());
		model.addAttribute("currencies", settings.currencies());
		model.addAttribute("products", catalogue.products(0, PARTNERS).items());
		if (actor.isVendor()) {
			model.addAttribute("partnerChoices", allPartners());
			model.addAttribute("distributorChoices", partners.distributors());
			return;
		}
		PartnerView own = partners.partner(actor.partnerId());
		model.addAttribute("ownPartner", own);
		model.addAttribute("partnerChoices", own.type() == PartnerType.DISTRIBUTOR ? resellersOf(own) : List.of());
		model.addAttribute("distributorChoices", List.of());
	}

	/**
	 * The partners on a deal with their roles, by name, as the deal's view holds them for the caller
	 * (a partner's view lists only the organisations in its scope); vendor staff may add any partner.
	 */
	void forCredits(DealView deal, Model model) {
		model.addAttribute("credits", deal.credits().stream()
			.map(c -> new CreditLine(c.partnerId(), partners.partner(c.partnerId()).name(), c.role()))
			.toList());
		model.addAttribute("creditPartnerChoices", actors.get().isVendor() ? allPartners() : List.of());
		model.addAttribute("creditRoles", List.of(CreditRole.FULFILLING, CreditRole.INFLUENCING));
	}

	record CreditLine(UUID partnerId, String partnerName, CreditRole role) {
	}

	private List<PartnerView> allPartners() {
		return partners.search(new PartnerCriteria(null, null, null, null, null, null),
				PageRequest.of(0, PARTNERS, Sort.by("nameKey"))).items();
	}

	private List<PartnerView> resellersOf(PartnerView distributor) {
		return partners.search(new PartnerCriteria(null, null, null, null, null, distributor.id()),
				PageRequest.of(0, PARTNERS, Sort.by("nameKey"))).items();
	}
}

package org.openprm.recruitment.onboarding;

import java.util.UUID;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.IdentityManagement;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerView;
import org.openprm.programs.AgreementManagement;
import org.springframework.stereotype.Component;

/**
 * What already holds for a partner, asked of the modules that own the facts (as the system actor: these
 * checks run from event listeners and enrolment, not for a person).
 */
@Component
public class OnboardingFacts {

	private final PartnerManagement partners;

	private final IdentityManagement identity;

	private final AgreementManagement agreements;

	OnboardingFacts(PartnerManagement partners, IdentityManagement identity, AgreementManagement agreements) {
		this.partners = partners;
		this.identity = identity;
		this.agreements = agreements;
	}

	/** A profile is complete when it has a legal name, a country, a web domain and a location. */
	public boolean profileComplete(UUID partnerId) {
		PartnerView partner = CurrentActor.runAsSystem(() -> partners.partner(partnerId));
		return present(partner.legalName()) && present(partner.country()) && !partner.domains().isEmpty()
				&& !partner.addresses().isEmpty();
	}

	/** The organisation has more than one person: someone invited a colleague. */
	public boolean hasColleagues(UUID partnerId) {
		return CurrentActor.runAsSystem(() -> identity.countUsersOf(partnerId)) >= 2;
	}

	/** Every agreement the partner needs is accepted in its current version (and there is at least one). */
	public boolean agreementsAccepted(UUID partnerId) {
		var needed = CurrentActor.runAsSystem(() -> agreements.agreements(partnerId));
		return !needed.isEmpty() && needed.stream().noneMatch(a -> a.pending());
	}

	public String partnerName(UUID partnerId) {
		return CurrentActor.runAsSystem(() -> partners.partner(partnerId).name());
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}
}

package org.openprm.programs.agreements;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerView;
import org.openprm.programs.AgreementScope;
import org.openprm.programs.ProgramManagement;
import org.openprm.programs.domain.agreements.AgreementText;
import org.openprm.programs.domain.agreements.TemplateSelection.PartnerFacts;
import org.springframework.stereotype.Component;

/**
 * What the agreements need to know about a partner: its profile (read within the caller's scope, so a
 * partner outside it answers 404) and the programmes it belongs to.
 */
@Component
public class AgreementPartners {

	private final PartnerManagement partners;

	private final ProgramManagement programs;

	AgreementPartners(PartnerManagement partners, ProgramManagement programs) {
		this.partners = partners;
		this.programs = programs;
	}

	/** A partner as the agreements see it: name, facts for template selection, programme memberships. */
	public record Partner(PartnerView view, List<Membership> memberships) {

		public PartnerFacts facts() {
			Set<UUID> programIds = Set.copyOf(memberships.stream().map(Membership::programId).toList());
			return new PartnerFacts(programIds, view.type() == null ? null : view.type().name(), view.country());
		}

		/** The placeholder values for a template of this scope: its programme's membership, else the first. */
		public AgreementText.Values values(AgreementScope scope, LocalDate effectiveDate, LocalDate today) {
			Membership membership = memberships.stream()
				.filter(m -> scope.programId() == null || m.programId().equals(scope.programId())).findFirst()
				.orElse(null);
			return new AgreementText.Values(view.name(), membership == null ? null : membership.programName(),
					membership == null ? null : membership.tierName(), effectiveDate, today);
		}
	}

	/** A programme the partner is enrolled in, with its tier. */
	public record Membership(UUID programId, String programName, String tierName) {
	}

	public Partner partner(UUID partnerId) {
		return new Partner(partners.partner(partnerId), memberships(partnerId));
	}

	private List<Membership> memberships(UUID partnerId) {
		return programs.memberships(partnerId).stream()
			.map(m -> new Membership(m.programId(), m.programName(), m.tierName())).toList();
	}
}

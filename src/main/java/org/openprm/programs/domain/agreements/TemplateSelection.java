package org.openprm.programs.domain.agreements;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.openprm.programs.AgreementScope;

/**
 * Decides which templates a partner needs: of each kind, the most specific template whose scope matches
 * the partner (its programmes, its type, its country, which may be one of a region's); on a tie the newer template wins.
 */
public final class TemplateSelection {

	private TemplateSelection() {
	}

	/** The facts about a partner that a template's scope is compared with. */
	public record PartnerFacts(Set<UUID> programIds, String partnerType, String country) {
	}

	public static boolean applies(AgreementScope scope, PartnerFacts partner) {
		return (scope.programId() == null || partner.programIds().contains(scope.programId()))
				&& (scope.partnerType() == null || scope.partnerType().equalsIgnoreCase(String.valueOf(partner.partnerType())))
				&& (scope.country() == null || java.util.Arrays.asList(scope.country().split(","))
					.contains(String.valueOf(partner.country()).toUpperCase(java.util.Locale.ROOT)));
	}

	public static List<AgreementTemplate> select(Collection<AgreementTemplate> templates, PartnerFacts partner) {
		Comparator<AgreementTemplate> moreSpecificFirst = Comparator
			.comparingInt((AgreementTemplate t) -> t.scope().specificity()).reversed()
			.thenComparing(AgreementTemplate::createdAt, Comparator.reverseOrder());
		Map<String, AgreementTemplate> winners = new LinkedHashMap<>();
		templates.stream().filter(t -> applies(t.scope(), partner)).sorted(moreSpecificFirst)
			.forEach(t -> winners.putIfAbsent(t.kind(), t));
		return List.copyOf(winners.values());
	}
}

package org.openprm.programs;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openprm.partners.AttributeDefinition;
import org.openprm.partners.PartnerManagement;
import org.openprm.programs.domain.segments.SegmentRules;
import org.springframework.stereotype.Component;

/**
 * What a segment rule may refer to right now: the programmes and tiers that exist and the custom
 * attributes defined for partners.
 */
@Component
class SegmentVocabulary {

	private final ProgramManagement programs;

	private final PartnerManagement partners;

	SegmentVocabulary(ProgramManagement programs, PartnerManagement partners) {
		this.programs = programs;
		this.partners = partners;
	}

	SegmentRules.Vocabulary current() {
		Set<UUID> programIds = programs.programs().stream().map(ProgramView::id).collect(Collectors.toSet());
		Set<UUID> tierIds = programs.programs().stream().flatMap(p -> p.tiers().stream()).map(TierView::id)
			.collect(Collectors.toSet());
		Map<String, AttributeDefinition> attributes = partners.attributeDefinitions().stream()
			.collect(Collectors.toMap(AttributeDefinition::key, Function.identity()));
		return new SegmentRules.Vocabulary(programIds, tierIds,
				attributes.values().stream().collect(Collectors.toMap(AttributeDefinition::key, AttributeDefinition::type)));
	}
}

package org.openprm.programs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Merges the figures of every {@link RequirementSource} (later sources win for the same metric and
 * qualifier) and, when a requirement asks for them, the partners' custom attribute values.
 */
@Component
class PartnerFigureSources {

	private static final int PAGE = 1000;

	private final List<RequirementSource> sources;

	private final PartnerManagement partners;

	PartnerFigureSources(List<RequirementSource> sources, PartnerManagement partners) {
		this.sources = sources;
		this.partners = partners;
	}

	Map<UUID, List<Figure>> figures(Collection<UUID> partnerIds, Map<UUID, Map<String, String>> attributes) {
		Map<UUID, Map<String, Figure>> merged = new HashMap<>();
		for (RequirementSource source : sources) {
			source.figures(partnerIds).forEach((partner, figures) -> figures.forEach(f -> merged
				.computeIfAbsent(partner, p -> new LinkedHashMap<>()).put(f.metric() + "/" + f.qualifier().toLowerCase(), f)));
		}
		if (attributes != null) {
			for (UUID partner : partnerIds) {
				attributes.getOrDefault(partner, Map.of()).forEach((key, value) -> merged
					.computeIfAbsent(partner, p -> new LinkedHashMap<>())
					.putIfAbsent(Metric.CUSTOM_ATTRIBUTE + "/" + key.toLowerCase(),
							new Figure(Metric.CUSTOM_ATTRIBUTE, key, null, value, null, null)));
			}
		}
		Map<UUID, List<Figure>> result = new HashMap<>();
		merged.forEach((partner, figures) -> result.put(partner, new ArrayList<>(figures.values())));
		return result;
	}

	/** Every partner's custom attribute values, read page by page through the partners module. */
	Map<UUID, Map<String, String>> allAttributes() {
		Map<UUID, Map<String, String>> all = new HashMap<>();
		for (int page = 0;; page++) {
			List<PartnerView> items = partners.search(PartnerCriteria.none(), PageRequest.of(page, PAGE, Sort.by("id")))
				.items();
			items.forEach(p -> all.put(p.id(), p.attributes()));
			if (items.size() < PAGE) {
				return all;
			}
		}
	}

	Map<UUID, Map<String, String>> attributesOf(UUID partnerId) {
		return Map.of(partnerId, partners.partner(partnerId).attributes());
	}
}

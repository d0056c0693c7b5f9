package org.openprm.programs;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Supplies partners' figures for tier requirements. Figures come from imports today; the learning and
 * incentives modules (and a deal-count listener) will add sources as Spring beans. When two sources
 * supply the same metric and qualifier for a partner, the one registered later wins.
 */
public interface RequirementSource {

	/** The figures of these partners, by partner; partners without figures may be missing from the map. */
	Map<UUID, List<Figure>> figures(Collection<UUID> partnerIds);
}

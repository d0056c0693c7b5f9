package org.openprm.recruitment.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.programs.ProgramView;

/**
 * Names of programmes and tiers by id, for pages that show the ids an application or rule keeps.
 */
final class ProgrammeNames {

	private ProgrammeNames() {
	}

	static Map<UUID, String> of(List<ProgramView> programmes) {
		Map<UUID, String> names = new HashMap<>();
		for (ProgramView programme : programmes) {
			names.put(programme.id(), programme.name());
			programme.tiers().forEach(tier -> names.put(tier.id(), programme.name() + ": " + tier.name()));
		}
		return names;
	}
}

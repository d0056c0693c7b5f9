package org.openprm.programs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.programs.domain.CompliancePolicy;
import org.openprm.programs.domain.RequirementStore;
import org.openprm.programs.domain.TierRules;

/**
 * Everything an evaluation needs to know about the programmes, read once per run: tiers with their
 * requirements, names, settings and the policy of each programme.
 */
record ComplianceCatalogue(Map<UUID, List<TierRules>> tiersByProgram, Map<UUID, ProgramView> programs,
		Map<UUID, RequirementStore.Settings> settings, boolean usesAttributes) {

	static final int WARNING_DAYS = 30;

	static ComplianceCatalogue of(List<ProgramView> programs, Map<UUID, List<Requirement>> requirements,
			Map<UUID, RequirementStore.Settings> settings) {
		Map<UUID, List<TierRules>> tiers = new HashMap<>();
		Map<UUID, ProgramView> byId = new HashMap<>();
		for (ProgramView program : programs) {
			byId.put(program.id(), program);
			List<TierRules> rules = new ArrayList<>();
			program.tiers().forEach(t -> rules.add(new TierRules(t.id(), t.name(), t.rank(),
					requirements.getOrDefault(t.id(), List.of()))));
			tiers.put(program.id(), rules);
		}
		boolean attributes = requirements.values().stream().flatMap(List::stream)
			.anyMatch(r -> r.metric() == Metric.CUSTOM_ATTRIBUTE);
		return new ComplianceCatalogue(tiers, byId, settings, attributes);
	}

	CompliancePolicy policy(UUID programId) {
		RequirementStore.Settings s = settings.get(programId);
		return new CompliancePolicy(s == null ? 90 : s.graceDays(), s == null ? 10 : s.atRiskPercent(), WARNING_DAYS);
	}

	boolean approvalRequired(UUID programId) {
		RequirementStore.Settings s = settings.get(programId);
		return s != null && s.approvalRequired();
	}

	String tierName(UUID programId, UUID tierId) {
		return programs.get(programId).tier(tierId).map(TierView::name).orElse("?");
	}
}

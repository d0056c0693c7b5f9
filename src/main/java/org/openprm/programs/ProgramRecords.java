package org.openprm.programs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.openprm.programs.domain.Program;
import org.openprm.programs.domain.ProgramMembership;
import org.openprm.programs.domain.ProgramRepository;
import org.openprm.programs.domain.ProgramTier;
import org.openprm.programs.domain.TierRepository;
import org.openprm.shared.RecordNotFound;
import org.springframework.stereotype.Component;

/**
 * What the programme facades share: programmes with their tiers as views, loaded in two queries.
 */
@Component
class ProgramRecords {

	static final String PROGRAM = "Program";

	static final String TIER = "ProgramTier";

	private final ProgramRepository programs;

	private final TierRepository tiers;

	ProgramRecords(ProgramRepository programs, TierRepository tiers) {
		this.programs = programs;
		this.tiers = tiers;
	}

	Program program(UUID id) {
		return programs.findById(id).orElseThrow(() -> RecordNotFound.of(PROGRAM, id));
	}

	ProgramView view(Program program) {
		return views(List.of(program)).get(0);
	}

	List<ProgramView> views(Collection<Program> list) {
		Map<UUID, List<TierView>> byProgram = new LinkedHashMap<>();
		list.forEach(p -> byProgram.put(p.id(), new ArrayList<>()));
		if (!list.isEmpty()) {
			tiers.findByProgramIdInOrderByRankAsc(byProgram.keySet())
				.forEach(t -> byProgram.get(t.programId()).add(view(t)));
		}
		return list.stream().map(p -> new ProgramView(p.id(), p.key(), p.name(), p.description(), p.active(),
				List.copyOf(byProgram.get(p.id())))).toList();
	}

	static TierView view(ProgramTier tier) {
		return new TierView(tier.id(), tier.programId(), tier.key(), tier.name(), tier.rank());
	}

	/** Memberships with their programme's and tier's names, reading each programme once. */
	List<MembershipView> memberships(List<ProgramMembership> list) {
		Map<UUID, ProgramView> byId = new LinkedHashMap<>();
		views(programs.findAllById(list.stream().map(ProgramMembership::programId).distinct().toList()))
			.forEach(p -> byId.put(p.id(), p));
		return list.stream().map(m -> membership(m, byId.get(m.programId())))
			.sorted(java.util.Comparator.comparing(MembershipView::programName)).toList();
	}

	static MembershipView membership(ProgramMembership m, ProgramView program) {
		TierView tier = program.tier(m.tierId()).orElseThrow();
		return new MembershipView(m.partnerId(), m.programId(), program.name(), tier.id(), tier.name(), tier.rank(),
				m.since());
	}
}

package org.openprm.programs;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.openprm.identity.Visibility;
import org.openprm.programs.domain.Program;
import org.openprm.programs.domain.ProgramRepository;
import org.openprm.programs.domain.ProgramTier;
import org.openprm.programs.domain.TierRepository;
import org.openprm.shared.Conflict;
import org.openprm.shared.FieldChange;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor staff design the programmes: create and change programmes and their ranked tiers. Partners
 * never reach these use cases (404, as if the record did not exist).
 */
@Service
@Transactional
public class ProgramCatalogue {

	private final ProgramRepository programs;

	private final TierRepository tiers;

	private final ProgramRecords records;

	private final Visibility visibility;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProgramCatalogue(ProgramRepository programs, TierRepository tiers, ProgramRecords records, Visibility visibility,
			ApplicationEventPublisher events, Clock clock) {
		this.programs = programs;
		this.tiers = tiers;
		this.records = records;
		this.visibility = visibility;
		this.events = events;
		this.clock = clock;
	}

	/** Every programme, active or not, for vendor staff. */
	@Transactional(readOnly = true)
	public List<ProgramView> allPrograms() {
		visibility.requireVendor(ProgramRecords.PROGRAM, "all");
		return records.views(programs.findAllByOrderByNameAsc());
	}

	/** One programme, active or not, for vendor staff; partners get 404. */
	@Transactional(readOnly = true)
	public ProgramView program(UUID programId) {
		visibility.requireVendor(ProgramRecords.PROGRAM, programId);
		return records.view(records.program(programId));
	}

	/** The version of a programme, for forms that guard against lost updates. */
	@Transactional(readOnly = true)
	public long version(UUID programId) {
		visibility.requireVendor(ProgramRecords.PROGRAM, programId);
		return records.program(programId).version();
	}

	public ProgramView define(ProgramDraft draft) {
		visibility.requireVendor(ProgramRecords.PROGRAM, "new");
		String key = ProgramInput.key("key", draft.key());
		if (programs.findByKey(key).isPresent()) {
			throw InvalidInput.of("key", "is already used by another programme", "program.keyTaken");
		}
		Program program = new Program(key, clock.instant());
		FieldChange.Diff diff = program.edit(ProgramInput.name(draft.name()), ProgramInput.text(draft.description()),
				draft.active(), clock.instant());
		programs.saveAndFlush(program);
		events.publishEvent(new ProgramChanged(ProgramRecords.PROGRAM, program.id(), "created",
				diff.field("key", null, key).changes()));
		return records.view(program);
	}

	public ProgramView update(UUID programId, ProgramDraft draft, Long expectedVersion) {
		visibility.requireVendor(ProgramRecords.PROGRAM, programId);
		Program program = records.program(programId);
		if (expectedVersion != null && expectedVersion != program.version()) {
			throw new Conflict("The programme was changed by someone else; reload it and apply your change again.");
		}
		FieldChange.Diff diff = program.edit(ProgramInput.name(draft.name()), ProgramInput.text(draft.description()),
				draft.active(), clock.instant());
		programs.flush();
		if (!diff.isEmpty()) {
			events.publishEvent(new ProgramChanged(ProgramRecords.PROGRAM, programId, "updated", diff.changes()));
		}
		return records.view(program);
	}

	public TierView addTier(UUID programId, TierDraft draft) {
		visibility.requireVendor(ProgramRecords.PROGRAM, programId);
		Program program = records.program(programId);
		String key = ProgramInput.key("key", draft.key());
		List<ProgramTier> existing = tiers.findByProgramIdOrderByRankAsc(program.id());
		if (existing.stream().anyMatch(t -> t.key().equals(key))) {
			throw InvalidInput.of("key", "is already used by another tier of this programme", "tier.keyTaken");
		}
		checkRank(existing, draft.rank(), null);
		ProgramTier tier = new ProgramTier(program.id(), key, clock.instant());
		FieldChange.Diff diff = tier.edit(ProgramInput.name(draft.name()), draft.rank(), clock.instant());
		tiers.saveAndFlush(tier);
		events.publishEvent(new ProgramChanged(ProgramRecords.TIER, tier.id(), "created",
				diff.field("key", null, key).field("programId", null, programId).changes()));
		return ProgramRecords.view(tier);
	}

	public TierView updateTier(UUID programId, UUID tierId, TierDraft draft) {
		visibility.requireVendor(ProgramRecords.TIER, tierId);
		ProgramTier tier = tiers.findById(tierId).filter(t -> t.programId().equals(programId))
			.orElseThrow(() -> RecordNotFound.of(ProgramRecords.TIER, tierId));
		checkRank(tiers.findByProgramIdOrderByRankAsc(programId), draft.rank(), tierId);
		FieldChange.Diff diff = tier.edit(ProgramInput.name(draft.name()), draft.rank(), clock.instant());
		tiers.flush();
		if (!diff.isEmpty()) {
			events.publishEvent(new ProgramChanged(ProgramRecords.TIER, tierId, "updated", diff.changes()));
		}
		return ProgramRecords.view(tier);
	}

	private static void checkRank(List<ProgramTier> existing, int rank, UUID except) {
		if (rank < 1 || rank > 100) {
			throw InvalidInput.of("rank", "must be between 1 and 100", "tier.rank");
		}
		if (existing.stream().anyMatch(t -> t.rank() == rank && !t.id().equals(except))) {
			throw InvalidInput.of("rank", "is already held by another tier of this programme", "tier.rankTaken");
		}
	}
}

package org.openprm.programs;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.partners.PartnerManagement;
import org.openprm.programs.domain.MembershipRepository;
import org.openprm.programs.domain.Program;
import org.openprm.programs.domain.ProgramMembership;
import org.openprm.programs.domain.ProgramRepository;
import org.openprm.programs.domain.TierHistory;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programmes partners can belong to and their enrolment: everyone signed in reads the active
 * programmes; vendor staff enrol partners; a partner's memberships are read through the caller's
 * visibility scope (another partner's answer 404 like a missing partner). A partner can belong to
 * several programmes, with one tier in each.
 */
@Service
@Transactional
public class ProgramManagement {

	private final ProgramRepository programs;

	private final MembershipRepository memberships;

	private final ProgramRecords records;

	private final PartnerManagement partners;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TierHistory history;

	ProgramManagement(ProgramRepository programs, MembershipRepository memberships, ProgramRecords records,
			PartnerManagement partners, Visibility visibility, CurrentActor actors, ApplicationEventPublisher events,
			Clock clock, TierHistory history) {
		this.history = history;
		this.programs = programs;
		this.memberships = memberships;
		this.records = records;
		this.partners = partners;
		this.visibility = visibility;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** The active programmes with their tiers, lowest tier first. */
	@Transactional(readOnly = true)
	public List<ProgramView> programs() {
		return records.views(programs.findByActiveTrueOrderByNameAsc());
	}

	/** What the caller may see: every programme for vendor staff, the active ones for partners. */
	@Transactional(readOnly = true)
	public List<ProgramView> visiblePrograms() {
		return actors.get().isVendor() ? records.views(programs.findAllByOrderByNameAsc()) : programs();
	}

	/** One programme; an inactive one only for vendor staff, else 404 like a missing one. */
	@Transactional(readOnly = true)
	public ProgramView program(UUID programId) {
		Program program = programs.findById(programId).filter(p -> p.active() || actors.get().isVendor())
			.orElseThrow(() -> RecordNotFound.of(ProgramRecords.PROGRAM, programId));
		return records.view(program);
	}

	/**
	 * Enrols a partner in a programme in one of its tiers (vendor staff). A partner already in the
	 * programme keeps its membership, which is answered unchanged.
	 */
	public MembershipView enrol(UUID partnerId, UUID programId, UUID tierId) {
		partners.partner(partnerId);
		if (!actors.get().isVendor()) {
			throw visibility.refuse("ProgramMembership", partnerId, "enrol");
		}
		ProgramView program = programs.findById(requireId("programId", programId)).map(records::view)
			.orElseThrow(() -> InvalidInput.of("programId", "is not a programme", "program.unknown"));
		ProgramMembership existing = memberships.findByPartnerIdAndProgramId(partnerId, programId).orElse(null);
		if (existing != null) {
			return ProgramRecords.membership(existing, program);
		}
		TierView tier = program.tier(requireId("tierId", tierId))
			.orElseThrow(() -> InvalidInput.of("tierId", "is not a tier of this programme", "tier.unknown"));
		// The database keeps microseconds: the answer must equal what a later read gives.
		Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		ProgramMembership membership = memberships.saveAndFlush(new ProgramMembership(partnerId, programId, tier.id(), now));
		history.add(new TierHistory.Entry(partnerId, programId, null, tier.id(), "Enrolled", now, actors.get().email()));
		events.publishEvent(new PartnerEnrolled(partnerId, programId, tier.id(), now));
		return ProgramRecords.membership(membership, program);
	}

	/** The partner's memberships, by programme name; 404 for a partner outside the caller's scope. */
	@Transactional(readOnly = true)
	public List<MembershipView> memberships(UUID partnerId) {
		partners.partner(partnerId);
		return records.memberships(memberships.findByPartnerId(partnerId));
	}

	private static UUID requireId(String field, UUID id) {
		if (id == null) {
			throw InvalidInput.of(field, "is required", "required");
		}
		return id;
	}
}

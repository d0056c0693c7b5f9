package org.openprm.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.openprm.identity.CurrentActor;
import org.openprm.partners.PartnerDraft;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerType;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.RecordNotFound;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The programme catalogue and enrolment through the facade: what everyone reads, what only vendor
 * staff may do, and that a partner holds one tier in each of several programmes.
 */
@RecordApplicationEvents
class ProgramEnrolmentTests extends ApiTestSupport {

	@Autowired
	ProgramManagement programs;

	@Autowired
	ProgramCatalogue catalogue;

	@Autowired
	PartnerManagement partners;

	@Autowired
	ApplicationEvents events;

	@Test
	void listsTheActiveDemoProgrammesWithTheirTiersLowestFirst() {
		List<ProgramView> active = CurrentActor.runAsSystem(programs::programs);

		ProgramView reseller = active.stream().filter(p -> p.key().equals("reseller")).findFirst().orElseThrow();
		assertThat(reseller.tiers()).extracting(TierView::name).containsExactly("Registered", "Silver", "Gold");
		assertThat(reseller.tiers()).extracting(TierView::rank).containsExactly(1, 2, 3);
		assertThat(active).extracting(ProgramView::key).contains("msp", "referral");
	}

	@Test
	void aPartnerBelongsToSeveralProgrammesWithOneTierInEach() {
		UUID partner = newPartner();
		ProgramView first = newProgramme("Alpha");
		ProgramView second = newProgramme("Beta");

		CurrentActor.runAsSystem(() -> programs.enrol(partner, first.id(), first.tiers().get(1).id()));
		CurrentActor.runAsSystem(() -> programs.enrol(partner, second.id(), second.tiers().get(0).id()));

		List<MembershipView> memberships = Acting.as(Acting.partnerAdmin(partner), () -> programs.memberships(partner));
		assertThat(memberships).extracting(MembershipView::programId, MembershipView::tierName, MembershipView::tierRank)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(first.id(), "Silver", 2),
					org.assertj.core.groups.Tuple.tuple(second.id(), "Registered", 1));
	}

	@Test
	void enrollingAMemberAgainAnswersItsMembershipUnchangedAndPublishesOnce() {
		UUID partner = newPartner();
		ProgramView programme = newProgramme("Again");

		MembershipView first = CurrentActor.runAsSystem(
				() -> programs.enrol(partner, programme.id(), programme.tiers().get(0).id()));
		MembershipView again = CurrentActor.runAsSystem(
				() -> programs.enrol(partner, programme.id(), programme.tiers().get(2).id()));

		assertThat(again).isEqualTo(first);
		assertThat(again.tierName()).isEqualTo("Registered");
		assertThat(events.stream(PartnerEnrolled.class).filter(e -> e.partnerId().equals(partner)))
			.singleElement().satisfies(e -> assertThat(e.tierId()).isEqualTo(programme.tiers().get(0).id()));
	}

	@Test
	void partnerStaffCannotEnrolEvenTheirOwnOrganisation() {
		UUID partner = newPartner();
		ProgramView programme = newProgramme("Self");

		assertThatThrownBy(() -> Acting.as(Acting.partnerAdmin(partner),
				() -> programs.enrol(partner, programme.id(), programme.tiers().get(2).id())))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(CurrentActor.runAsSystem(() -> programs.memberships(partner))).isEmpty();
	}

	@Test
	void anotherPartnersMembershipsAnswerLikeAMissingPartner() {
		UUID partner = newPartner();
		UUID other = newPartner();

		assertThatThrownBy(() -> Acting.as(Acting.partnerAdmin(other), () -> programs.memberships(partner)))
			.isInstanceOf(RecordNotFound.class);
	}

	@Test
	void refusesATierOfAnotherProgrammeAndAnUnknownProgramme() {
		UUID partner = newPartner();
		ProgramView programme = newProgramme("Strict");
		ProgramView other = newProgramme("Other");

		assertThatThrownBy(() -> CurrentActor.runAsSystem(
				() -> programs.enrol(partner, programme.id(), other.tiers().get(0).id())))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems().get(0).field()).isEqualTo("tierId"));
		assertThatThrownBy(() -> CurrentActor.runAsSystem(
				() -> programs.enrol(partner, UUID.randomUUID(), other.tiers().get(0).id())))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems().get(0).field()).isEqualTo("programId"));
		assertThat(CurrentActor.runAsSystem(() -> programs.memberships(partner))).isEmpty();
	}

	@Test
	void anInactiveProgrammeIsHiddenFromPartnersButNotFromVendorStaff() {
		UUID partner = newPartner();
		ProgramView programme = newProgramme("Retired");
		CurrentActor.runAsSystem(() -> catalogue.update(programme.id(),
				new ProgramDraft(null, programme.name(), null, false), null));

		assertThat(CurrentActor.runAsSystem(programs::programs)).extracting(ProgramView::id).doesNotContain(programme.id());
		assertThat(CurrentActor.runAsSystem(() -> programs.program(programme.id())).active()).isFalse();
		assertThatThrownBy(() -> Acting.as(Acting.partnerAdmin(partner), () -> programs.program(programme.id())))
			.isInstanceOf(RecordNotFound.class);
	}

	@Test
	void tiersOfAProgrammeKeepDistinctRanksAndKeys() {
		ProgramView programme = newProgramme("Ranks");

		assertThatThrownBy(() -> CurrentActor.runAsSystem(
				() -> catalogue.addTier(programme.id(), new TierDraft("platinum", "Platinum", 3))))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems().get(0).code()).isEqualTo("tier.rankTaken"));
		assertThatThrownBy(() -> CurrentActor.runAsSystem(
				() -> catalogue.addTier(programme.id(), new TierDraft("gold", "Gold again", 4))))
			.isInstanceOfSatisfying(InvalidInput.class, ex -> assertThat(ex.problems().get(0).code()).isEqualTo("tier.keyTaken"));
		assertThat(CurrentActor.runAsSystem(() -> programs.program(programme.id())).tiers()).hasSize(3);
	}

	private UUID newPartner() {
		return CurrentActor.runAsSystem(() -> partners.register(new PartnerDraft(unique("Programme Partner"), null,
				PartnerType.RESELLER, null, "DE", List.of(), List.of(), List.of(), Map.of()))).id();
	}

	private ProgramView newProgramme(String name) {
		return CurrentActor.runAsSystem(() -> {
			ProgramView programme = catalogue.define(new ProgramDraft(unique(name.toLowerCase()), name, null, true));
			catalogue.addTier(programme.id(), new TierDraft("registered", "Registered", 1));
			catalogue.addTier(programme.id(), new TierDraft("silver", "Silver", 2));
			catalogue.addTier(programme.id(), new TierDraft("gold", "Gold", 3));
			return programs.program(programme.id());
		});
	}
}

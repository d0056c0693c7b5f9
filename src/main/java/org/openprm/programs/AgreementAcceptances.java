package org.openprm.programs;

import java.io.Writer;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.identity.VisibilityScope;
import org.openprm.programs.domain.agreements.AcceptanceCsv;
import org.openprm.programs.domain.agreements.AgreementAcceptance;
import org.openprm.programs.domain.agreements.AgreementAcceptanceRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acceptance history within the caller's scope (vendor staff: all partners; a partner: its own, a
 * distributor also its resellers'), its CSV export, and the vendor's counter-signature.
 */
@Service
@Transactional
public class AgreementAcceptances {

	/** The most rows one listing or export holds. */
	public static final int LIMIT = 10_000;

	private final AgreementAcceptanceRepository acceptances;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementAcceptances(AgreementAcceptanceRepository acceptances, Visibility visibility, CurrentActor actors,
			ApplicationEventPublisher events, Clock clock) {
		this.acceptances = acceptances;
		this.visibility = visibility;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** Newest first; {@code partnerId} narrows to one partner (outside the scope it simply finds nothing). */
	@Transactional(readOnly = true)
	public List<AgreementAcceptanceView> history(UUID partnerId) {
		VisibilityScope scope = visibility.scope();
		Pageable page = Pageable.ofSize(LIMIT);
		List<AgreementAcceptance> found;
		if (partnerId != null) {
			found = scope.canRead(partnerId) ? acceptances.findByPartnerIdInOrderByAcceptedAtDesc(List.of(partnerId), page)
					: List.of();
		}
		else {
			found = scope.vendor() ? acceptances.findAllByOrderByAcceptedAtDesc(page)
					: acceptances.findByPartnerIdInOrderByAcceptedAtDesc(scope.readablePartnerIds(), page);
		}
		return found.stream().map(AgreementAcceptance::toView).toList();
	}

	@Transactional(readOnly = true)
	public void exportCsv(UUID partnerId, Writer out) {
		AcceptanceCsv.write(history(partnerId), out);
	}

	/** Vendor staff counter-sign an acceptance (once). Partners get 404 as if it did not exist. */
	public AgreementAcceptanceView countersign(UUID acceptanceId) {
		visibility.requireVendor(AgreementManagement.ACCEPTANCE, acceptanceId);
		AgreementAcceptance acceptance = visibility.writable(AgreementManagement.ACCEPTANCE, acceptanceId,
				acceptances.findById(acceptanceId), AgreementAcceptance::partnerId);
		Actor actor = actors.get();
		acceptance.countersign(actor.userId(), actor.displayName(), clock.instant());
		AgreementAcceptanceView view = acceptance.toView();
		events.publishEvent(new AgreementCountersigned(view.partnerId(), view.id(), actor.displayName(),
				view.countersignedAt()));
		return view;
	}
}

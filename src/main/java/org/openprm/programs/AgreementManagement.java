package org.openprm.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.programs.agreements.AgreementPartners;
import org.openprm.programs.domain.agreements.AcceptancePdf;
import org.openprm.programs.domain.agreements.AgreementAcceptance;
import org.openprm.programs.domain.agreements.AgreementAcceptanceRepository;
import org.openprm.programs.domain.agreements.AgreementTemplate;
import org.openprm.programs.domain.agreements.AgreementTemplateRepository;
import org.openprm.programs.domain.agreements.AgreementText;
import org.openprm.programs.domain.agreements.AgreementVersion;
import org.openprm.programs.domain.agreements.AgreementVersionRepository;
import org.openprm.programs.domain.agreements.TemplateSelection;
import org.openprm.shared.Conflict;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner's side of agreements: which agreements a partner needs (the most specific template of each
 * kind that applies to it, in its current version), accepting one, and reading an acceptance as a PDF.
 * Every call first reads the partner within the caller's visibility scope.
 */
@Service
@Transactional
public class AgreementManagement {

	static final String ACCEPTANCE = "AgreementAcceptance";

	private final AgreementTemplateRepository templates;

	private final AgreementVersionRepository versions;

	private final AgreementAcceptanceRepository acceptances;

	private final AgreementPartners partners;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementManagement(AgreementTemplateRepository templates, AgreementVersionRepository versions,
			AgreementAcceptanceRepository acceptances, AgreementPartners partners, Visibility visibility,
			CurrentActor actors, ApplicationEventPublisher events, Clock clock) {
		this.templates = templates;
		this.versions = versions;
		this.acceptances = acceptances;
		this.partners = partners;
		this.visibility = visibility;
		this.actors = actors;
		this.events = events;
		this.clock = clock;
	}

	/** The agreements the partner needs, pending ones first, each with its acceptance if there is one. */
	@Transactional(readOnly = true)
	public List<PartnerAgreement> agreements(UUID partnerId) {
		return agreementsOf(partners.partner(partnerId));
	}

	/** Whether a pending agreement that gates portal access keeps the partner's users out of the portal. */
	@Transactional(readOnly = true)
	public boolean hasPendingGatingAgreement(UUID partnerId) {
		// Asked on every portal page a partner user opens: without any gating template, one cheap query answers.
		return templates.existsByGatesAccessTrue()
				&& agreements(partnerId).stream().anyMatch(a -> a.gatesAccess() && a.pending());
	}

	/**
	 * A partner admin accepts the current version of an agreement the partner needs by typing their full name;
	 * the rendered text, its SHA-256, the user, the time and the IP address are kept.
	 */
	public AgreementAcceptanceView accept(UUID partnerId, UUID templateVersionId, String fullName, String ipAddress) {
		AgreementPartners.Partner partner = partners.partner(partnerId);
		PartnerAgreement agreement = agreementsOf(partner).stream()
			.filter(a -> a.version().id().equals(templateVersionId)).findFirst()
			.orElseThrow(() -> RecordNotFound.of("AgreementVersion", templateVersionId));
		Actor actor = actors.get();
		if (!visibility.scope().canWrite(partnerId) || !actor.isPartnerAdmin()) {
			throw visibility.refuse("AgreementVersion", templateVersionId, "accept agreement");
		}
		if (!agreement.pending()) {
			throw new Conflict("This version of the agreement is already accepted.");
		}
		if (fullName == null || fullName.isBlank()) {
			throw InvalidInput.of("fullName", "is required: type your full name to accept", "agreement.fullNameRequired");
		}
		AgreementVersion version = versions.findById(templateVersionId).orElseThrow();
		AgreementAcceptance acceptance = acceptances.save(new AgreementAcceptance(partnerId, partner.view().name(), version,
				agreement.renderedText(), AgreementText.sha256(agreement.renderedText()),
				new AgreementAcceptance.Signature(fullName.strip(), actor.userId(), actor.email(),
						ipAddress == null ? "unknown" : ipAddress, clock.instant())));
		AgreementAcceptanceView view = acceptance.toView();
		events.publishEvent(new AgreementAccepted(partnerId, version.templateId(), version.number(), view.acceptedAt(),
				view.id()));
		return view;
	}

	@Transactional(readOnly = true)
	public AgreementAcceptanceView acceptance(UUID partnerId, UUID acceptanceId) {
		return load(partnerId, acceptanceId).toView();
	}

	/** The acceptance as a PDF: the accepted text and the evidence kept. */
	@Transactional(readOnly = true)
	public byte[] pdf(UUID partnerId, UUID acceptanceId) {
		AgreementAcceptance acceptance = load(partnerId, acceptanceId);
		return AcceptancePdf.render(acceptance.toView(), acceptance.renderedText());
	}

	/** The acceptance as a PDF, found by its id alone (the portal's download link); 404 outside the scope. */
	@Transactional(readOnly = true)
	public byte[] pdf(UUID acceptanceId) {
		AgreementAcceptance acceptance = visibility.readable(ACCEPTANCE, acceptanceId, acceptances.findById(acceptanceId),
				AgreementAcceptance::partnerId);
		return AcceptancePdf.render(acceptance.toView(), acceptance.renderedText());
	}

	/** The exact text the partner accepted. */
	@Transactional(readOnly = true)
	public String acceptedText(UUID partnerId, UUID acceptanceId) {
		return load(partnerId, acceptanceId).renderedText();
	}

	private AgreementAcceptance load(UUID partnerId, UUID acceptanceId) {
		AgreementAcceptance acceptance = visibility.readable(ACCEPTANCE, acceptanceId, acceptances.findById(acceptanceId),
				AgreementAcceptance::partnerId);
		if (!acceptance.partnerId().equals(partnerId)) {
			throw RecordNotFound.of(ACCEPTANCE, acceptanceId);
		}
		return acceptance;
	}

	private List<PartnerAgreement> agreementsOf(AgreementPartners.Partner partner) {
		UUID partnerId = partner.view().id();
		Map<UUID, List<AgreementAcceptance>> accepted = acceptances.findByPartnerIdOrderByAcceptedAtDesc(partnerId)
			.stream().collect(Collectors.groupingBy(AgreementAcceptance::templateId));
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		List<PartnerAgreement> needed = new ArrayList<>();
		for (AgreementTemplate template : TemplateSelection.select(templates.findAll(), partner.facts())) {
			versions.findFirstByTemplateIdOrderByNumberDesc(template.id()).ifPresent(version -> {
				List<AgreementAcceptance> ofTemplate = accepted.getOrDefault(template.id(), List.of());
				AgreementAcceptanceView current = find(ofTemplate, a -> a.templateVersionId().equals(version.id()));
				AgreementAcceptanceView previous = find(ofTemplate, a -> !a.templateVersionId().equals(version.id()));
				String text = current != null ? acceptedTextOf(ofTemplate, current)
						: AgreementText.render(version.body(),
								partner.values(template.scope(), version.effectiveDate(), today));
				needed.add(new PartnerAgreement(partnerId, template.id(), template.kind(), template.gatesAccess(),
						AgreementTemplates.view(version), text, current, previous));
			});
		}
		needed.sort((a, b) -> Boolean.compare(b.pending(), a.pending()));
		return needed;
	}

	private static AgreementAcceptanceView find(List<AgreementAcceptance> acceptances,
			java.util.function.Predicate<AgreementAcceptance> which) {
		return acceptances.stream().filter(which).findFirst().map(AgreementAcceptance::toView).orElse(null);
	}

	private static String acceptedTextOf(List<AgreementAcceptance> acceptances, AgreementAcceptanceView accepted) {
		return acceptances.stream().filter(a -> a.id().equals(accepted.id())).findFirst()
			.map(AgreementAcceptance::renderedText).orElseThrow();
	}
}

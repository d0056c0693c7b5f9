package org.openprm.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.programs.domain.agreements.AgreementTemplate;
import org.openprm.programs.domain.agreements.AgreementTemplateRepository;
import org.openprm.programs.domain.agreements.AgreementText;
import org.openprm.programs.domain.agreements.AgreementVersion;
import org.openprm.programs.domain.agreements.AgreementVersionRepository;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vendor's side of agreements: templates, publishing new versions (which partners that accepted an
 * older one accept again) and previewing a text with example values. Vendor staff only.
 */
@Service
@Transactional
public class AgreementTemplates {

	static final String TYPE = "AgreementTemplate";

	private final AgreementTemplateRepository templates;

	private final AgreementVersionRepository versions;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final Clock clock;

	private final ProgramManagement programs;

	AgreementTemplates(AgreementTemplateRepository templates, AgreementVersionRepository versions,
			Visibility visibility, CurrentActor actors, Clock clock, ProgramManagement programs) {
		this.programs = programs;
		this.templates = templates;
		this.versions = versions;
		this.visibility = visibility;
		this.actors = actors;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<AgreementTemplateView> templates() {
		visibility.requireVendor(TYPE, "list");
		return templates.findAllByOrderByKindAscCreatedAtAsc().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public AgreementTemplateView template(UUID templateId) {
		visibility.requireVendor(TYPE, templateId);
		return view(templates.findById(templateId).orElseThrow(() -> RecordNotFound.of(TYPE, templateId)));
	}

	/** Creates a template with its first version. */
	public AgreementTemplateView create(AgreementTemplateDraft draft) {
		visibility.requireVendor(TYPE, "new");
		AgreementScope scope = checked(draft);
		if (scope.programId() != null && programs.visiblePrograms().stream().noneMatch(p -> p.id().equals(scope.programId()))) {
			throw InvalidInput.of("programId", "is not a programme", "agreement.programUnknown");
		}
		AgreementTemplate template = templates.save(new AgreementTemplate(draft.kind().strip().toLowerCase(Locale.ROOT),
				scope, draft.gatesAccess(), clock.instant()));
		publish(template.id(), 1, draft);
		return view(template);
	}

	/** Publishes a new version; every partner that accepted an older one has it pending again. */
	public AgreementTemplateView publishVersion(UUID templateId, AgreementTemplateDraft draft) {
		visibility.requireVendor(TYPE, templateId);
		AgreementTemplate template = templates.findById(templateId).orElseThrow(() -> RecordNotFound.of(TYPE, templateId));
		checkText(draft);
		int next = versions.findFirstByTemplateIdOrderByNumberDesc(templateId).map(v -> v.number() + 1).orElse(1);
		publish(templateId, next, draft);
		return view(template);
	}

	/** The body rendered with example values, as a partner would see it. */
	@Transactional(readOnly = true)
	public String preview(String body, LocalDate effectiveDate) {
		visibility.requireVendor(TYPE, "preview");
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		return AgreementText.render(body == null ? "" : body, new AgreementText.Values("Example Partner Ltd",
				"Example Programme", "Gold", effectiveDate == null ? today : effectiveDate, today));
	}

	static AgreementVersionView view(AgreementVersion v) {
		return new AgreementVersionView(v.id(), v.templateId(), v.number(), v.title(), v.body(), v.effectiveDate(),
				v.publishedAt(), v.publishedBy());
	}

	private AgreementTemplateView view(AgreementTemplate t) {
		return new AgreementTemplateView(t.id(), t.kind(), t.scope(), t.gatesAccess(), t.createdAt(),
				versions.findByTemplateIdOrderByNumberDesc(t.id()).stream().map(AgreementTemplates::view).toList());
	}

	private void publish(UUID templateId, int number, AgreementTemplateDraft draft) {
		LocalDate effective = draft.effectiveDate() != null ? draft.effectiveDate()
				: LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
		versions.save(new AgreementVersion(templateId, number, draft.title().strip(), draft.body(), effective,
				clock.instant(), actors.get().email()));
	}

	private static AgreementScope checked(AgreementTemplateDraft draft) {
		if (draft.kind() == null || !draft.kind().strip().matches("[A-Za-z0-9][A-Za-z0-9-]{0,59}")) {
			throw InvalidInput.of("kind", "is required: letters, digits and dashes", "agreement.kindInvalid");
		}
		AgreementScope scope = draft.scope() == null ? AgreementScope.ALL_PARTNERS : draft.scope();
		String countries = countries(scope.country());
		checkText(draft);
		return new AgreementScope(scope.programId(), blankToNull(scope.partnerType()), countries);
	}

	/** One country, or a region as several ISO codes separated by commas ("DE, AT, CH"), normalised. */
	private static String countries(String entered) {
		String given = blankToNull(entered);
		if (given == null) {
			return null;
		}
		List<String> codes = java.util.Arrays.stream(given.split(",")).map(String::strip).filter(c -> !c.isEmpty())
			.map(c -> c.toUpperCase(Locale.ROOT)).distinct().toList();
		if (codes.isEmpty() || codes.size() > 50 || codes.stream().anyMatch(c -> !c.matches("[A-Z]{2}"))) {
			throw InvalidInput.of("country", "must be ISO 3166 two-letter codes separated by commas", "agreement.countryInvalid");
		}
		return String.join(",", codes);
	}

	private static void checkText(AgreementTemplateDraft draft) {
		if (draft.title() == null || draft.title().isBlank()) {
			throw InvalidInput.of("title", "is required", "required");
		}
		if (draft.body() == null || draft.body().isBlank()) {
			throw InvalidInput.of("body", "is required", "required");
		}
		Set<String> unknown = AgreementText.unknownPlaceholders(draft.body());
		if (!unknown.isEmpty()) {
			throw InvalidInput.of("body", "has unknown placeholders " + unknown + "; use " + AgreementText.PLACEHOLDERS,
					"agreement.unknownPlaceholder");
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}

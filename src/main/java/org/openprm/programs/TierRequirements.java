package org.openprm.programs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.openprm.identity.Visibility;
import org.openprm.programs.domain.RequirementStore;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Vendor staff set what each tier requires (effective-dated) and gives, and how a programme handles
 * compliance (automatic or approved tier changes, grace period, risk margin). Everyone reads them.
 */
@Service
@Transactional
public class TierRequirements {

	private final RequirementStore store;

	private final ProgramManagement programs;

	private final Visibility visibility;

	private final ApplicationEventPublisher events;

	TierRequirements(RequirementStore store, ProgramManagement programs, Visibility visibility,
			ApplicationEventPublisher events) {
		this.store = store;
		this.programs = programs;
		this.visibility = visibility;
		this.events = events;
	}

	/** A tier's requirements and benefits. */
	public record TierTerms(TierView tier, List<Requirement> requirements, Benefits benefits) {
	}

	/** How a programme handles compliance. */
	public record ComplianceSettings(boolean approvalRequired, int graceDays, int atRiskPercent) {
	}

	@Transactional(readOnly = true)
	public TierTerms terms(UUID programId, UUID tierId) {
		TierView tier = tier(programId, tierId);
		return new TierTerms(tier, store.requirements(tierId), store.benefits(tierId));
	}

	public TierTerms replace(UUID programId, UUID tierId, List<Requirement> requirements, Benefits benefits) {
		visibility.requireVendor(ProgramRecords.TIER, tierId);
		TierView tier = tier(programId, tierId);
		List<Requirement> checked = new ArrayList<>();
		for (int i = 0; i < requirements.size(); i++) {
			checked.add(checked(requirements.get(i), tierId, "requirements[" + i + "]"));
		}
		Benefits b = checked(benefits == null ? Benefits.none() : benefits);
		store.replaceRequirements(tierId, checked);
		store.putBenefits(tierId, b);
		events.publishEvent(new ProgramChanged(ProgramRecords.TIER, tierId, "termsChanged",
				new org.openprm.shared.FieldChange.Diff().field("requirements", null, checked.size())
					.field("benefits", null, b.toString()).changes()));
		return new TierTerms(tier, store.requirements(tierId), store.benefits(tierId));
	}

	@Transactional(readOnly = true)
	public ComplianceSettings settings(UUID programId) {
		RequirementStore.Settings s = store.settings().get(programs.program(programId).id());
		return new ComplianceSettings(s.approvalRequired(), s.graceDays(), s.atRiskPercent());
	}

	public ComplianceSettings configure(UUID programId, ComplianceSettings settings) {
		visibility.requireVendor(ProgramRecords.PROGRAM, programId);
		programs.program(programId);
		if (settings.graceDays() < 0 || settings.graceDays() > 730) {
			throw InvalidInput.of("graceDays", "must be between 0 and 730", "program.graceDays");
		}
		if (settings.atRiskPercent() < 0 || settings.atRiskPercent() > 100) {
			throw InvalidInput.of("atRiskPercent", "must be between 0 and 100", "program.atRiskPercent");
		}
		store.putSettings(new RequirementStore.Settings(programId, settings.approvalRequired(), settings.graceDays(),
				settings.atRiskPercent()));
		events.publishEvent(new ProgramChanged(ProgramRecords.PROGRAM, programId, "complianceConfigured",
				new org.openprm.shared.FieldChange.Diff().field("settings", null, settings.toString()).changes()));
		return settings;
	}

	private TierView tier(UUID programId, UUID tierId) {
		return programs.program(programId).tier(tierId).orElseThrow(() -> RecordNotFound.of(ProgramRecords.TIER, tierId));
	}

	private static Requirement checked(Requirement r, UUID tierId, String field) {
		if (r.metric() == null) {
			throw InvalidInput.of(field + ".metric", "is required", "required");
		}
		String qualifier = FigureInput.qualifier(r.metric(), r.qualifier());
		boolean expects = r.expectedValue() != null && !r.expectedValue().isBlank();
		if (expects && r.metric() != Metric.CUSTOM_ATTRIBUTE) {
			throw InvalidInput.of(field + ".expectedValue", "only custom attributes expect a value", "requirement.expected");
		}
		if (!expects && (r.minimum() == null || r.minimum().signum() < 0)) {
			throw InvalidInput.of(field + ".minimum", "must be 0 or more", "requirement.minimum");
		}
		String currency = r.currency() == null || r.currency().isBlank() ? null : r.currency().trim().toUpperCase(Locale.ROOT);
		if (r.metric() == Metric.REVENUE_12M && (currency == null || !currency.matches("[A-Z]{3}"))) {
			throw InvalidInput.of(field + ".currency", "revenue needs a three-letter currency", "requirement.currency");
		}
		if (r.validFrom() != null && r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
			throw InvalidInput.of(field + ".validTo", "must not be before valid from", "requirement.validTo");
		}
		return new Requirement(null, tierId, r.metric(), qualifier, expects ? null : r.minimum(), currency,
				expects ? r.expectedValue().trim() : null, r.validFrom(), r.validTo());
	}

	private static Benefits checked(Benefits b) {
		if (!percent(b.discountPercent()) || !percent(b.mdfAccrualPercent())) {
			throw InvalidInput.of("benefits", "percentages must be between 0 and 100", "benefits.percent");
		}
		if (b.dealProtectionDays() < 0 || b.leadPriorityWeight() < 0) {
			throw InvalidInput.of("benefits", "days and weights must be 0 or more", "benefits.negative");
		}
		List<String> keys = b.contentKeys() == null ? List.of() : b.contentKeys().stream().map(String::trim)
			.filter(k -> !k.isEmpty()).toList();
		if (String.join(",", keys).length() > 2000 || keys.stream().anyMatch(k -> k.contains(","))) {
			throw InvalidInput.of("benefits.contentKeys", "at most 2000 characters, no commas in keys", "benefits.content");
		}
		return new Benefits(b.discountPercent(), b.mdfAccrualPercent(), b.dealProtectionDays(), b.leadPriorityWeight(), keys);
	}

	private static boolean percent(BigDecimal value) {
		return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0;
	}
}

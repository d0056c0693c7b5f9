package org.openprm.programs.web;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.programs.EvaluationSummary;
import org.openprm.programs.Figure;
import org.openprm.programs.FigureImportReport;
import org.openprm.programs.Metric;
import org.openprm.programs.PartnerFigures;
import org.openprm.programs.TierCompliance;
import org.openprm.programs.TierHistoryView;
import org.openprm.programs.TierStatusView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Tier compliance over the API: a partner's status and history (its own only), evaluation, approval of
 * tier changes, the what-if, and the import of figures (vendor staff).
 */
@RestController
@Tag(name = "Programmes")
class ComplianceRestController {

	private final TierCompliance compliance;

	private final PartnerFigures figures;

	ComplianceRestController(TierCompliance compliance, PartnerFigures figures) {
		this.compliance = compliance;
		this.figures = figures;
	}

	record FigureRequest(@NotNull Metric metric, @Size(max = 60) String qualifier, BigDecimal value,
			@Size(max = 200) String text, @Size(max = 3) String currency, LocalDate expiresOn) {

		Figure figure() {
			return new Figure(metric, qualifier == null ? "" : qualifier, value, text, currency, expiresOn);
		}
	}

	@GetMapping("/api/v1/partners/{partnerId}/tier-status")
	@Operation(summary = "Where the partner stands in each programme: tier, status, each requirement (required vs "
			+ "actual) and what is missing for the next tier")
	List<TierStatusView> status(@PathVariable UUID partnerId) {
		return compliance.tierStatus(partnerId);
	}

	@GetMapping("/api/v1/partners/{partnerId}/tier-history")
	@Operation(summary = "The partner's tier changes, newest first")
	List<TierHistoryView> history(@PathVariable UUID partnerId) {
		return compliance.history(partnerId);
	}

	@PostMapping("/api/v1/partners/{partnerId}/tier-evaluation")
	@Operation(summary = "Evaluate one partner now and apply the outcome (vendor staff)")
	EvaluationSummary evaluate(@PathVariable UUID partnerId) {
		return compliance.evaluate(partnerId);
	}

	@PostMapping("/api/v1/programs/evaluations")
	@Operation(summary = "Evaluate every membership now (vendor staff); the nightly job does the same")
	EvaluationSummary evaluateAll() {
		return compliance.evaluateAll();
	}

	@PostMapping("/api/v1/partners/{partnerId}/memberships/{programId}/tier-change/approve")
	@Operation(summary = "Approve the tier change waiting for approval (vendor staff)")
	TierStatusView approve(@PathVariable UUID partnerId, @PathVariable UUID programId) {
		return compliance.approve(partnerId, programId);
	}

	@PostMapping("/api/v1/partners/{partnerId}/memberships/{programId}/tier-change/decline")
	@Operation(summary = "Decline the tier change waiting for approval (vendor staff); a declined downgrade starts a "
			+ "new grace period")
	TierStatusView decline(@PathVariable UUID partnerId, @PathVariable UUID programId) {
		return compliance.decline(partnerId, programId);
	}

	@PostMapping("/api/v1/partners/{partnerId}/what-if")
	@Operation(summary = "The partner's status with some figures changed; nothing is saved (vendor staff)")
	List<TierStatusView> whatIf(@PathVariable UUID partnerId, @Valid @RequestBody List<@Valid FigureRequest> changed) {
		return compliance.whatIf(partnerId, changed.stream().map(FigureRequest::figure).toList());
	}

	@PostMapping(value = "/api/v1/programs/figures/import", consumes = "text/csv")
	@Operation(summary = "Import partners' figures as CSV with header partner,metric,qualifier,value,currency,period,"
			+ "expires_on (partner: id or exact name); reports each refused row (vendor staff)")
	FigureImportReport importFigures(@RequestBody String csv) {
		return figures.importCsv(new StringReader(csv));
	}
}

package org.openprm.funds.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.funds.FundAccruals;
import org.openprm.funds.FundBalance;
import org.openprm.funds.FundManagement;
import org.openprm.funds.FundView;
import org.openprm.funds.LedgerEntry;
import org.openprm.funds.web.FundPayloads.FundAdjustmentRequest;
import org.openprm.funds.web.FundPayloads.FundCreationRequest;
import org.openprm.funds.web.FundPayloads.FundSalesRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Funds, their balances (derived from the ledger) and the ledger itself. */
@RestController
@RequestMapping("/api/v1/funds")
@Tag(name = "Funds")
class FundRestController {

	private final FundManagement funds;

	private final FundAccruals accruals;

	private final org.openprm.funds.FundRoi roi;

	FundRestController(FundManagement funds, FundAccruals accruals, org.openprm.funds.FundRoi roi) {
		this.roi = roi;
		this.funds = funds;
		this.accruals = accruals;
	}

	@PostMapping
	@Operation(summary = "Create a fund and allocate its budget (vendor staff)")
	ResponseEntity<FundView> create(@Valid @RequestBody FundCreationRequest request) {
		FundView created = funds.create(request.draft());
		return ResponseEntity.created(URI.create("/api/v1/funds/" + created.id())).body(created);
	}

	@GetMapping
	@Operation(summary = "The funds in the caller's scope: a partner's own and the shared funds it may draw on")
	List<FundView> list() {
		return funds.funds();
	}

	@GetMapping("/balances")
	@Operation(summary = "Balances derived from the ledger: a partner's own; vendor staff all, or filtered by partner")
	List<FundBalance> balances(@RequestParam(required = false) UUID partnerId) {
		return funds.balances(partnerId);
	}

	@GetMapping("/roi")
	@Operation(summary = "Spend, pipeline and won revenue per activity, partner, programme and theme (caller's scope)")
	List<org.openprm.funds.RoiLine> roi() {
		return roi.report();
	}

	@GetMapping("/{fundId}")
	@Operation(summary = "One fund")
	FundView fund(@PathVariable UUID fundId) {
		return funds.fund(fundId);
	}

	@GetMapping("/{fundId}/ledger")
	@Operation(summary = "The fund's ledger entries, newest first (a partner sees its own entries and the budget)")
	List<LedgerEntry> ledger(@PathVariable UUID fundId) {
		return funds.ledger(fundId);
	}

	@PostMapping("/{fundId}/adjustments")
	@Operation(summary = "Book a manual adjustment with a reason (vendor staff)")
	ResponseEntity<LedgerEntry> adjust(@PathVariable UUID fundId, @Valid @RequestBody FundAdjustmentRequest request) {
		LedgerEntry entry = funds.adjust(fundId, request.partnerId(), request.amount(), request.reason());
		return ResponseEntity.created(URI.create("/api/v1/funds/" + fundId + "/ledger")).body(entry);
	}

	@PostMapping("/{fundId}/sales")
	@Operation(summary = "Import a partner's sales: the fund accrues its percentage of them (vendor staff)")
	ResponseEntity<LedgerEntry> sales(@PathVariable UUID fundId, @Valid @RequestBody FundSalesRequest request) {
		LedgerEntry entry = accruals.importSales(fundId, request.partnerId(), request.amount(), request.currency(),
				request.reference());
		return ResponseEntity.created(URI.create("/api/v1/funds/" + fundId + "/ledger")).body(entry);
	}
}

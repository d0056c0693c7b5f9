package org.openprm.funds.web;

import java.io.StringReader;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.openprm.funds.ExchangeRates;
import org.openprm.funds.ExchangeRates.FxRate;
import org.openprm.funds.web.FundPayloads.FxRateRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Exchange rates with effective dates, for converting requests and claims to a fund's currency. */
@RestController
@RequestMapping("/api/v1/fx-rates")
@Tag(name = "Funds")
class FxRateRestController {

	private final ExchangeRates rates;

	FxRateRestController(ExchangeRates rates) {
		this.rates = rates;
	}

	@GetMapping
	@Operation(summary = "All exchange rates, newest first per currency pair")
	List<FxRate> list() {
		return rates.rates();
	}

	@PostMapping
	@Operation(summary = "Set a rate: 1 base = rate quote from effectiveOn on (vendor staff)")
	ResponseEntity<FxRate> put(@Valid @RequestBody FxRateRequest request) {
		FxRate kept = rates.put(new FxRate(request.base(), request.quote(), request.effectiveOn(), request.rate()));
		return ResponseEntity.created(URI.create("/api/v1/fx-rates")).body(kept);
	}

	@PostMapping(path = "/import", consumes = "text/csv")
	@Operation(summary = "Import rates as CSV with the header base,quote,effectiveOn,rate (vendor staff)")
	List<FxRate> importCsv(@RequestBody String csv) {
		return rates.importCsv(new StringReader(csv));
	}
}

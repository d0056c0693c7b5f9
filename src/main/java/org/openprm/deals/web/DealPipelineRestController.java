package org.openprm.deals.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.openprm.deals.DealBoard;
import org.openprm.deals.DealCriteria;
import org.openprm.deals.DealForecast;
import org.openprm.deals.DealPipeline;
import org.openprm.deals.DealStage;
import org.openprm.deals.DealStatus;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The pipeline over REST: weighted forecast, board by stage, CSV/XLSX export. Same filters and the same
 * visibility as the deal list.
 */
@RestController
@RequestMapping("/api/v1/deal-registrations")
@Tag(name = "Deal pipeline")
class DealPipelineRestController {

	private final DealPipeline pipeline;

	DealPipelineRestController(DealPipeline pipeline) {
		this.pipeline = pipeline;
	}

	@GetMapping("/forecast")
	@Operation(summary = "Weighted forecast of the open pipeline (won deals at 100 %) per period, group and currency; "
			+ "filters as in the list")
	DealForecast forecast(@Parameter(description = "month or quarter") @RequestParam(required = false) String period,
			@Parameter(description = "partner, country, product or none") @RequestParam(required = false) String by,
			@RequestParam(required = false) String q, @RequestParam(required = false) DealStatus status,
			@RequestParam(required = false) UUID partnerId, @RequestParam(required = false) DealStage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeTo) {
		return pipeline.forecast(new DealCriteria(q, status, partnerId, stage, closeFrom, closeTo),
				PipelineParameters.period(period), PipelineParameters.dimension(by));
	}

	@GetMapping("/board")
	@Operation(summary = "The open pipeline by stage: count, amount per currency and the first cards by close date "
			+ "(with protectionDaysLeft when approved); filters as in the list")
	DealBoard board(@Parameter(description = "cards per stage, at most 50") @RequestParam(defaultValue = "10") int cards,
			@RequestParam(required = false) String q, @RequestParam(required = false) DealStatus status,
			@RequestParam(required = false) UUID partnerId, @RequestParam(required = false) DealStage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeTo) {
		return pipeline.board(new DealCriteria(q, status, partnerId, stage, closeFrom, closeTo), cards);
	}

	@GetMapping(value = "/export", produces = { "text/csv", DealExport.XLSX })
	@Operation(summary = "Export deal registrations as CSV or XLSX: same filters and visibility as the list, "
			+ "at most 100,000 rows by close date")
	void export(@Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "csv") String format,
			@RequestParam(required = false) String q, @RequestParam(required = false) DealStatus status,
			@RequestParam(required = false) UUID partnerId, @RequestParam(required = false) DealStage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeTo,
			HttpServletResponse response) throws IOException {
		DealExport.write(pipeline, new DealCriteria(q, status, partnerId, stage, closeFrom, closeTo), format, response);
	}
}

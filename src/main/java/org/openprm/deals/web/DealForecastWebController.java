package org.openprm.deals.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprm.deals.DealCriteria;
import org.openprm.deals.DealPipeline;
import org.openprm.deals.DealStage;
import org.openprm.deals.DealStatus;
import org.openprm.deals.ForecastDimension;
import org.openprm.deals.ForecastPeriod;
import org.openprm.shared.InvalidInput;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The weighted forecast page (period and dimension selectors, a table per period, group and currency)
 * and the pipeline export download. Vendor staff see every partner's deals, a partner its own.
 */
@Controller
class DealForecastWebController {

	private final DealPipeline pipeline;

	DealForecastWebController(DealPipeline pipeline) {
		this.pipeline = pipeline;
	}

	@GetMapping("/deals/forecast")
	String forecast(@RequestParam(required = false) String period, @RequestParam(required = false) String by,
			@RequestParam(required = false) String q, @RequestParam(required = false) DealStatus status,
			@RequestParam(required = false) UUID partnerId, @RequestParam(required = false) DealStage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeTo,
			@RequestHeader(name = "HX-Request", required = false) String htmx, HttpServletRequest request,
			Model model) {
		// A hand-edited address with an unknown period or dimension shows the error at the selector, not a 400 page.
		Map<String, String> errors = new LinkedHashMap<>();
		ForecastPeriod chosenPeriod = parsed(() -> PipelineParameters.period(period), ForecastPeriod.MONTH, errors);
		ForecastDimension chosenBy = parsed(() -> PipelineParameters.dimension(by), ForecastDimension.NONE, errors);
		DealCriteria criteria = new DealCriteria(q, status, partnerId, stage, closeFrom, closeTo);
		model.addAttribute("forecast", pipeline.forecast(criteria, chosenPeriod, chosenBy));
		model.addAttribute("criteria", criteria);
		model.addAttribute("errors", errors);
		model.addAttribute("periods", ForecastPeriod.values());
		model.addAttribute("dimensions", ForecastDimension.values());
		model.addAttribute("stages", DealStage.values());
		model.addAttribute("exportQuery", exportQuery(request));
		return htmx != null ? "deals/forecast :: results" : "deals/forecast";
	}

	@GetMapping("/deals/export")
	void export(@RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String q,
			@RequestParam(required = false) DealStatus status, @RequestParam(required = false) UUID partnerId,
			@RequestParam(required = false) DealStage stage,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate closeTo,
			HttpServletResponse response) throws IOException {
		DealExport.write(pipeline, new DealCriteria(q, status, partnerId, stage, closeFrom, closeTo), format, response);
	}

	private static <T> T parsed(Supplier<T> parse, T fallback, Map<String, String> errors) {
		try {
			return parse.get();
		}
		catch (InvalidInput invalid) {
			invalid.problems().forEach(p -> errors.put(p.field(), "problem." + p.code()));
			return fallback;
		}
	}

	/** The page's filters without its own selectors: the export has no period or dimension. */
	private static String exportQuery(HttpServletRequest request) {
		StringBuilder query = new StringBuilder();
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("period") && !name.equals("by") && !name.equals("format")) {
				for (String value : values) {
					query.append('&').append(name).append('=')
						.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
				}
			}
		});
		return query.toString();
	}
}

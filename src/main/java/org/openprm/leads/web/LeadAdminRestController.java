package org.openprm.leads.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openprm.leads.LeadCapacityView;
import org.openprm.leads.LeadDistribution;
import org.openprm.leads.LeadFunnel;
import org.openprm.leads.LeadImport;
import org.openprm.leads.LeadImportReport;
import org.openprm.leads.LeadSimulation;
import org.openprm.leads.LeadStatus;
import org.openprm.leads.PartnerLeadLoad;
import org.openprm.leads.web.LeadPayloads.LeadCapacityRequest;
import org.openprm.shared.PageResult;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * CSV import, routing simulation, the funnel and partner lead capacities.
 */
@RestController
@Tag(name = "Leads")
class LeadAdminRestController {

	private final LeadImport imports;

	private final LeadSimulation simulation;

	private final LeadDistribution distribution;

	private final LeadFunnel funnel;

	LeadAdminRestController(LeadImport imports, LeadSimulation simulation, LeadDistribution distribution,
			LeadFunnel funnel) {
		this.imports = imports;
		this.funnel = funnel;
		this.simulation = simulation;
		this.distribution = distribution;
	}

	@PostMapping(path = "/api/v1/leads/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Import leads from CSV (vendor staff); mapping is 'File header=field' pairs separated by commas")
	LeadImportReport importCsv(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) String mapping) throws IOException {
		return imports.importCsv(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8),
				LeadImport.mapping(mapping));
	}

	@PostMapping("/api/v1/leads/simulation")
	@Operation(summary = "Run the routing rules over leads in the given statuses without assigning (vendor staff)")
	LeadSimulation.SimulatedDistribution simulate(@RequestParam(required = false) List<LeadStatus> status,
			@RequestParam(defaultValue = "1000") int limit) {
		return simulation.simulate(status, limit);
	}

	@GetMapping("/api/v1/leads/funnel")
	@Operation(summary = "The lead funnel of the leads received in a period (vendor staff); dates are ISO days, both included")
	LeadFunnel.Figures funnel(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return funnel.figures(from, to);
	}

	@GetMapping("/api/v1/leads/capacity")
	@Operation(summary = "The active partners' open leads against their capacity, the fullest first, a page at a time (vendor staff)")
	PageResult<PartnerLeadLoad> loads(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return distribution.loads(page, size);
	}

	@GetMapping("/api/v1/partners/{partnerId}/lead-capacity")
	@Operation(summary = "The partner's capacity for open leads")
	LeadCapacityView capacity(@PathVariable UUID partnerId) {
		return distribution.capacity(partnerId);
	}

	@PutMapping("/api/v1/partners/{partnerId}/lead-capacity")
	@Operation(summary = "Set the capacity (vendor staff also the maximum; a partner admin up to it)")
	LeadCapacityView setCapacity(@PathVariable UUID partnerId, @RequestBody LeadCapacityRequest request) {
		return distribution.setCapacity(partnerId, request.capacity(), request.maximum());
	}
}

package org.openprm.programs.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openprm.programs.ProgramCatalogue;
import org.openprm.programs.ProgramDraft;
import org.openprm.programs.ProgramManagement;
import org.openprm.programs.ProgramView;
import org.openprm.programs.TierDraft;
import org.openprm.programs.TierView;
import org.openprm.shared.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Programmes and their tiers: everyone reads the active ones, vendor staff create and change them.
 */
@RestController
@Tag(name = "Programmes")
class ProgramRestController {

	private final ProgramManagement programs;

	private final ProgramCatalogue catalogue;

	ProgramRestController(ProgramManagement programs, ProgramCatalogue catalogue) {
		this.programs = programs;
		this.catalogue = catalogue;
	}

	record ProgramRequest(@NotBlank @Pattern(regexp = "[a-z][a-z0-9_-]{0,59}") String key,
			@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description, Boolean active) {
	}

	record ProgramUpdateRequest(@NotBlank @Size(max = 200) String name, @Size(max = 4000) String description,
			Boolean active) {
	}

	record TierRequest(@NotBlank @Pattern(regexp = "[a-z][a-z0-9_-]{0,59}") String key,
			@NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(100) Integer rank) {
	}

	record TierUpdateRequest(@NotBlank @Size(max = 200) String name, @NotNull @Min(1) @Max(100) Integer rank) {
	}

	@GetMapping("/api/v1/programs")
	@Operation(summary = "The programmes with their tiers (partners see the active ones, vendor staff all)")
	List<ProgramView> programs() {
		return programs.visiblePrograms();
	}

	@GetMapping("/api/v1/programs/{programId}")
	@Operation(summary = "Read a programme with its tiers")
	ProgramView program(@PathVariable UUID programId) {
		return programs.program(programId);
	}

	@PostMapping("/api/v1/programs")
	@Operation(summary = "Create a programme (vendor staff)")
	ResponseEntity<ProgramView> define(@Valid @RequestBody ProgramRequest request) {
		ProgramView program = catalogue.define(new ProgramDraft(request.key(), request.name(), request.description(),
				!Boolean.FALSE.equals(request.active())));
		return ResponseEntity.created(URI.create("/api/v1/programs/" + program.id())).body(program);
	}

	@PutMapping("/api/v1/programs/{programId}")
	@Operation(summary = "Change a programme's name, description or availability (vendor staff)")
	ProgramView update(@PathVariable UUID programId, @Valid @RequestBody ProgramUpdateRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return catalogue.update(programId, new ProgramDraft(null, request.name(), request.description(),
				!Boolean.FALSE.equals(request.active())), Paging.version(ifMatch));
	}

	@GetMapping("/api/v1/programs/{programId}/tiers")
	@Operation(summary = "The tiers of a programme, lowest rank first")
	List<TierView> tiers(@PathVariable UUID programId) {
		return programs.program(programId).tiers();
	}

	@PostMapping("/api/v1/programs/{programId}/tiers")
	@Operation(summary = "Add a tier to a programme (vendor staff); rank 1 is the lowest")
	ResponseEntity<TierView> addTier(@PathVariable UUID programId, @Valid @RequestBody TierRequest request) {
		TierView tier = catalogue.addTier(programId, new TierDraft(request.key(), request.name(), request.rank()));
		return ResponseEntity.created(URI.create("/api/v1/programs/" + programId + "/tiers/" + tier.id())).body(tier);
	}

	@PutMapping("/api/v1/programs/{programId}/tiers/{tierId}")
	@Operation(summary = "Rename or re-rank a tier (vendor staff)")
	TierView updateTier(@PathVariable UUID programId, @PathVariable UUID tierId,
			@Valid @RequestBody TierUpdateRequest request) {
		return catalogue.updateTier(programId, tierId, new TierDraft(null, request.name(), request.rank()));
	}
}

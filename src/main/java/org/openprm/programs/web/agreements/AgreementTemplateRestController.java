package org.openprm.programs.web.agreements;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.openprm.programs.AgreementTemplateView;
import org.openprm.programs.AgreementTemplates;
import org.openprm.programs.web.agreements.AgreementPayloads.TemplateRequest;
import org.openprm.programs.web.agreements.AgreementPayloads.VersionRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Agreement templates over REST (vendor staff only; partners get 404).
 */
@RestController
@RequestMapping("/api/v1/agreement-templates")
@Tag(name = "Agreements")
class AgreementTemplateRestController {

	private final AgreementTemplates templates;

	AgreementTemplateRestController(AgreementTemplates templates) {
		this.templates = templates;
	}

	@GetMapping
	@Operation(summary = "List agreement templates with their versions, newest version first (vendor staff)")
	List<AgreementTemplateView> list() {
		return templates.templates();
	}

	@PostMapping
	@Operation(summary = "Create an agreement template with its first version (vendor staff)")
	ResponseEntity<AgreementTemplateView> create(@Valid @RequestBody TemplateRequest request) {
		AgreementTemplateView created = templates.create(request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/agreement-templates/" + created.id())).body(created);
	}

	@GetMapping("/{templateId}")
	@Operation(summary = "Read an agreement template with its versions (vendor staff)")
	AgreementTemplateView read(@PathVariable UUID templateId) {
		return templates.template(templateId);
	}

	@PostMapping("/{templateId}/versions")
	@Operation(summary = "Publish a new version; partners that accepted an older one must accept again (vendor staff)")
	ResponseEntity<AgreementTemplateView> publish(@PathVariable UUID templateId, @Valid @RequestBody VersionRequest request) {
		AgreementTemplateView updated = templates.publishVersion(templateId, request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/agreement-templates/" + templateId)).body(updated);
	}
}

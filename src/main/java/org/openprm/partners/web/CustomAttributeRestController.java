package org.openprm.partners.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openprm.partners.AttributeDefinition;
import org.openprm.partners.AttributeType;
import org.openprm.partners.PartnerManagement;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Custom attribute definitions for partner profiles (vendor admins define, vendor staff read).
 */
@RestController
@RequestMapping("/api/v1/custom-attributes")
@Tag(name = "Custom attributes")
class CustomAttributeRestController {

	private final PartnerManagement partners;

	CustomAttributeRestController(PartnerManagement partners) {
		this.partners = partners;
	}

	// "required" is optional and means false when left out; a primitive boolean refused bodies without it.
	record DefineRequest(@NotBlank @Pattern(regexp = "[a-z][a-z0-9_]{0,59}", message = "{attribute.key.pattern}") String key,
			@NotBlank @Size(max = 120) String label, @NotNull AttributeType type, Boolean required,
			List<@Size(max = 100) String> choices) {
	}

	record RedefineRequest(@NotBlank @Size(max = 120) String label, Boolean required,
			List<@Size(max = 100) String> choices) {
	}

	@GetMapping
	@Operation(summary = "List custom attribute definitions (vendor staff)")
	List<AttributeDefinition> list() {
		return partners.attributeDefinitions();
	}

	@PostMapping
	@Operation(summary = "Define a custom attribute (vendor admin)")
	ResponseEntity<AttributeDefinition> define(@Valid @RequestBody DefineRequest request) {
		AttributeDefinition definition = partners.defineAttribute(request.key(), request.label(), request.type(),
				Boolean.TRUE.equals(request.required()), request.choices());
		return ResponseEntity.created(URI.create("/api/v1/custom-attributes/" + definition.id())).body(definition);
	}

	@PutMapping("/{attributeId}")
	@Operation(summary = "Change a custom attribute's label, required flag or choices (vendor admin)")
	AttributeDefinition redefine(@PathVariable UUID attributeId, @Valid @RequestBody RedefineRequest request) {
		return partners.redefineAttribute(attributeId, request.label(), Boolean.TRUE.equals(request.required()),
				request.choices());
	}
}

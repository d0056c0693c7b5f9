package org.openprm.benchmark.web;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.openprm.benchmark.CeilingProbe;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ceiling endpoints for load tests (see {@link CeilingProbe}). Deliberately outside {@code /api}:
 * they are no part of the public API, its OpenAPI description or its isolation rules.
 */
@RestController
@RequestMapping("/benchmark/ceiling")
@ConditionalOnBooleanProperty(CeilingProbe.ENABLED)
class CeilingRestController {

	private final CeilingProbe probe;

	CeilingRestController(CeilingProbe probe) {
		this.probe = probe;
	}

	@PostMapping("/rows")
	ResponseEntity<Map<String, UUID>> insert() {
		UUID id = probe.insert("ceiling");
		return ResponseEntity.created(URI.create("/benchmark/ceiling/rows/" + id)).body(Map.of("id", id));
	}

	@GetMapping("/partners/{id}")
	ResponseEntity<Map<String, Object>> read(@PathVariable UUID id) {
		return ResponseEntity.of(probe.partnerRow(id));
	}
}

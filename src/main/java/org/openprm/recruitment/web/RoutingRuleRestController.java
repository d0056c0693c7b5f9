package org.openprm.recruitment.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.openprm.recruitment.ApplicationRouting;
import org.openprm.recruitment.RoutingRuleView;
import org.openprm.recruitment.web.ApplicationPayloads.RoutingRuleRequest;
import org.openprm.recruitment.web.ApplicationPayloads.RoutingRuleResponse;
import org.openprm.shared.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Approval routing rules: vendor staff read them, vendor admins change them. Partners get 404.
 */
@RestController
@RequestMapping("/api/v1/application-routing-rules")
@Tag(name = "Partner applications")
class RoutingRuleRestController {

	private final ApplicationRouting routing;

	RoutingRuleRestController(ApplicationRouting routing) {
		this.routing = routing;
	}

	@GetMapping
	@Operation(summary = "The routing rules in priority order (vendor staff)")
	List<RoutingRuleResponse> list() {
		return routing.rules().stream().map(RoutingRuleResponse::of).toList();
	}

	@PostMapping
	@Operation(summary = "Add a routing rule (vendor admins)")
	ResponseEntity<RoutingRuleResponse> create(@RequestBody RoutingRuleRequest request) {
		RoutingRuleView rule = routing.create(request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/application-routing-rules/" + rule.id()))
			.body(RoutingRuleResponse.of(rule));
	}

	@GetMapping("/{ruleId}")
	@Operation(summary = "One routing rule (vendor staff)")
	RoutingRuleResponse get(@PathVariable UUID ruleId) {
		return RoutingRuleResponse.of(routing.rule(ruleId));
	}

	@PutMapping("/{ruleId}")
	@Operation(summary = "Replace a routing rule (vendor admins); If-Match guards against lost updates")
	RoutingRuleResponse update(@PathVariable UUID ruleId, @RequestBody RoutingRuleRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return RoutingRuleResponse.of(routing.update(ruleId, request.toDraft(), Paging.version(ifMatch)));
	}

	@DeleteMapping("/{ruleId}")
	@Operation(summary = "Delete a routing rule (vendor admins)")
	ResponseEntity<Void> delete(@PathVariable UUID ruleId) {
		routing.delete(ruleId);
		return ResponseEntity.noContent().build();
	}
}

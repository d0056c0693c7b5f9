package org.openprm.leads;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores explanations as JSON beside each assignment.
 */
@Component
class ExplanationCodec {

	private final JsonMapper json;

	ExplanationCodec(JsonMapper json) {
		this.json = json;
	}

	String encode(RoutingExplanation explanation) {
		String encoded = json.writeValueAsString(explanation);
		if (encoded.length() > 20000 && explanation.candidates().size() > 1) {
			return encode(new RoutingExplanation(explanation.leadId(), explanation.winner(), explanation.method(),
					explanation.considered(), explanation.filtered(), explanation.candidates().subList(0, 1),
					explanation.tied(), explanation.ruleVersion(), explanation.assignedBy(), explanation.at()));
		}
		return encoded;
	}

	RoutingExplanation decode(String encoded) {
		return encoded == null ? null : json.readValue(encoded, RoutingExplanation.class);
	}
}

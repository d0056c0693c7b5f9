package org.openprm.recruitment.domain;

import java.util.UUID;

/**
 * Where routing sends an application: a channel manager or a named queue, and the rule that decided
 * (null for the fallback queue).
 */
public record Assignment(UUID assigneeId, String queue, UUID ruleId) {

	public static Assignment fallback(String queue) {
		return new Assignment(null, queue, null);
	}
}

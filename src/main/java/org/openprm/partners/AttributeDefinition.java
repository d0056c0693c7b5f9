package org.openprm.partners;

import java.util.List;
import java.util.UUID;

/**
 * A custom attribute that vendor admins define for partner profiles.
 */
public record AttributeDefinition(UUID id, String key, String label, AttributeType type, boolean required,
		List<String> choices) {
}

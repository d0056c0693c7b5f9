package org.openprm.identity;

import java.io.Serializable;
import java.util.UUID;

/**
 * What the session or an API token remembers about the signed-in user: only the id. Everything
 * else (role, partner, status) is read fresh on each request, so a deactivation takes effect at once.
 */
public record SignedInUser(UUID userId, String email) implements Serializable {
}

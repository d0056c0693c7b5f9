package org.openprm.identity;

/**
 * A newly created API token: the only time the secret is ever shown.
 */
public record IssuedToken(String token, TokenSummary summary) {
}

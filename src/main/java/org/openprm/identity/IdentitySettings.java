package org.openprm.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security settings: {@code prm.security.*}.
 */
@ConfigurationProperties("prm.security")
public record IdentitySettings(int maxFailedLogins, Duration lockout, Duration tokenValidity,
		Duration invitationValidity, Duration passwordResetValidity) {
}

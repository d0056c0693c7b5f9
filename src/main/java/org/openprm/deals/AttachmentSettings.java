package org.openprm.deals;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits for files attached to deal registrations ({@code prm.deals.attachments.*}).
 *
 * @param maxBytes the largest file accepted, in bytes
 * @param maxCount how many files one registration may have
 */
@ConfigurationProperties("prm.deals.attachments")
public record AttachmentSettings(@DefaultValue("10485760") long maxBytes, @DefaultValue("20") int maxCount) {
}

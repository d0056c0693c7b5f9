package org.openprm.deals;

/**
 * An attachment with its bytes, for download.
 */
public record AttachmentFile(DealAttachment attachment, byte[] content) {
}

package org.openprm.deals;

import java.io.InputStream;

/**
 * A file as uploaded: the name the uploader gave it, the size it announced, and its bytes.
 */
public record NewAttachment(String fileName, long size, InputStream content) {
}

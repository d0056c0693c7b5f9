package org.openprm.funds;

import java.io.InputStream;

/** An uploaded file as received: its name, announced size and content. */
public record NewProofFile(String fileName, long size, InputStream content) {
}

package org.openprm.funds.web;

import java.nio.charset.StandardCharsets;

import org.openprm.funds.ProofDownload;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A claim's proof file or a request's file as a download: always an attachment with the type detected
 * from its content, never sniffed or cached by the browser.
 */
final class ProofFileResponses {

	private ProofFileResponses() {
	}

	static ResponseEntity<byte[]> of(ProofDownload file) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.file().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.file().fileName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(file.content());
	}
}

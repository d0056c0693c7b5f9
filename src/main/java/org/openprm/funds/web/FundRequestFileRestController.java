package org.openprm.funds.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.openprm.funds.FundRequestFiles;
import org.openprm.funds.ProofFile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Files attached to a fund request over the API: the activity plan, quotes, agendas.
 */
@RestController
@Tag(name = "Fund requests")
class FundRequestFileRestController {

	private final FundRequestFiles files;

	FundRequestFileRestController(FundRequestFiles files) {
		this.files = files;
	}

	@PostMapping(path = "/api/v1/fund-requests/{requestId}/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Attach files to a request (multipart: files); types are checked by content, sizes as for proof files")
	ResponseEntity<List<ProofFile>> attach(@PathVariable UUID requestId,
			@RequestPart(name = "files", required = false) List<MultipartFile> added) {
		List<ProofFile> stored = files.attach(requestId, Uploads.of(added));
		return ResponseEntity.created(URI.create("/api/v1/fund-requests/" + requestId + "/files")).body(stored);
	}

	@GetMapping("/api/v1/fund-requests/{requestId}/files")
	@Operation(summary = "The files attached to a request")
	List<ProofFile> files(@PathVariable UUID requestId) {
		return files.files(requestId);
	}

	@GetMapping("/api/v1/fund-requests/{requestId}/files/{fileId}")
	@Operation(summary = "Download a file attached to a request, always as an attachment with the detected type")
	ResponseEntity<byte[]> download(@PathVariable UUID requestId, @PathVariable UUID fileId) {
		return ProofFileResponses.of(files.download(requestId, fileId));
	}
}

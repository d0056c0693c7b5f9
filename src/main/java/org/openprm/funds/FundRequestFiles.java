package org.openprm.funds;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.openprm.funds.domain.ProofStore;
import org.openprm.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a fund request: the activity plan, a quote, an agenda. Whoever may change the request
 * attaches them (its partner, vendor staff); whoever may see it reads them. Types are checked by content
 * and sizes limited as for proof files ({@code prm.funds.proof.*}).
 */
@Service
@Transactional
public class FundRequestFiles {

	private final FundRequests requests;

	private final ClaimInput input;

	private final ProofStore files;

	private final Clock clock;

	FundRequestFiles(FundRequests requests, ClaimInput input, ProofStore files, Clock clock) {
		this.requests = requests;
		this.input = input;
		this.files = files;
		this.clock = clock;
	}

	public List<ProofFile> attach(UUID requestId, List<NewProofFile> added) {
		requests.writable(requestId);
		return input.attachments(added).stream()
			.map(f -> files.addToRequest(requestId, f.name(), f.mediaType(), f.content(), clock.instant()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<ProofFile> files(UUID requestId) {
		requests.readable(requestId);
		return files.ofRequest(requestId);
	}

	@Transactional(readOnly = true)
	public ProofDownload download(UUID requestId, UUID fileId) {
		requests.readable(requestId);
		return files.downloadOfRequest(requestId, fileId).orElseThrow(() -> RecordNotFound.of("RequestFile", fileId));
	}
}

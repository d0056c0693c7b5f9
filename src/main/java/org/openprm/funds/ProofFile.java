package org.openprm.funds;

import java.time.Instant;
import java.util.UUID;

/** A proof-of-performance file of a claim; mediaType is what its content was detected as. */
public record ProofFile(UUID id, UUID claimId, String fileName, String mediaType, long size, String sha256,
		Instant uploadedAt) {
}

package org.openprm.funds;

/** A proof file with its bytes, for download. */
public record ProofDownload(ProofFile file, byte[] content) {
}

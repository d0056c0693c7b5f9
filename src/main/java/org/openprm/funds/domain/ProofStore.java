package org.openprm.funds.domain;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openprm.funds.ProofDownload;
import org.openprm.funds.ProofFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Proof-of-performance files of claims, and the files attached to fund requests (kept in the same
 * table, with {@code request_id} instead of {@code claim_id}); listing never loads the bytes.
 */
@Component
public class ProofStore {

	private static final String COLUMNS = "id, claim_id, file_name, media_type, size_bytes, sha256, uploaded_at";

	private final JdbcClient jdbc;

	ProofStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ProofFile add(UUID claimId, String fileName, String mediaType, byte[] content, Instant at) {
		ProofFile file = new ProofFile(UUID.randomUUID(), claimId, fileName, mediaType, content.length, sha256(content), at);
		jdbc.sql("INSERT INTO fund_claim_files (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(file.id(), claimId, fileName, mediaType, file.size(), file.sha256(), at.atOffset(ZoneOffset.UTC), content)
			.update();
		return file;
	}

	public List<ProofFile> of(UUID claimId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM fund_claim_files WHERE claim_id = ? ORDER BY uploaded_at, id")
			.param(claimId).query(ProofStore::file).list();
	}

	public Optional<ProofDownload> download(UUID claimId, UUID fileId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM fund_claim_files WHERE id = ? AND claim_id = ?").params(fileId, claimId)
			.query(ProofStore::file).optional()
			.map(f -> new ProofDownload(f, jdbc.sql("SELECT content FROM fund_claim_files WHERE id = ?").param(fileId)
				.query(byte[].class).single()));
	}

	public ProofFile addToRequest(UUID requestId, String fileName, String mediaType, byte[] content, Instant at) {
		ProofFile file = new ProofFile(UUID.randomUUID(), null, fileName, mediaType, content.length, sha256(content), at);
		jdbc.sql("INSERT INTO fund_claim_files (id, request_id, file_name, media_type, size_bytes, sha256, uploaded_at, content) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(file.id(), requestId, fileName, mediaType, file.size(), file.sha256(), at.atOffset(ZoneOffset.UTC), content)
			.update();
		return file;
	}

	public List<ProofFile> ofRequest(UUID requestId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM fund_claim_files WHERE request_id = ? ORDER BY uploaded_at, id")
			.param(requestId).query(ProofStore::file).list();
	}

	public Optional<ProofDownload> downloadOfRequest(UUID requestId, UUID fileId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM fund_claim_files WHERE id = ? AND request_id = ?").params(fileId, requestId)
			.query(ProofStore::file).optional()
			.map(f -> new ProofDownload(f, jdbc.sql("SELECT content FROM fund_claim_files WHERE id = ?").param(fileId)
				.query(byte[].class).single()));
	}

	private static ProofFile file(ResultSet row, int n) throws SQLException {
		return new ProofFile(row.getObject("id", UUID.class), row.getObject("claim_id", UUID.class),
				row.getString("file_name"), row.getString("media_type"), row.getLong("size_bytes"), row.getString("sha256"),
				row.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

package org.openprm.deals.domain;

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

import org.openprm.deals.AttachmentFile;
import org.openprm.deals.DealAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code deal_attachments}, in plain SQL: listing and reading metadata never loads the
 * bytes, which only a download reads.
 */
@Component
public class AttachmentStore {

	private static final String COLUMNS = "id, registration_id, file_name, media_type, size_bytes, sha256, uploaded_by, "
			+ "uploaded_by_name, uploaded_by_vendor, uploaded_at";

	private final JdbcClient jdbc;

	AttachmentStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public DealAttachment add(UUID registrationId, String fileName, String mediaType, byte[] content, UUID uploadedBy,
			String uploadedByName, boolean vendor, Instant at) {
		DealAttachment attachment = new DealAttachment(UUID.randomUUID(), registrationId, fileName, mediaType,
				content.length, sha256(content), uploadedBy, uploadedByName, vendor, at);
		jdbc.sql("INSERT INTO deal_attachments (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(attachment.id(), registrationId, fileName, mediaType, attachment.size(), attachment.sha256(),
					uploadedBy, uploadedByName, vendor, at.atOffset(ZoneOffset.UTC), content)
			.update();
		return attachment;
	}

	public List<DealAttachment> of(UUID registrationId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM deal_attachments WHERE registration_id = ? ORDER BY uploaded_at, id")
			.param(registrationId).query(AttachmentStore::attachment).list();
	}

	public long count(UUID registrationId) {
		return jdbc.sql("SELECT COUNT(*) FROM deal_attachments WHERE registration_id = ?").param(registrationId)
			.query(Long.class).single();
	}

	public Optional<DealAttachment> find(UUID registrationId, UUID id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM deal_attachments WHERE id = ? AND registration_id = ?")
			.params(id, registrationId).query(AttachmentStore::attachment).optional();
	}

	public Optional<AttachmentFile> file(UUID registrationId, UUID id) {
		return find(registrationId, id).map(attachment -> new AttachmentFile(attachment,
				jdbc.sql("SELECT content FROM deal_attachments WHERE id = ?").param(id).query(byte[].class).single()));
	}

	public void remove(UUID id) {
		jdbc.sql("DELETE FROM deal_attachments WHERE id = ?").param(id).update();
	}

	private static DealAttachment attachment(ResultSet row, int number) throws SQLException {
		return new DealAttachment(row.getObject("id", UUID.class), row.getObject("registration_id", UUID.class),
				row.getString("file_name"), row.getString("media_type"), row.getLong("size_bytes"), row.getString("sha256"),
				row.getObject("uploaded_by", UUID.class), row.getString("uploaded_by_name"),
				row.getBoolean("uploaded_by_vendor"), row.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}

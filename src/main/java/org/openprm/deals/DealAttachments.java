package org.openprm.deals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openprm.deals.domain.AttachmentStore;
import org.openprm.deals.domain.AttachmentTypes;
import org.openprm.deals.domain.DealJournal;
import org.openprm.deals.domain.DealRegistration;
import org.openprm.identity.Actor;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.shared.Conflict;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.RecordNotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to a deal registration: whoever can read the deal can read its files, whoever can
 * change it can attach one. A file is removed by its uploader's side or by vendor staff, and neither
 * happens once the deal reached a final status. Every upload and removal is in the deal's timeline and
 * the audit trail.
 */
@Service
@Transactional
public class DealAttachments {

	static final String TYPE = "DealAttachment";

	private final DealRecords records;

	private final AttachmentStore store;

	private final DealJournal journal;

	private final AttachmentSettings settings;

	private final CurrentActor actors;

	private final Visibility visibility;

	private final Clock clock;

	DealAttachments(DealRecords records, AttachmentStore store, DealJournal journal, AttachmentSettings settings,
			CurrentActor actors, Visibility visibility, Clock clock) {
		this.records = records;
		this.store = store;
		this.journal = journal;
		this.settings = settings;
		this.actors = actors;
		this.visibility = visibility;
		this.clock = clock;
	}

	/** The largest file accepted, in bytes, for forms to tell users before they upload. */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
	public long maxBytes() {
		return settings.maxBytes();
	}

	/** Attaches the file if its content is of an accepted type that its name agrees with; {@code file} may be null (missing). */
	public DealAttachment attach(UUID registrationId, NewAttachment file) {
		DealRegistration registration = records.writable(registrationId);
		requireOpen(registration);
		if (file == null || file.content() == null) {
			throw InvalidInput.of("file", "is required", "required");
		}
		if (file.size() > settings.maxBytes()) {
			throw tooLarge();
		}
		byte[] content = read(file);
		String name = FileNames.clean(file.fileName());
		String mediaType = AttachmentTypes.check(name, content);
		if (store.count(registrationId) >= settings.maxCount()) {
			throw InvalidInput.of("file", "a deal may have at most " + settings.maxCount() + " files", "attachment.tooMany");
		}
		Actor actor = actors.get();
		Instant now = clock.instant();
		DealAttachment attachment = store.add(registrationId, name, mediaType, content, actor.userId(),
				actor.displayName(), actor.isVendor(), now);
		registration.touch(now);
		journal.note(registration, actor, "attachment-added", name, now);
		return attachment;
	}

	@Transactional(readOnly = true)
	public List<DealAttachment> attachments(UUID registrationId) {
		records.readable(registrationId);
		return store.of(registrationId);
	}

	@Transactional(readOnly = true)
	public DealAttachment attachment(UUID registrationId, UUID attachmentId) {
		records.readable(registrationId);
		return store.find(registrationId, attachmentId).orElseThrow(() -> RecordNotFound.of(TYPE, attachmentId));
	}

	@Transactional(readOnly = true)
	public AttachmentFile download(UUID registrationId, UUID attachmentId) {
		records.readable(registrationId);
		return store.file(registrationId, attachmentId).orElseThrow(() -> RecordNotFound.of(TYPE, attachmentId));
	}

	/** Vendor staff remove any file; a partner only the files its own side uploaded (else 403). */
	public void remove(UUID registrationId, UUID attachmentId) {
		DealRegistration registration = records.writable(registrationId);
		DealAttachment attachment = store.find(registrationId, attachmentId)
			.orElseThrow(() -> RecordNotFound.of(TYPE, attachmentId));
		Actor actor = actors.get();
		if (!actor.isVendor() && attachment.uploadedByVendor()) {
			throw visibility.refuse(TYPE, attachmentId, "delete");
		}
		requireOpen(registration);
		Instant now = clock.instant();
		store.remove(attachmentId);
		registration.touch(now);
		journal.note(registration, actor, "attachment-removed", attachment.fileName(), now);
	}

	private static void requireOpen(DealRegistration registration) {
		if (registration.status().isFinal()) {
			throw new Conflict("The deal registration is " + registration.status()
					+ "; its files can no longer be added or removed.");
		}
	}

	/** Reads one byte more than allowed: a client that announced a smaller size cannot slip a larger file in. */
	private byte[] read(NewAttachment file) {
		try {
			byte[] content = file.content().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
			if (content.length > settings.maxBytes()) {
				throw tooLarge();
			}
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private InvalidInput tooLarge() {
		return InvalidInput.of("file", "must be at most " + settings.maxBytes() + " bytes", "attachment.tooLarge");
	}
}

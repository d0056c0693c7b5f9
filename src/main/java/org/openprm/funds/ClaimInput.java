package org.openprm.funds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.openprm.funds.domain.FundClaim;
import org.openprm.funds.domain.FundClaimRepository;
import org.openprm.funds.domain.FundRequest;
import org.openprm.funds.domain.ProofTypes;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.InvalidInput.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * Checks a claim before anything of it is written: the deadline, the amount against what the request
 * still has approved, a duplicate invoice number, and every proof file by its content and size.
 */
@Component
class ClaimInput {

	/** A proof file that passed the checks. */
	record Proof(String name, String mediaType, byte[] content) {
	}

	record Checked(BigDecimal amount, String invoiceNumber, String campaignCode, List<Proof> files) {
	}

	private final FundClaimRepository claims;

	private final FundSettings settings;

	ClaimInput(FundClaimRepository claims, FundSettings settings) {
		this.claims = claims;
		this.settings = settings;
	}

	Checked check(FundRequest request, ClaimDraft draft, List<NewProofFile> files, UUID claimId, LocalDate today) {
		List<FieldProblem> problems = new ArrayList<>();
		if (today.isAfter(request.claimDeadline())) {
			problems.add(new FieldProblem("claimDeadline", "the claim deadline " + request.claimDeadline() + " has passed",
					"funds.claim.late"));
		}
		BigDecimal amount = amount(request, draft.amount(), claimId, problems);
		String invoice = draft.invoiceNumber() == null ? "" : draft.invoiceNumber().strip();
		if (invoice.isEmpty() || invoice.length() > 100 || FundClaim.invoiceKey(invoice).isEmpty()) {
			problems.add(new FieldProblem("invoiceNumber", "is required (at most 100 characters)", "required"));
		}
		else if (claims.existsByPartnerIdAndInvoiceKeyAndIdNot(request.partnerId(), FundClaim.invoiceKey(invoice),
				claimId == null ? new UUID(0, 0) : claimId)) {
			problems.add(new FieldProblem("invoiceNumber", "was already claimed", "funds.claim.duplicateInvoice"));
		}
		if (draft.leadsGenerated() != null && draft.leadsGenerated() < 0) {
			problems.add(new FieldProblem("leadsGenerated", "must not be negative", "funds.negative"));
		}
		String campaign = draft.campaignCode() == null || draft.campaignCode().isBlank() ? request.campaignCode()
				: draft.campaignCode().strip();
		if (campaign != null && campaign.length() > 60) {
			problems.add(new FieldProblem("campaignCode", "must be at most 60 characters", "funds.tooLong"));
		}
		if (draft.leadIds() != null && String.join(",", draft.leadIds()).length() > 4000) {
			problems.add(new FieldProblem("leadIds", "are too many", "funds.tooLong"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Checked(amount, invoice, campaign, files(files, claimId == null));
	}

	private BigDecimal amount(FundRequest request, BigDecimal value, UUID claimId, List<FieldProblem> problems) {
		BigDecimal amount;
		try {
			amount = Money.positive("amount", value, request.currency());
		}
		catch (InvalidInput bad) {
			problems.addAll(bad.problems());
			return null;
		}
		BigDecimal claimed = claims.findByRequestId(request.id()).stream()
			.filter(c -> c.status().counts() && !c.id().equals(claimId)).map(FundClaim::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal left = request.approvedAmount().subtract(claimed);
		if (amount.compareTo(left) > 0) {
			problems.add(new FieldProblem("amount", "exceeds what is left of the approved amount: " + left.toPlainString()
					+ " " + request.currency(), "funds.claim.aboveApproved"));
		}
		return amount;
	}

	/** Files attached to a request: the same checks as proof files (type by content, size, count). */
	List<Proof> attachments(List<NewProofFile> files) {
		return files(files, true);
	}

	private List<Proof> files(List<NewProofFile> files, boolean required) {
		List<NewProofFile> given = files == null ? List.of() : files.stream().filter(f -> f != null && f.size() > 0
				|| f != null && f.fileName() != null && !f.fileName().isBlank()).toList();
		if (given.isEmpty() && required) {
			throw InvalidInput.of("files", "at least one proof of performance file is required", "funds.proof.required");
		}
		if (given.size() > settings.proofMaxFiles()) {
			throw InvalidInput.of("files", "at most " + settings.proofMaxFiles() + " files", "funds.proof.tooMany");
		}
		List<Proof> proofs = new ArrayList<>();
		for (NewProofFile file : given) {
			byte[] content = read(file);
			String name = cleanName(file.fileName());
			proofs.add(new Proof(name, ProofTypes.check(name, content), content));
		}
		return proofs;
	}

	/** Reads one byte more than allowed, so a client that announced a smaller size cannot slip a larger file in. */
	private byte[] read(NewProofFile file) {
		if (file.size() > settings.proofMaxBytes()) {
			throw tooLarge();
		}
		try {
			byte[] content = file.content().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.proofMaxBytes() + 1));
			if (content.length > settings.proofMaxBytes()) {
				throw tooLarge();
			}
			return content;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private InvalidInput tooLarge() {
		return InvalidInput.of("files", "each file must be at most " + settings.proofMaxBytes() + " bytes",
				"funds.proof.tooLarge");
	}

	/** The last path segment, without control characters, at most 255 characters. */
	static String cleanName(String fileName) {
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
		if (name.isEmpty()) {
			name = "file";
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

	static String reason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw InvalidInput.of("reason", "is required", "required");
		}
		return reason.strip();
	}

	static String reference(String reference) {
		if (reference == null || reference.isBlank() || reference.length() > 200) {
			throw InvalidInput.of("reference", "is required (at most 200 characters)", "required");
		}
		return reference.strip();
	}
}

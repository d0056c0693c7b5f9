package org.openprm.partners.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.partners.Address;
import org.openprm.partners.PartnerCriteria;
import org.openprm.partners.PartnerDraft;
import org.openprm.partners.PartnerManagement;
import org.openprm.partners.PartnerProfileDraft;
import org.openprm.partners.PartnerStatus;
import org.openprm.partners.PartnerType;
import org.openprm.partners.PartnerView;
import org.openprm.shared.PageResult;
import org.openprm.shared.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The partner directory over REST. Vendor staff create and edit partners; a partner admin edits its
 * own profile; everyone reads what its scope allows.
 */
@RestController
@RequestMapping("/api/v1/partners")
@Tag(name = "Partners")
class PartnerRestController {

	private final PartnerManagement partners;

	PartnerRestController(PartnerManagement partners) {
		this.partners = partners;
	}

	/** Vendor-owned fields of a partner. */
	record PartnerRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String legalName,
			@NotNull PartnerType type, UUID parentId, @NotBlank String country, List<@Size(max = 253) String> domains,
			List<@Size(max = 60) String> tags, List<@Valid Address> addresses, Map<String, String> attributes) {

		PartnerDraft toDraft() {
			return new PartnerDraft(name, legalName, type, parentId, country, domains, tags, addresses, attributes);
		}
	}

	/** The fields a partner admin owns. */
	record ProfileRequest(@NotBlank @Size(max = 200) String name, @Size(max = 200) String legalName,
			List<@Size(max = 253) String> domains, List<@Valid Address> addresses) {
	}

	record StatusRequest(@NotNull PartnerStatus status, @Size(max = 500) String reason) {
	}

	record PartnerResponse(UUID id, String name, String legalName, PartnerType type, PartnerStatus status,
			UUID parentId, String parentName, String country, List<String> domains, List<String> tags,
			List<Address> addresses, Map<String, String> attributes, Instant createdAt, Instant updatedAt,
			long version) {

		static PartnerResponse of(PartnerView p) {
			return new PartnerResponse(p.id(), p.name(), p.legalName(), p.type(), p.status(), p.parentId(),
					p.parentName(), p.country(), p.domains(), p.tags(), p.addresses(), p.attributes(), p.createdAt(),
					p.updatedAt(), p.version());
		}
	}

	@GetMapping
	@Operation(summary = "Search the partner directory (paged)")
	PageResult<PartnerResponse> search(@RequestParam(required = false) String q,
			@RequestParam(required = false) PartnerType type, @RequestParam(required = false) PartnerStatus status,
			@RequestParam(required = false) String country, @RequestParam(required = false) String tag,
			@RequestParam(required = false) UUID parentId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, @RequestParam(defaultValue = "name") String sort) {
		PageResult<PartnerView> result = partners.search(new PartnerCriteria(q, type, status, country, tag, parentId),
				Paging.of(page, size, sort, DirectorySort.FIELDS));
		return new PageResult<>(result.items().stream().map(PartnerResponse::of).toList(), result.page(),
				result.size(), result.total());
	}

	@GetMapping(value = "/export", produces = "text/csv")
	@Operation(summary = "Export the directory as CSV: same filters and visibility as the search, at most 100,000 rows")
	void export(@RequestParam(required = false) String q, @RequestParam(required = false) PartnerType type,
			@RequestParam(required = false) PartnerStatus status, @RequestParam(required = false) String country,
			@RequestParam(required = false) String tag, @RequestParam(required = false) UUID parentId,
			@RequestParam(defaultValue = "name") String sort, HttpServletResponse response) throws IOException {
		DirectoryCsv.write(partners, new PartnerCriteria(q, type, status, country, tag, parentId), sort, response);
	}

	@PostMapping
	@Operation(summary = "Create a partner (vendor staff)")
	ResponseEntity<PartnerResponse> create(@Valid @RequestBody PartnerRequest request) {
		PartnerView created = partners.register(request.toDraft());
		return ResponseEntity.created(URI.create("/api/v1/partners/" + created.id())).body(PartnerResponse.of(created));
	}

	@GetMapping("/{partnerId}")
	@Operation(summary = "Read a partner")
	PartnerResponse read(@PathVariable UUID partnerId) {
		return PartnerResponse.of(partners.partner(partnerId));
	}

	@PutMapping("/{partnerId}")
	@Operation(summary = "Replace a partner's data (vendor staff); If-Match guards against lost updates")
	PartnerResponse update(@PathVariable UUID partnerId, @Valid @RequestBody PartnerRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return PartnerResponse.of(partners.update(partnerId, request.toDraft(), Paging.version(ifMatch)));
	}

	@PutMapping("/{partnerId}/profile")
	@Operation(summary = "Edit the organisation profile (partner admin of that partner, or vendor staff)")
	PartnerResponse updateProfile(@PathVariable UUID partnerId, @Valid @RequestBody ProfileRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return PartnerResponse.of(partners.updateProfile(partnerId,
				new PartnerProfileDraft(request.name(), request.legalName(), request.domains(), request.addresses()),
				Paging.version(ifMatch)));
	}

	@PostMapping("/{partnerId}/status")
	@Operation(summary = "Change a partner's lifecycle status (vendor staff); illegal transitions answer 409")
	PartnerResponse changeStatus(@PathVariable UUID partnerId, @Valid @RequestBody StatusRequest request) {
		return PartnerResponse.of(partners.changeStatus(partnerId, request.status(), request.reason()));
	}
}

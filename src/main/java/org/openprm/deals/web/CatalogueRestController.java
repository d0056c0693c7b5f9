package org.openprm.deals.web;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.openprm.deals.AccountKind;
import org.openprm.deals.AccountView;
import org.openprm.deals.CustomerAccounts;
import org.openprm.deals.ImportReport;
import org.openprm.deals.ProductCatalogue;
import org.openprm.deals.ProductView;
import org.openprm.shared.PageResult;
import org.openprm.shared.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * What deals are checked and priced against: the vendor's CRM accounts (CSV import) and the product
 * catalogue (API and CSV import).
 */
@RestController
@Tag(name = "Deal registrations")
class CatalogueRestController {

	private final CustomerAccounts accounts;

	private final ProductCatalogue catalogue;

	CatalogueRestController(CustomerAccounts accounts, ProductCatalogue catalogue) {
		this.accounts = accounts;
		this.catalogue = catalogue;
	}

	record ProductRequest(@NotBlank @Size(max = 60) String code, @NotBlank @Size(max = 200) String name,
			Boolean active, Map<String, BigDecimal> prices) {
	}

	record ProductUpdateRequest(@NotBlank @Size(max = 200) String name, Boolean active, Map<String, BigDecimal> prices) {
	}

	@PostMapping(value = "/api/v1/accounts/import", consumes = "text/csv")
	@Operation(summary = "Import the vendor's direct accounts (or kind=OPPORTUNITY / NAMED_ACCOUNT) as CSV with header "
			+ "external_id,name,domain,country,city,postal_code,street,phone; upserts by external_id and reports row errors")
	ImportReport importAccounts(@RequestBody String csv, @RequestParam(defaultValue = "ACCOUNT") AccountKind kind) {
		return accounts.importCsv(kind, new StringReader(csv));
	}

	@GetMapping("/api/v1/accounts")
	@Operation(summary = "The vendor's imported accounts of one kind (vendor staff, paged)")
	PageResult<AccountView> accounts(@RequestParam(defaultValue = "ACCOUNT") AccountKind kind,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Paging.of(page, size, "id", Map.of("id", "id"));
		return accounts.accounts(kind, page, size);
	}

	@GetMapping("/api/v1/products")
	@Operation(summary = "The product catalogue (active products; vendor staff see all)")
	PageResult<ProductView> products(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		Paging.of(page, size, "id", Map.of("id", "id"));
		return catalogue.products(page, size);
	}

	@GetMapping("/api/v1/products/{productId}")
	@Operation(summary = "Read a product")
	ProductView product(@PathVariable UUID productId) {
		return catalogue.product(productId);
	}

	@PostMapping("/api/v1/products")
	@Operation(summary = "Add a product with prices per currency (vendor staff)")
	ResponseEntity<ProductView> define(@Valid @RequestBody ProductRequest request) {
		ProductView product = catalogue.define(request.code(), request.name(), !Boolean.FALSE.equals(request.active()),
				request.prices());
		return ResponseEntity.created(URI.create("/api/v1/products/" + product.id())).body(product);
	}

	@PutMapping("/api/v1/products/{productId}")
	@Operation(summary = "Change a product's name, prices or availability (vendor staff)")
	ProductView update(@PathVariable UUID productId, @Valid @RequestBody ProductUpdateRequest request,
			@RequestHeader(name = "If-Match", required = false) String ifMatch) {
		return catalogue.update(productId, request.name(), !Boolean.FALSE.equals(request.active()), request.prices(),
				Paging.version(ifMatch));
	}

	@PostMapping(value = "/api/v1/products/import", consumes = "text/csv")
	@Operation(summary = "Import products as CSV with header code,name,currency,price (one row per price; vendor staff)")
	ImportReport importProducts(@RequestBody String csv) {
		return catalogue.importCsv(new StringReader(csv));
	}
}

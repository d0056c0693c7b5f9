package org.openprm.deals.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.openprm.deals.DealDraft;
import org.openprm.deals.DealStage;
import org.openprm.deals.ProductLine;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The register form. Field names follow the facade's field errors ({@code customer.name},
 * {@code lines[0].quantity}, {@code expectedCloseDate}), so each error lands next to its field.
 * {@code formToken} is issued with the empty form; a second post with the same token (a double click,
 * a reload) opens the registration the first one created instead of registering again.
 */
public class DealForm {

	@Valid
	private CustomerForm customer = new CustomerForm();

	@Valid
	private List<LineForm> lines = new ArrayList<>();

	private BigDecimal amount;

	@NotBlank
	private String currency = "EUR";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate expectedCloseDate;

	@NotNull
	private DealStage stage = DealStage.QUALIFICATION;

	@Size(max = 4000)
	private String description;

	private UUID partnerId;

	private UUID distributorId;

	private String formToken;

	/** Always offers one empty line, so that a product can be added without scripts. */
	DealForm withBlankLine() {
		if (lines.stream().noneMatch(LineForm::isBlank)) {
			lines.add(new LineForm());
		}
		return this;
	}

	DealForm withoutLine(int index) {
		if (index >= 0 && index < lines.size()) {
			lines.remove(index);
		}
		return this;
	}

	/** The register form asks for at least one product line; the API also takes a bare amount. */
	@AssertTrue(message = "{deal.lines.required}")
	public boolean isLinesGiven() {
		return lines.stream().anyMatch(line -> !line.isBlank());
	}

	DealDraft toDraft(boolean submit) {
		List<ProductLine> given = lines.stream().filter(line -> !line.isBlank()).map(LineForm::toLine).toList();
		return new DealDraft(partnerId, distributorId, customer.toCustomer(), given, amount, currency, expectedCloseDate,
				stage, description, submit);
	}

	public CustomerForm getCustomer() {
		return customer;
	}

	public void setCustomer(CustomerForm customer) {
		this.customer = customer;
	}

	public List<LineForm> getLines() {
		return lines;
	}

	public void setLines(List<LineForm> lines) {
		this.lines = lines;
	}

	public BigDecimal getAmount() {
		return amount;
	}

	public void setAmount(BigDecimal amount) {
		this.amount = amount;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public LocalDate getExpectedCloseDate() {
		return expectedCloseDate;
	}

	public void setExpectedCloseDate(LocalDate expectedCloseDate) {
		this.expectedCloseDate = expectedCloseDate;
	}

	public DealStage getStage() {
		return stage;
	}

	public void setStage(DealStage stage) {
		this.stage = stage;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public UUID getPartnerId() {
		return partnerId;
	}

	public void setPartnerId(UUID partnerId) {
		this.partnerId = partnerId;
	}

	public UUID getDistributorId() {
		return distributorId;
	}

	public void setDistributorId(UUID distributorId) {
		this.distributorId = distributorId;
	}

	public String getFormToken() {
		return formToken;
	}

	public void setFormToken(String formToken) {
		this.formToken = formToken;
	}

	/** One product line: a catalogue product, a quantity and, optionally, a price other than the list price. */
	public static class LineForm {

		@Size(max = 60)
		private String productCode;

		private BigDecimal quantity;

		private BigDecimal unitPrice;

		boolean isBlank() {
			return (productCode == null || productCode.isBlank()) && quantity == null && unitPrice == null;
		}

		ProductLine toLine() {
			return new ProductLine(productCode == null || productCode.isBlank() ? null : productCode, null, quantity,
					unitPrice);
		}

		public String getProductCode() {
			return productCode;
		}

		public void setProductCode(String productCode) {
			this.productCode = productCode;
		}

		/** Never entered: the catalogue names the product. Here so that "product missing" errors have a place. */
		public String getProductName() {
			return null;
		}

		public void setProductName(String productName) {
			// Ignored: the name comes from the catalogue, never from the page.
		}

		public BigDecimal getQuantity() {
			return quantity;
		}

		public void setQuantity(BigDecimal quantity) {
			this.quantity = quantity;
		}

		public BigDecimal getUnitPrice() {
			return unitPrice;
		}

		public void setUnitPrice(BigDecimal unitPrice) {
			this.unitPrice = unitPrice;
		}
	}
}

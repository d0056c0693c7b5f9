package org.openprm.deals;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.openprm.deals.domain.Product;
import org.openprm.deals.domain.ProductRepository;
import org.openprm.identity.CurrentActor;
import org.openprm.identity.Visibility;
import org.openprm.shared.Conflict;
import org.openprm.shared.FieldChange;
import org.openprm.shared.InvalidInput;
import org.openprm.shared.InvalidInput.FieldProblem;
import org.openprm.shared.PageResult;
import org.openprm.shared.RecordNotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The product catalogue deals are registered with: everyone reads the active products, vendor staff
 * maintain them by API or CSV ({@code code,name,currency,price}, one row per price).
 */
@Service
@Transactional
public class ProductCatalogue {

	private static final String TYPE = "Product";

	private final ProductRepository products;

	private final Visibility visibility;

	private final CurrentActor actors;

	private final ApplicationEventPublisher events;

	private final DealSettings settings;

	private final Clock clock;

	ProductCatalogue(ProductRepository products, Visibility visibility, CurrentActor actors,
			ApplicationEventPublisher events, DealSettings settings, Clock clock) {
		this.products = products;
		this.visibility = visibility;
		this.actors = actors;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageResult<ProductView> products(int page, int size) {
		PageRequest request = PageRequest.of(page, size, Sort.by("code"));
		return PageResult.of(actors.get().isVendor() ? products.findAll(request) : products.findByActiveTrue(request),
				ProductCatalogue::view);
	}

	@Transactional(readOnly = true)
	public ProductView product(UUID id) {
		return products.findById(id).filter(p -> p.active() || actors.get().isVendor()).map(ProductCatalogue::view)
			.orElseThrow(() -> RecordNotFound.of(TYPE, id));
	}

	public ProductView define(String code, String name, boolean active, Map<String, BigDecimal> prices) {
		visibility.requireVendor(TYPE, "new");
		if (products.findByCode(code.trim()).isPresent()) {
			throw InvalidInput.of("code", "is already used by another product", "product.codeTaken");
		}
		Product product = new Product(code.trim(), clock.instant());
		FieldChange.Diff diff = product.edit(name.trim(), active, checkedPrices(prices), clock.instant());
		products.save(product);
		events.publishEvent(new ProductChanged(product.id(), "created", diff.field("code", null, code.trim()).changes()));
		return view(product);
	}

	public ProductView update(UUID id, String name, boolean active, Map<String, BigDecimal> prices, Long expectedVersion) {
		visibility.requireVendor(TYPE, id);
		Product product = products.findById(id).orElseThrow(() -> RecordNotFound.of(TYPE, id));
		if (expectedVersion != null && expectedVersion != product.version()) {
			throw new Conflict("The product was changed by someone else; reload it and apply your change again.");
		}
		FieldChange.Diff diff = product.edit(name.trim(), active, checkedPrices(prices), clock.instant());
		if (!diff.isEmpty()) {
			events.publishEvent(new ProductChanged(product.id(), "updated", diff.changes()));
		}
		products.flush();
		return view(product);
	}

	/** Creates or updates the products of a CSV with header {@code code,name,currency,price}. */
	public ImportReport importCsv(Reader csv) {
		visibility.requireVendor(TYPE, "import");
		Map<String, String> names = new LinkedHashMap<>();
		Map<String, Map<String, BigDecimal>> prices = new LinkedHashMap<>();
		List<ImportReport.RowError> errors = new ArrayList<>();
		try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
			.setIgnoreEmptyLines(true).get().parse(csv)) {
			if (!parser.getHeaderMap().keySet().containsAll(List.of("code", "name", "currency", "price"))) {
				throw InvalidInput.of("body", "the CSV header must be code,name,currency,price", "csv.header");
			}
			for (CSVRecord row : parser) {
				readRow(row, names, prices, errors);
			}
		}
		catch (IOException | IllegalStateException ex) {
			throw InvalidInput.of("body", "is not readable as CSV: " + ex.getMessage(), "csv.header");
		}
		int created = 0;
		for (Map.Entry<String, String> entry : names.entrySet()) {
			Product product = products.findByCode(entry.getKey()).orElse(null);
			if (product == null) {
				define(entry.getKey(), entry.getValue(), true, prices.get(entry.getKey()));
				created++;
			}
			else {
				Map<String, BigDecimal> merged = new LinkedHashMap<>(product.prices());
				merged.putAll(prices.get(entry.getKey()));
				update(product.id(), entry.getValue(), product.active(), merged, null);
			}
		}
		return new ImportReport(created, names.size() - created, errors);
	}

	private void readRow(CSVRecord row, Map<String, String> names, Map<String, Map<String, BigDecimal>> prices,
			List<ImportReport.RowError> errors) {
		long number = row.getRecordNumber();
		if (!row.isConsistent() || row.get("code").isEmpty() || row.get("code").length() > 60 || row.get("name").isEmpty()
				|| row.get("name").length() > 200) {
			errors.add(new ImportReport.RowError(number, "code", "code (at most 60) and name (at most 200) are required"));
			return;
		}
		String currency = row.get("currency").toUpperCase(Locale.ROOT);
		if (!settings.allowsCurrency(currency)) {
			errors.add(new ImportReport.RowError(number, "currency", "is not one of " + settings.currencies()));
			return;
		}
		try {
			BigDecimal price = new BigDecimal(row.get("price"));
			if (price.signum() < 0) {
				throw new NumberFormatException();
			}
			names.put(row.get("code"), row.get("name"));
			prices.computeIfAbsent(row.get("code"), c -> new LinkedHashMap<>()).put(currency, price);
		}
		catch (NumberFormatException ex) {
			errors.add(new ImportReport.RowError(number, "price", "must be a number, 0 or more"));
		}
	}

	private Map<String, BigDecimal> checkedPrices(Map<String, BigDecimal> prices) {
		List<FieldProblem> problems = new ArrayList<>();
		Map<String, BigDecimal> clean = new LinkedHashMap<>();
		(prices == null ? Map.<String, BigDecimal>of() : prices).forEach((currency, price) -> {
			String code = currency.trim().toUpperCase(Locale.ROOT);
			if (!settings.allowsCurrency(code)) {
				problems.add(new FieldProblem("prices." + currency, "is not one of " + settings.currencies(),
						"currency.notAccepted"));
			}
			else if (price == null || price.signum() < 0) {
				problems.add(new FieldProblem("prices." + currency, "must be 0 or more", "price"));
			}
			else {
				clean.put(code, price);
			}
		});
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return clean;
	}

	/** Lines that name a catalogue product by code get its name and its list price in the currency where they lack them. */
	// Not read-only: it runs inside the registering transaction, and a read-only participant would
	// leave that transaction's new registration read-only.
	public List<ProductLine> completed(List<ProductLine> lines, String currency) {
		if (lines == null) {
			return List.of();
		}
		List<ProductLine> completed = new ArrayList<>();
		for (ProductLine line : lines) {
			Product product = line == null || line.productCode() == null ? null
					: products.findByCode(line.productCode().trim()).orElse(null);
			if (product == null) {
				completed.add(line);
				continue;
			}
			String code = currency == null ? "" : currency.trim().toUpperCase(Locale.ROOT);
			completed.add(new ProductLine(product.code(), line.productName() == null ? product.name() : line.productName(),
					line.quantity(), line.unitPrice() == null ? product.prices().get(code) : line.unitPrice()));
		}
		return completed;
	}

	private static ProductView view(Product product) {
		return new ProductView(product.id(), product.code(), product.name(), product.active(), product.prices(),
				product.version());
	}
}

package io.chaingraph.loader.chainkg;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.chaingraph.loader.chainkg.ChainKgData.Enterprise;
import io.chaingraph.loader.chainkg.ChainKgData.Industry;
import io.chaingraph.loader.chainkg.ChainKgData.Link;
import io.chaingraph.loader.chainkg.ChainKgData.Weighted;
import io.chaingraph.loader.chainkg.JsonLines.Line;
import io.chaingraph.loader.source.LoadException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the seven files of a ChainKnowledgeGraph folder into {@link ChainKgData}, one line at a time, handling and
 * reporting the data set's quirks, and collecting every problem that makes the input unusable before throwing them
 * together as one {@link LoadException}.
 * <p>
 * Files are read nodes before the relations that use them, so "missing from product.json" is known when a relation
 * is read, and the source of an element is the first line, in this order, that states it.
 */
final class ChainKgReader {

	static final String INDUSTRY = "industry.json";

	static final String INDUSTRY_INDUSTRY = "industry_industry.json";

	static final String COMPANY = "company.json";

	static final String COMPANY_INDUSTRY = "company_industry.json";

	static final String PRODUCT = "product.json";

	static final String COMPANY_PRODUCT = "company_product.json";

	static final String PRODUCT_PRODUCT = "product_product.json";

	/** Every file, all required, in reading order. */
	static final List<String> FILES = List.of(INDUSTRY, INDUSTRY_INDUSTRY, COMPANY, COMPANY_INDUSTRY, PRODUCT,
			COMPANY_PRODUCT, PRODUCT_PRODUCT);

	private static final Pattern INDUSTRY_CODE = Pattern.compile("\\d{6}");

	private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

	private final ChainKgReport report;

	private final Problems problems = new Problems();

	private final ChainKgData data = new ChainKgData();

	/** Per firm id, each way its code was written, with the line that first wrote it so. */
	private final Map<String, Map<String, String>> spellings = new LinkedHashMap<>();

	ChainKgReader(ChainKgReport report) {
		this.report = report;
	}

	/**
	 * Reads the folder.
	 * @throws LoadException listing every problem when the input is not usable
	 */
	ChainKgData read(Path directory) {
		if (!Files.isDirectory(directory)) {
			this.problems.add(directory.toString(), 0, null,
					"a folder holding the ChainKnowledgeGraph files " + String.join(", ", FILES), "no such folder");
			throw new LoadException(this.problems.all());
		}
		for (var file : FILES) {
			if (!Files.isRegularFile(directory.resolve(file))) {
				this.problems.add(file, 0, null, "the file " + file + " in " + directory + " (缺少文件)",
						"no such file");
			}
		}
		read(directory, INDUSTRY, this::industry);
		read(directory, INDUSTRY_INDUSTRY, this::industryLink);
		read(directory, COMPANY, this::company);
		read(directory, COMPANY_INDUSTRY, this::companyIndustry);
		read(directory, PRODUCT, this::product);
		read(directory, COMPANY_PRODUCT, this::companyProduct);
		read(directory, PRODUCT_PRODUCT, this::productLink);
		this.spellings.forEach((id, written) -> {
			if (written.size() > 1) {
				var first = written.values().stream().skip(1).findFirst().orElseThrow();
				this.report.quirk(ChainKgQuirk.CODE_FORMATS_MIXED, first, id + " written as " + written.keySet());
			}
		});
		if (!this.problems.isEmpty()) {
			throw new LoadException(this.problems.all());
		}
		return this.data;
	}

	private void read(Path directory, String file, Consumer<Line> each) {
		var path = directory.resolve(file);
		if (Files.isRegularFile(path)) {
			this.report.linesRead(file, JsonLines.read(path, file, this.problems, each));
		}
	}

	// industry.json: {"code": "110000", "name": "农林牧渔"}
	private void industry(Line line) {
		var code = required(line, "code");
		var name = required(line, "name");
		if (code == null || name == null) {
			return;
		}
		code = industryCode(line, "code", code);
		name = name(line, "name", name);
		if (code == null || name == null) {
			return;
		}
		if (this.data.industries.containsKey(code)) {
			quirk(ChainKgQuirk.DUPLICATE_INDUSTRY, line, code + " " + name);
			return;
		}
		this.data.industries.put(code, new Industry(code, name, level(code), line.source()));
	}

	// industry_industry.json: {"from_code": "110100", "from_industry": "种植业", "rel": "上级行业", "to_code": "110000", …}
	private void industryLink(Line line) {
		var child = required(line, "from_code");
		var parent = required(line, "to_code");
		var childName = optional(line, "from_industry");
		var parentName = optional(line, "to_industry");
		if (child == null || parent == null) {
			return;
		}
		childName = optionalName(line, "from_industry", childName);
		parentName = optionalName(line, "to_industry", parentName);
		child = industryCode(line, "from_code", child);
		parent = industryCode(line, "to_code", parent);
		if (child == null || parent == null) {
			return;
		}
		if (child.equals(parent)) {
			quirk(ChainKgQuirk.SELF_LOOP, line, "上级行业 " + child + " → " + parent);
			return;
		}
		ensureIndustry(line, child, childName);
		ensureIndustry(line, parent, parentName);
		link(this.data.industryLinks, new Link(child, parent), line, ChainKgQuirk.DUPLICATE_RELATION, "上级行业");
	}

	// company.json: {"name": "皓元医药", "fullname": "上海皓元医药股份有限公司", "code": "688131", "location": "上海证券交易所", "time": "2021-06-08"}
	private void company(Line line) {
		var raw = required(line, "code");
		var shortName = required(line, "name");
		var fullName = optional(line, "fullname");
		var location = optional(line, "location");
		var time = optional(line, "time");
		if (raw == null || shortName == null) {
			return;
		}
		shortName = name(line, "name", shortName);
		fullName = optionalName(line, "fullname", fullName);
		var code = stockCode(line, "code", raw);
		if (code == null || shortName == null) {
			return;
		}
		if (this.data.enterprises.containsKey(code.id())) {
			quirk(ChainKgQuirk.DUPLICATE_COMPANY, line, code.id() + " " + shortName);
			return;
		}
		if (Boolean.FALSE.equals(code.listedOn(location))) {
			quirk(ChainKgQuirk.EXCHANGE_MISMATCH, line, code.code() + " location " + location);
		}
		LocalDate listedOn = null;
		if (time != null && !time.isBlank()) {
			listedOn = date(time.strip());
			if (listedOn == null) {
				quirk(ChainKgQuirk.LISTING_DATE_INVALID, line, code.code() + " time " + Names.show(time));
			}
		}
		// The registered name is the name, as in enterprises.csv, so a firm from both sources reads the same; the
		// short name (皓元医药) becomes an alias for search.
		var name = (fullName != null) ? fullName : shortName;
		var aliases = shortName.equals(name) ? List.<String>of() : List.of(shortName);
		this.data.enterprises.put(code.id(), new Enterprise(code.id(), name, fullName, aliases, code.code(),
				code.exchange(), listedOn, line.source()));
	}

	// company_industry.json: {"company_code": "000915.SZ", "industry_code": "370102", "industry_name": "化学制剂", "company_name": "华特达因", "rel": "所属行业"}
	private void companyIndustry(Line line) {
		var raw = required(line, "company_code");
		var industry = required(line, "industry_code");
		var companyName = optional(line, "company_name");
		var industryName = optional(line, "industry_name");
		if (raw == null || industry == null) {
			return;
		}
		companyName = optionalName(line, "company_name", companyName);
		industryName = optionalName(line, "industry_name", industryName);
		var code = stockCode(line, "company_code", raw);
		industry = industryCode(line, "industry_code", industry);
		if (code == null || industry == null) {
			return;
		}
		ensureEnterprise(line, code, companyName);
		ensureIndustry(line, industry, industryName);
		link(this.data.enterpriseIndustries, new Link(code.id(), industry), line, ChainKgQuirk.DUPLICATE_RELATION,
				"所属行业");
	}

	// product.json: {"name": "起搏器"}
	private void product(Line line) {
		var name = required(line, "name");
		if (name == null) {
			return;
		}
		name = name(line, "name", name);
		if (name == null) {
			return;
		}
		if (this.data.products.putIfAbsent(name, line.source()) != null) {
			quirk(ChainKgQuirk.DUPLICATE_PRODUCT, line, name);
		}
	}

	// company_product.json: {"company_name": "海普瑞", "company_code": "002399.SZ", "product_name": "肝素钠", "rel": "主营产品", "rel_weight": 0.86}
	private void companyProduct(Line line) {
		var raw = required(line, "company_code");
		var product = required(line, "product_name");
		var companyName = optional(line, "company_name");
		var given = weight(line);
		if (raw == null || product == null) {
			return;
		}
		companyName = optionalName(line, "company_name", companyName);
		product = name(line, "product_name", product);
		var code = stockCode(line, "company_code", raw);
		if (code == null || product == null || !given.valid()) {
			return;
		}
		var weight = given.value();
		ensureEnterprise(line, code, companyName);
		ensureProduct(line, product);
		var pair = new Link(code.id(), product);
		var first = this.data.makes.get(pair);
		if (first != null) {
			quirk(ChainKgQuirk.DUPLICATE_COMPANY_PRODUCT, line,
					code.id() + " → " + product + " (first " + first.source().substring("chainkg:".length()) + ")");
			return;
		}
		if (weight != null && weight.isNaN()) {
			quirk(ChainKgQuirk.WEIGHT_NOT_A_NUMBER, line, code.id() + " → " + product);
			weight = null;
		}
		else if (weight != null && (weight < 0 || weight > 1)) {
			quirk(ChainKgQuirk.WEIGHT_OUT_OF_RANGE, line, code.id() + " → " + product + " " + weight);
		}
		this.data.makes.put(pair, new Weighted(weight, line.source()));
	}

	// product_product.json: {"from_entity": "起搏器", "rel": "上游材料", "to_entity": "电池"}
	private void productLink(Line line) {
		var from = required(line, "from_entity");
		var rel = required(line, "rel");
		var to = required(line, "to_entity");
		if (from == null || rel == null || to == null) {
			return;
		}
		rel = rel.strip();
		if (!rel.equals("上游材料") && !rel.equals("下游产品") && !rel.equals("产品小类")) {
			this.problems.add(line.file(), line.number(), "rel", "上游材料, 下游产品 or 产品小类", "'" + rel + "'");
			return;
		}
		from = name(line, "from_entity", from);
		to = name(line, "to_entity", to);
		if (from == null || to == null) {
			return;
		}
		if (from.equals(to)) {
			quirk(ChainKgQuirk.SELF_LOOP, line, rel + " " + from + " → " + to);
			return;
		}
		// Skipping endpoints missing from product.json would drop relations the data set states; the name is the
		// product's key, so creating the product (sourced to this line) loses nothing and is reported.
		ensureProduct(line, from);
		ensureProduct(line, to);
		switch (rel) {
			// "to is an upstream material of from": to supplies from. Stated either way, it is one SUPPLIES.
			case "上游材料" -> link(this.data.supplies, new Link(to, from), line, ChainKgQuirk.DUPLICATE_SUPPLY, rel);
			case "下游产品" -> link(this.data.supplies, new Link(from, to), line, ChainKgQuirk.DUPLICATE_SUPPLY, rel);
			default -> link(this.data.subProducts, new Link(to, from), line, ChainKgQuirk.DUPLICATE_RELATION, rel);
		}
	}

	private void link(Map<Link, String> links, Link link, Line line, ChainKgQuirk duplicate, String rel) {
		var first = links.putIfAbsent(link, line.source());
		if (first != null) {
			quirk(duplicate, line, rel + " " + link.from() + " → " + link.to() + " (first "
					+ first.substring("chainkg:".length()) + ")");
		}
	}

	// A firm only relation files name: created rather than dropped, because the code is its key and its industry
	// and products would otherwise be lost; it has the relation's short name and no listing details.
	private void ensureEnterprise(Line line, StockCode code, String name) {
		if (!this.data.enterprises.containsKey(code.id())) {
			this.data.enterprises.put(code.id(), new Enterprise(code.id(), name, null, List.of(), code.code(),
					code.exchange(), null, line.source()));
			quirk(ChainKgQuirk.COMPANY_NOT_LISTED, line, code.id() + " " + ((name != null) ? name : ""));
		}
	}

	// An industry code only a relation names: created from the relation's code and name (the code is the key and
	// says the level); no parent is made up for it.
	private void ensureIndustry(Line line, String code, String name) {
		if (!this.data.industries.containsKey(code)) {
			this.data.industries.put(code, new Industry(code, name, level(code), line.source()));
			quirk(ChainKgQuirk.INDUSTRY_NOT_LISTED, line, code + " " + ((name != null) ? name : ""));
		}
	}

	private void ensureProduct(Line line, String name) {
		if (this.data.products.putIfAbsent(name, line.source()) == null) {
			quirk(ChainKgQuirk.PRODUCT_NOT_LISTED, line, name);
		}
	}

	private static int level(String code) {
		return code.endsWith("0000") ? 1 : code.endsWith("00") ? 2 : 3;
	}

	private static LocalDate date(String text) {
		if (!DATE.matcher(text).matches()) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private StockCode stockCode(Line line, String field, String raw) {
		var written = raw.strip();
		if (written.isEmpty()) {
			quirk(ChainKgQuirk.BLANK_VALUE, line, field + " is empty");
			return null;
		}
		var code = StockCode.parse(written);
		if (code == null) {
			this.problems.add(line.file(), line.number(), field,
					"an A-share stock code such as 000408.SZ or 000408 (A股代码)", "'" + raw + "'");
			return null;
		}
		if (!raw.equals(code.code()) && !this.report.normalisedCodes().containsKey(raw)) {
			this.report.normalisedCode(raw, code.id());
			quirk(ChainKgQuirk.CODE_NORMALISED, line, Names.show(raw) + " → " + code.id());
		}
		this.spellings.computeIfAbsent(code.id(), id -> new LinkedHashMap<>()).putIfAbsent(raw, line.where());
		return code;
	}

	private String industryCode(Line line, String field, String raw) {
		var code = raw.strip();
		if (code.isEmpty()) {
			quirk(ChainKgQuirk.BLANK_VALUE, line, field + " is empty");
			return null;
		}
		if (!INDUSTRY_CODE.matcher(code).matches()) {
			this.problems.add(line.file(), line.number(), field, "a six-digit 申万 industry code (六位行业代码)",
					"'" + raw + "'");
			return null;
		}
		return code;
	}

	// A name that keys a node: cleaned; empty means the line cannot be used.
	private String name(Line line, String field, String raw) {
		var name = optionalName(line, field, raw);
		if (name == null) {
			quirk(ChainKgQuirk.BLANK_VALUE, line, field + " is empty");
		}
		return name;
	}

	// A name that only describes: cleaned; empty means unknown.
	private String optionalName(Line line, String field, String raw) {
		if (raw == null) {
			return null;
		}
		var name = Names.clean(raw);
		if (name.isEmpty()) {
			return null;
		}
		if (!name.equals(raw)) {
			quirk(ChainKgQuirk.NAME_CLEANED, line, field + " " + Names.show(raw) + " → '" + name + "'");
		}
		if (Names.hasQuotes(name)) {
			quirk(ChainKgQuirk.NAME_WITH_QUOTES, line, field + " " + name);
		}
		return name;
	}

	/** A weight as read: the value (null when absent, NaN when not finite), or not valid at all. */
	private record Weight(Double value, boolean valid) {
	}

	// rel_weight: a number, or a numeric string; absent or null means no weight.
	private Weight weight(Line line) {
		var node = line.json().get("rel_weight");
		if (node == null || node.isNull()) {
			return new Weight(null, true);
		}
		if (node.isNumber()) {
			var weight = node.doubleValue();
			return new Weight(Double.isFinite(weight) ? weight : Double.NaN, true);
		}
		if (node.isString()) {
			try {
				var weight = Double.parseDouble(node.stringValue().strip());
				return new Weight(Double.isFinite(weight) ? weight : Double.NaN, true);
			}
			catch (NumberFormatException ex) {
				// reported below
			}
		}
		this.problems.add(line.file(), line.number(), "rel_weight", "a number (数值)", node.toString());
		return new Weight(null, false);
	}

	// A field the line cannot do without: reported when absent or null (an empty text is a quirk, handled later).
	private String required(Line line, String field) {
		var node = line.json().get(field);
		if (node == null || node.isNull()) {
			this.problems.add(line.file(), line.number(), field, "the field " + field + " (缺少必填字段)",
					(node == null) ? "no such field" : "null");
			return null;
		}
		return text(line, field, node);
	}

	private String optional(Line line, String field) {
		var node = line.json().get(field);
		return (node == null || node.isNull()) ? null : text(line, field, node);
	}

	private String text(Line line, String field, JsonNode node) {
		if (node.isString()) {
			return node.stringValue();
		}
		if (node.isNumber()) {
			// Codes sometimes come as numbers; their digits are what counts.
			return node.asString();
		}
		this.problems.add(line.file(), line.number(), field, "text (文本)", node.toString());
		return null;
	}

	private void quirk(ChainKgQuirk quirk, Line line, String detail) {
		this.report.quirk(quirk, line.where(), detail);
	}

}

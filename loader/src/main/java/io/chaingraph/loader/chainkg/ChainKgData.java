package io.chaingraph.loader.chainkg;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph one import writes, de-duplicated and keyed, in the order the input first states each element. At the
 * full data set's size (some 100,000 products and 170,000 relations) this is a few tens of megabytes.
 */
final class ChainKgData {

	/** A 申万 industry; level 1, 2 or 3 from the code (xx0000, xxyy00, xxyyzz). */
	record Industry(String code, String name, int level, String source) {
	}

	/**
	 * A listed company.
	 * @param name the registered name when known, as enterprises.csv names a firm, else the short name
	 * @param aliases the short name when it differs from {@code name}
	 */
	record Enterprise(String id, String name, String fullName, List<String> aliases, String stockCode,
			String exchange, LocalDate listedOn, String source) {
	}

	/** A relationship's two ends, by key, in the direction it is written. */
	record Link(String from, String to) {
	}

	/** A main product's weight (share of revenue, null when not given) and provenance. */
	record Weighted(Double weight, String source) {
	}

	final Map<String, Industry> industries = new LinkedHashMap<>();

	/** Child code → parent code: SUB_INDUSTRY_OF, with its source. */
	final Map<Link, String> industryLinks = new LinkedHashMap<>();

	final Map<String, Enterprise> enterprises = new LinkedHashMap<>();

	/** Enterprise id → industry code: IN_INDUSTRY. */
	final Map<Link, String> enterpriseIndustries = new LinkedHashMap<>();

	/** Product name → source. */
	final Map<String, String> products = new LinkedHashMap<>();

	/** Enterprise id → product name: MAKES. */
	final Map<Link, Weighted> makes = new LinkedHashMap<>();

	/** Upstream product → downstream product: SUPPLIES. */
	final Map<Link, String> supplies = new LinkedHashMap<>();

	/** Sub-category → category: SUB_PRODUCT_OF. */
	final Map<Link, String> subProducts = new LinkedHashMap<>();

}

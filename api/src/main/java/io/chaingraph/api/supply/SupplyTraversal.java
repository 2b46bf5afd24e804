package io.chaingraph.api.supply;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.chain.SegmentNames;
import io.chaingraph.api.enterprise.Enterprise;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.product.Product;
import io.chaingraph.api.product.ProductNames;
import io.chaingraph.api.region.RegionNames;
import io.chaingraph.api.system.StartProblem;
import io.chaingraph.model.order.NameOrder;
import io.chaingraph.model.rules.FieldRule;
import io.chaingraph.model.rules.RegionCodes;
import io.chaingraph.model.rules.Slips;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Breadth-first traversal of SUPPLIES in one statement per request ({@code traverse/<kind>-<direction>}): every
 * node comes back with the hop at which it is first reached and the node it was reached from, so the path back is a
 * shortest path, together with the start and the firms of the asked region. The statement walks a frontier hop by
 * hop: Cypher's variable-length patterns need literal bounds and enumerate paths, which on the product graph's 110k
 * edges grows fast; a frontier visits each node once.
 */
@Component
public class SupplyTraversal {

	/** How far the traversal statements go: they unroll this many hops. */
	static final int STATEMENT_HOPS = 10;

	/** How the traversal works on one kind of node. */
	private record Kind(String type, String keyProperty, String upstream, String downstream,
			Function<Map<String, Object>, Object> mapper) {
	}

	private static final Map<String, Kind> KINDS = Map.of("Segment",
			new Kind("Segment", "id", "traverse/segment-upstream", "traverse/segment-downstream", Segment::of),
			"Product", new Kind("Product", "name", "traverse/product-upstream", "traverse/product-downstream",
					Product::of));

	/** How many firms a traversal lists at most; {@code enterprisesCount} counts them all. */
	static final int FIRMS = 100;

	private final GraphReads reads;

	private final SegmentNames segments;

	private final RegionNames regions;

	private final ProductNames products;

	private final int maxHops;

	public SupplyTraversal(GraphReads reads, SegmentNames segments, RegionNames regions, ProductNames products,
			@Value("${chaingraph.graphql.limits.max-hops:10}") int maxHops) {
		this.segments = segments;
		this.regions = regions;
		this.products = products;
		if (maxHops < 1 || maxHops > STATEMENT_HOPS) {
			throw new StartProblem("chaingraph.graphql.limits.max-hops must be 1 to " + STATEMENT_HOPS
					+ " (the traversal statements unroll " + STATEMENT_HOPS + " hops), not " + maxHops + " (最大跳数应为 1 到 "
					+ STATEMENT_HOPS + ")", "Correct chaingraph.graphql.limits.max-hops and start again (请修改后重新启动)");
		}
		this.reads = reads;
		this.maxHops = maxHops;
	}

	/** Plans the four traversals (with and without a region) and the segment routes before the first request asks. */
	@EventListener(ApplicationStartedEvent.class)
	public void planAhead() {
		var none = new HashMap<String, Object>(Map.of("key", "", "hops", 1, "limit", 0));
		none.put("region", null);
		var sets = List.<Map<String, Object>>of(none, Map.of("key", "", "hops", 1, "limit", 0, "region", ""));
		KINDS.values().forEach(kind -> {
			this.reads.planAhead(kind.upstream(), sets);
			this.reads.planAhead(kind.downstream(), sets);
		});
		// Not traverse/product-paths: it serves ChainKnowledgeGraph imports only, and planning it ahead made every
		// start ready ~1 s later (planned ahead 14.1, 14.2 s without it, 16.0, 14.8 s with it); its first request
		// plans it instead, well within the timeout.
		this.reads.planAhead("traverse/segment-paths", List.of(Map.of("from", "", "to", "", "hops", 1, "limit", 1)));
	}

	/**
	 * The parameters of a traversal statement ({@code traverse/*}): start key, hops, region code or null, and how
	 * many firms at most. Public for {@code bench api --baseline statements}, which runs the same statement directly.
	 */
	public static Map<String, Object> parameters(String key, int hops, String region) {
		var parameters = new HashMap<String, Object>();
		parameters.put("key", key);
		parameters.put("hops", hops);
		parameters.put("region", region);
		parameters.put("limit", FIRMS);
		return parameters;
	}

	/**
	 * Where a traversal starts: a global ID, as GraphQL clients pass it; else, as a person types it, a segment's key
	 * or name (jx-nonferrous/copper-foil, 电解铜箔) or a product's name (阴极铜). The lookups run only for a text that
	 * is no global ID.
	 * @throws ApiException NOT_FOUND (with the segments it may mean) for a text that is none of these
	 */
	private GlobalId start(String from) {
		try {
			return GlobalId.decode(from, null);
		}
		catch (ApiException ex) {
			if (ex.code() != ErrorCode.BAD_INPUT || from == null || from.isBlank()) {
				throw ex;
			}
		}
		var text = Slips.halfWidth(from.strip());
		if (FieldRule.SEGMENT_ID.problem(text) == null) {
			return new GlobalId("Segment", text); // a key: a segment the graph lacks is NOT_FOUND below
		}
		var segment = this.segments.find(text);
		if (segment != null) {
			return new GlobalId("Segment", segment.key());
		}
		var product = this.products.find(text);
		if (product != null) {
			return new GlobalId("Product", product.name());
		}
		// The segments it may mean, else the products: 碳酸锂 is a segment's part, COB光 a product's.
		var suggested = this.segments.suggest(text);
		if (suggested == null) {
			suggested = this.products.suggest(text);
		}
		var details = new LinkedHashMap<String, Object>();
		details.put("key", text);
		if (suggested != null) {
			details.put("suggestions", suggested.keys());
		}
		throw new ApiException(ErrorCode.NOT_FOUND, "'" + text + "' is no segment or product the graph has, nor the ID of"
				+ " one (未找到该环节或产品)" + (suggested == null ? "" : "; " + suggested.words()), details);
	}

	public Reach traverse(String fromId, boolean upstream, Integer hops, String region) {
		int limit = hops == null ? 3 : hops;
		checkHops(limit);
		var id = start(fromId);
		var kind = KINDS.get(id.type());
		if (kind == null) {
			throw ApiException.badInput("upstream/downstream start from a Segment or a Product, not " + GlobalId.article(id.type())
					+ " (起点须为环节或产品)");
		}
		// The region as a person writes it (江西, 赣州, 360700) is looked up first; a code is taken as given.
		var regionCode = region == null || (FieldRule.REGION_CODE.problem(region.strip()) == null
				&& RegionCodes.unpadded(Slips.halfWidth(region.strip())).isEmpty()) ? region : this.regions.holdingFirms(region, "enterprisesIn");
		var answer = this.reads.single(upstream ? kind.upstream() : kind.downstream(),
				parameters(id.key(), limit, regionCode), r -> r);
		if (answer == null) {
			throw ApiException.notFound(kind.type(), id.key());
		}
		var start = kind.mapper().apply(answer.get("start").asMap(v -> v.asObject()));
		// Nearest first, each with the key it was reached from: objects and parents by key give every path.
		var found = answer.get("reached").asList(v -> v.asMap(x -> x.asObject()));
		var objects = new HashMap<String, Object>();
		var parents = new HashMap<String, String>();
		objects.put(id.key(), start);
		for (var step : found) {
			var item = item(step);
			objects.put((String) item.get(kind.keyProperty()), kind.mapper().apply(item));
			parents.put((String) item.get(kind.keyProperty()), (String) step.get("parent"));
		}
		var reached = new ArrayList<Reach.Reached>(found.size());
		for (var step : found) {
			var key = (String) item(step).get(kind.keyProperty());
			var path = new ArrayList<Object>();
			for (var at = key; at != null; at = parents.get(at)) {
				path.addFirst(objects.get(at));
			}
			reached.add(new Reach.Reached(objects.get(key), ((Number) step.get("hops")).intValue(), path));
		}
		List<Enterprise> firms = answer.get("firms").asList(v -> Enterprise.of(v.asMap()));
		if (firms.isEmpty() && regionCode != null) {
			// A code the graph does not have is NOT_FOUND, a cooperation area BAD_INPUT, not "no firms there".
			this.regions.holdingFirms(regionCode, "enterprisesIn");
		}
		return new Reach(start, upstream ? "UPSTREAM" : "DOWNSTREAM", limit, reached, firms,
				answer.get("firmCount").asInt());
	}

	/** The most routes {@code supplyPaths} and {@code productPaths} list at once. */
	static final int MOST_PATHS = 50;

	/** The most routes the statements find: Neo4j's SHORTEST 100. */
	private static final int STATEMENT_ROUTES = 100;

	/**
	 * The routes from one segment to another, shortest first ({@code traverse/segment-paths}, one statement; a second
	 * the other way round when there is none).
	 * @throws ApiException BAD_INPUT for an end that is no segment, the same segment twice, a limit out of range;
	 * NOT_FOUND for an end the graph does not have
	 */
	public SupplyPaths paths(String fromId, String toId, Integer hops, Integer first) {
		var from = segmentEnd(fromId, "from");
		var to = segmentEnd(toId, "to");
		if (from.equals(to)) {
			throw ApiException.badInput("from and to are the same segment, " + from + " (起点与终点为同一环节)");
		}
		var found = routes("traverse/segment-paths", from, to, hops, first, Segment::of, Segment::key, Segment::name);
		if (found == null) {
			throw ApiException.notFound("Segment", missing(from, to, "segment/by-keys"));
		}
		return new SupplyPaths(found.start(), found.end(), found.hops(),
				found.routes().stream().map(r -> new SupplyPaths.SupplyPath(r.size() - 1, r)).toList(), found.hasMore(),
				found.reversed());
	}

	/**
	 * The routes from one product to another on the product graph, shortest first ({@code traverse/product-paths}),
	 * as {@link #paths} for segments.
	 * @throws ApiException BAD_INPUT for an end that is no product, the same product twice, a limit out of range;
	 * NOT_FOUND for an end the graph does not have
	 */
	public ProductPaths productPaths(String fromId, String toId, Integer hops, Integer first) {
		var from = productEnd(fromId, "from");
		var to = productEnd(toId, "to");
		checkTwoProducts(from, to);
		var found = routes("traverse/product-paths", from, to, hops, first, Product::of, Product::name, Product::name);
		if (found == null) {
			// An end in traditional characters (銅精礦) is the product of its simplified name: looked up only now.
			var fromName = productName(from);
			var toName = productName(to);
			if (fromName == null || toName == null) {
				var name = fromName == null ? from : to;
				var segment = this.segments.find(name);
				if (segment == null) {
					// What it may have meant, as for every name a question takes (COB光 → COB光源).
					throw this.products.notFound(name).about(fromName == null ? "from" : "to");
				}
				throw new ApiException(ErrorCode.NOT_FOUND, "Product 产品 '" + name + "' not found (未找到); "
						+ segment.name() + " is a segment: supplyPaths joins segments (这是环节，环节之间的路径请用 supplyPaths)",
						Map.of("key", name));
			}
			checkTwoProducts(fromName, toName);
			found = routes("traverse/product-paths", fromName, toName, hops, first, Product::of, Product::name,
					Product::name);
		}
		return new ProductPaths(found.start(), found.end(), found.hops(),
				found.routes().stream().map(r -> new ProductPaths.ProductPath(r.size() - 1, r)).toList(), found.hasMore(),
				found.reversed());
	}

	/** What a routes statement found: the ends, the routes listed, and whether there are more or only the other way. */
	private record Routes<T>(T start, T end, int hops, List<List<T>> routes, boolean hasMore, boolean reversed) {
	}

	/**
	 * The routes of a {@code traverse/*-paths} statement, shortest first, routes of one length in the 拼音 order of
	 * their names (then their keys), the first {@code first} of them; null when an end is not in the graph.
	 */
	private <T> Routes<T> routes(String query, String from, String to, Integer hops, Integer first,
			Function<Map<String, Object>, T> mapper, Function<T, String> key, Function<T, String> name) {
		int limit = hops == null ? 6 : hops;
		checkHops(limit);
		int size = first == null ? 10 : first;
		if (size < 1) {
			throw new ApiException(ErrorCode.BAD_INPUT, "first is 1 to " + MOST_PATHS + ", was " + size + " (路径条数为 1–"
					+ MOST_PATHS + ")", Map.of("max", MOST_PATHS));
		}
		if (size > MOST_PATHS) {
			// Named as the other limits are: "first" was the argument's name, not a limit's.
			throw ApiException.overLimit("maxPaths", MOST_PATHS, size, "first: at most " + MOST_PATHS + " routes, was "
					+ size + " (路径最多 " + MOST_PATHS + " 条)");
		}
		var answer = this.reads.single(query, Map.of("from", from, "to", to, "hops", limit, "limit", STATEMENT_ROUTES),
				r -> r);
		if (answer == null) {
			return null;
		}
		var nodes = new HashMap<String, T>();
		var order = new HashMap<String, String>();
		answer.get("nodes").asList(v -> mapper.apply(v.asMap(x -> x.asObject()))).forEach(n -> {
			nodes.put(key.apply(n), n);
			order.put(key.apply(n), NameOrder.key(name.apply(n)));
		});
		var routes = new ArrayList<>(answer.get("routes").asList(route -> route.asList(v -> v.asString())));
		routes.sort(Comparator.<List<String>>comparingInt(List::size)
			.thenComparing(r -> r, lexicographic(order::get))
			.thenComparing(r -> r, lexicographic(k -> k)));
		var listed = routes.stream().limit(size).map(r -> r.stream().map(nodes::get).toList()).toList();
		// None this way: one more statement says whether the ends were given the other way round.
		boolean reversed = routes.isEmpty() && !this.reads
			.single(query, Map.of("from", to, "to", from, "hops", limit, "limit", 1), r -> r)
			.get("routes").asList().isEmpty();
		return new Routes<>(nodes.get(answer.get("start").asString()), nodes.get(answer.get("end").asString()), limit,
				listed, routes.size() > size, reversed);
	}

	/** Lists compared element by element by {@code by}, a shorter list first when it is the other's beginning. */
	private static Comparator<List<String>> lexicographic(Function<String, String> by) {
		return (a, b) -> {
			for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
				int c = by.apply(a.get(i)).compareTo(by.apply(b.get(i)));
				if (c != 0) {
					return c;
				}
			}
			return Integer.compare(a.size(), b.size());
		};
	}

	/** Which of the two ends the graph lacks (the statement found no row), by the lookup of keys given. */
	private String missing(String from, String to, String lookup) {
		for (var key : List.of(from, to)) {
			if (this.reads.list(lookup, Map.of("keys", List.of(key)), r -> r).isEmpty()) {
				return key;
			}
		}
		return from;
	}

	private static void checkTwoProducts(String from, String to) {
		if (from.equals(to)) {
			throw ApiException.badInput("from and to are the same product, " + from + " (起点与终点为同一产品)");
		}
	}

	/** The name of the product a name means, as product(name:) reads it ({@link ProductNames}); else null. */
	private String productName(String name) {
		var product = this.products.find(name);
		return product == null ? null : product.name();
	}

	/** The key of a route's end, which must be a segment. */
	private String segmentEnd(String text, String argument) {
		var id = start(text);
		if (!id.type().equals("Segment")) {
			throw ApiException.badInput(argument + ": supplyPaths joins two segments, not " + GlobalId.article(id.type())
					+ (id.type().equals("Product") ? "; productPaths joins products" : "")
					+ " (路径的起止须为环节" + (id.type().equals("Product") ? "；产品之间的路径请用 productPaths" : "") + ")");
		}
		return id.key();
	}

	/**
	 * The name of a product route's end: a Product's global ID or a product's name (looked up only when the routes
	 * statement finds no such product). A name is taken as a product's even where a segment has it too (碳纤维 may
	 * be both).
	 */
	private String productEnd(String text, String argument) {
		GlobalId id = null;
		try {
			id = GlobalId.decode(text, null);
		}
		catch (ApiException ex) {
			if (ex.code() != ErrorCode.BAD_INPUT || text == null || text.isBlank()) {
				throw ex;
			}
		}
		if (id != null) {
			if (!id.type().equals("Product")) {
				throw ApiException.badInput(argument + ": productPaths joins two products, not " + GlobalId.article(id.type())
						+ (id.type().equals("Segment") ? "; supplyPaths joins segments" : "") + " (路径的起止须为产品"
						+ (id.type().equals("Segment") ? "；环节之间的路径请用 supplyPaths" : "") + ")");
			}
			return id.key();
		}
		return Slips.halfWidth(text.strip());
	}

	private void checkHops(int limit) {
		if (limit < 1) {
			throw ApiException.badInput("maxHops must be at least 1 (跳数至少为 1)");
		}
		if (limit > this.maxHops) {
			throw new ApiException(ErrorCode.LIMIT_EXCEEDED, "maxHops is at most " + this.maxHops + " (最多追溯 "
					+ this.maxHops + " 跳)", Map.of("limit", "maxHops", "value", this.maxHops, "actual", limit));
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> item(Map<String, Object> step) {
		return (Map<String, Object>) step.get("item");
	}

}

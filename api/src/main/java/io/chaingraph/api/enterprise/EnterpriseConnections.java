package io.chaingraph.api.enterprise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.enterprise.EnterpriseController.EnterpriseFilter;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Connection;
import io.chaingraph.api.graphql.CursorScope;
import io.chaingraph.api.graphql.QueryLimits;
import io.chaingraph.api.region.Region;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The enterprises connections nested under {@code Region} and {@code Segment}. They take arguments, which
 * {@code @BatchMapping} cannot pass on, so each field hands its parent and arguments to one DataLoader: a request
 * then runs one statement per distinct set of arguments (one per field, unless aliases ask for different pages),
 * whatever the number of parents, and every parent still gets its own keyset page and total.
 */
@Controller
public class EnterpriseConnections {

	static final String LOADER = "nestedEnterprises";

	/**
	 * The arguments of one nested field; parents asking with equal arguments share a statement.
	 * @param counted whether the request asks for {@code totalCount}
	 * @param scope the list the cursors belong to, from the arguments as given (a name looked up later keeps it)
	 */
	record Arguments(EnterpriseFilter filter, String orderBy, int size, String after, boolean counted,
			CursorScope scope) {
	}

	/**
	 * One parent's request: its own condition (a region, a segment, or a segment within a region) and the arguments.
	 */
	record Parent(String key, String region, String segment, Arguments arguments) {
	}

	private final GraphReads reads;

	private final QueryLimits limits;

	private final FilterNames filterNames;

	EnterpriseConnections(GraphReads reads, QueryLimits limits, FilterNames filterNames, BatchLoaderRegistry registry) {
		this.reads = reads;
		this.limits = limits;
		this.filterNames = filterNames;
		registry.forTypePair(Parent.class, Connection.class)
			.withName(LOADER)
			.registerMappedBatchLoader((parents, environment) -> Mono.fromCallable(() -> pages(parents)));
	}

	@SchemaMapping(typeName = "Region", field = "enterprises")
	public CompletableFuture<Connection<Enterprise>> regionEnterprises(Region region, @Argument EnterpriseFilter filter,
			@Argument String orderBy, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		this.filterNames.holdsFirms(region); // refused on this field, not answered with an empty list
		return load(env, new Parent(region.code(), region.code(), null,
				arguments(EnterpriseListing.scope("Region.enterprises", filter, orderBy), filter, orderBy, first, after, env)));
	}

	@SchemaMapping(typeName = "Segment", field = "enterprises")
	public CompletableFuture<Connection<Enterprise>> segmentEnterprises(Segment segment,
			@Argument("region") String regionCode, @Argument EnterpriseFilter filter, @Argument String orderBy,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		var scope = EnterpriseListing.scope("Segment.enterprises", regionCode, filter, orderBy);
		return load(env,
				new Parent(segment.key(), regionCode, segment.key(), arguments(scope, filter, orderBy, first, after, env)));
	}

	/** Checks the page size and cursor here, so a bad one is reported on the field that asked for it. */
	private Arguments arguments(CursorScope scope, EnterpriseFilter filter, String orderBy, Integer first, String after,
			DataFetchingEnvironment env) {
		int size = Connection.size(first, this.limits.defaultPageSize(), this.limits.maxPageSize());
		EnterpriseListing.of(scope, orderBy, after);
		TagFilter.check(filter == null ? null : filter.tags(), "filter.tags");
		return new Arguments(filter, orderBy, size, after, env.getSelectionSet().contains("totalCount"), scope);
	}

	private static CompletableFuture<Connection<Enterprise>> load(DataFetchingEnvironment env, Parent parent) {
		org.dataloader.DataLoader<Parent, Connection<Enterprise>> loader = env.getDataLoader(LOADER);
		return loader.load(parent);
	}

	private Map<Parent, Connection> pages(Set<Parent> parents) {
		var byArguments = new LinkedHashMap<Arguments, List<Parent>>();
		parents.forEach(p -> byArguments.computeIfAbsent(p.arguments(), a -> new ArrayList<>()).add(p));
		var result = new HashMap<Parent, Connection>();
		byArguments.forEach((arguments, group) -> result.putAll(named(arguments, group)));
		return result;
	}

	/**
	 * The pages of parents whose filter or region may be written by name, as the top-level {@code enterprises} takes
	 * them (赣州, 有色金属, 电解铜箔): when every page came back empty, the texts are looked up ({@link FilterNames})
	 * and the pages asked again if one was a name, so a name costs the lookups only then, and one the graph does not
	 * have is NOT_FOUND (with what it may have meant) rather than lists that read as "no firms there".
	 */
	private Map<Parent, Connection> named(Arguments arguments, List<Parent> group) {
		var pages = pages(arguments, group);
		boolean named = FilterNames.names(arguments.filter())
				|| group.stream().anyMatch(p -> p.segment() != null && p.region() != null);
		if (!named || pages.values().stream().anyMatch(page -> !page.edges().isEmpty())) {
			return pages;
		}
		var asked = new Arguments(this.filterNames.resolve(arguments.filter()), arguments.orderBy(), arguments.size(),
				arguments.after(), arguments.counted(), arguments.scope());
		var regions = new HashMap<String, String>();
		var parents = new ArrayList<Parent>();
		for (var parent : group) {
			var region = parent.segment() == null || parent.region() == null ? parent.region()
					: regions.computeIfAbsent(parent.region(), this.filterNames::region);
			parents.add(new Parent(parent.key(), region, parent.segment(), asked));
		}
		if (asked.equals(arguments) && regions.entrySet().stream().allMatch(e -> e.getKey().equals(e.getValue()))) {
			return pages;
		}
		var again = pages(asked, parents);
		var result = new HashMap<Parent, Connection>();
		for (int i = 0; i < group.size(); i++) {
			result.put(group.get(i), again.get(parents.get(i)));
		}
		return result;
	}

	/**
	 * The pages of all parents asking with the same arguments, in at most four statements whatever their number:
	 * how many firms each parent and condition holds ({@code enterprise/start-sizes}); one walk in order for the
	 * parents that hold many ({@link FirmListPlan}), with their totals when asked for; one page from the start for
	 * the others and for the walks that did not fill their page within the bound.
	 */
	private Map<Parent, Connection> pages(Arguments arguments, List<Parent> parents) {
		var listing = EnterpriseListing.of(arguments.scope(), arguments.orderBy(), arguments.after());
		var parameters = listing.addTo(EnterpriseListing.filterParameters(arguments.filter()));
		parameters.put("limit", arguments.size() + 1);
		// A segment parent and a region parent may share a key text only in theory; the key names the parent kind too.
		var rows = new LinkedHashMap<String, Map<String, Object>>();
		parents.forEach(p -> {
			var row = new HashMap<String, Object>();
			row.put("key", rowKey(p));
			row.put("region", p.region());
			row.put("segment", p.segment());
			rows.put(rowKey(p), row);
		});
		parameters.put("parents", List.copyOf(rows.values()));
		var plans = new HashMap<String, FirmListPlan>();
		this.reads.list("enterprise/start-sizes", parameters, r -> r).forEach(r -> {
			var row = rows.get(r.get("key").asString());
			var sizes = FirmListPlan.sizes(r);
			boolean region = row.get("region") != null;
			boolean segment = row.get("segment") != null;
			var plan = FirmListPlan.nested(sizes, arguments.filter(), region, segment, arguments.size() + 1);
			plans.put(r.get("key").asString(), plan);
			row.put("start", plan.start());
		});
		var byKey = new HashMap<String, Connection>();
		var walked = rows.keySet().stream().filter(key -> plans.get(key).walks()).toList();
		if (!walked.isEmpty()) {
			walk(arguments, listing, parameters, walked.stream().map(rows::get).toList(),
					walked.stream().mapToLong(key -> plans.get(key).scan()).min().getAsLong(), byKey);
		}
		var started = rows.keySet().stream().filter(key -> !byKey.containsKey(key)).map(rows::get).toList();
		if (!started.isEmpty()) {
			parameters.put("parents", started);
			this.reads.list("enterprise/pages-by-parent", parameters, r -> r).forEach(r -> {
				var items = r.get("items").asList(v -> Enterprise.of(v.asMap(value -> value.asObject())));
				byKey.put(r.get("key").asString(),
						listing.page(items, arguments.size(), r.get("total").asInt()));
			});
		}
		var result = new HashMap<Parent, Connection>();
		parents.forEach(p -> result.put(p, byKey.get(rowKey(p))));
		return result;
	}

	/**
	 * Walks the firms in order once for these parents (the same bound for all: the smallest of theirs) and puts the
	 * pages that filled, with their totals when asked for, into {@code byKey}; the others are left to the start.
	 */
	private void walk(Arguments arguments, EnterpriseListing listing, Map<String, Object> parameters,
			List<Map<String, Object>> parents, long scan, Map<String, Connection> byKey) {
		parameters.put("parents", parents);
		parameters.put("scan", scan);
		var filled = new HashMap<String, List<Enterprise>>();
		this.reads.list(listing.byName() ? "enterprise/parent-walks-by-name" : "enterprise/parent-walks-by-key",
				parameters, r -> r).forEach(r -> {
					var items = r.get("items").asList(v -> Enterprise.of(v.asMap(value -> value.asObject())));
					if (items.size() > arguments.size()) {
						filled.put(r.get("key").asString(), items);
					}
				});
		var totals = new HashMap<String, Integer>();
		if (arguments.counted() && !filled.isEmpty()) {
			var counted = parents.stream().filter(p -> filled.containsKey(p.get("key"))).toList();
			if (EnterpriseListing.isEmpty(arguments.filter()) && counted.stream().allMatch(p -> p.get("segment") == null)) {
				// regions without a filter (a province's firms): from degree counts, no firm read
				var byCode = EnterpriseListing.regionTotals(this.reads,
						counted.stream().map(p -> (String) p.get("region")).distinct().toList());
				counted.forEach(p -> totals.put((String) p.get("key"), byCode.get((String) p.get("region"))));
			}
			else {
				parameters.put("parents", counted);
				this.reads.list("enterprise/parent-counts", parameters, r -> r)
					.forEach(r -> totals.put(r.get("key").asString(), r.get("total").asInt()));
			}
		}
		filled.forEach((key, items) -> byKey.put(key,
				listing.page(items, arguments.size(), totals.getOrDefault(key, -1))));
	}

	private static String rowKey(Parent parent) {
		return (parent.segment() == null ? "R:" : "S:") + parent.key() + "|" + parent.region();
	}

}

package io.chaingraph.api.enterprise;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.enterprise.EnterpriseController.EnterpriseFilter;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Page;
import io.chaingraph.api.graphql.QueryLimits;
import io.chaingraph.api.chain.ChainNames;
import io.chaingraph.api.region.Region;
import io.chaingraph.api.region.RegionNames;
import io.chaingraph.model.rules.FieldRule;
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

	/** The arguments of one nested field; parents asking with equal arguments share a statement. */
	record Arguments(EnterpriseFilter filter, String orderBy, int size, String after) {
	}

	/**
	 * One parent's request: its own condition (a region, a segment, or a segment within a region) and the arguments.
	 */
	record Parent(String key, String region, String segment, Arguments arguments) {
	}

	private final GraphReads reads;

	private final QueryLimits limits;

	private final RegionNames regionNames;

	private final ChainNames chainNames;

	public EnterpriseConnections(GraphReads reads, QueryLimits limits, RegionNames regionNames, ChainNames chainNames,
			BatchLoaderRegistry registry) {
		this.reads = reads;
		this.limits = limits;
		this.regionNames = regionNames;
		this.chainNames = chainNames;
		registry.forTypePair(Parent.class, Page.class)
			.withName(LOADER)
			.registerMappedBatchLoader((parents, environment) -> Mono.fromCallable(() -> pages(parents)));
	}

	@SchemaMapping(typeName = "Region", field = "enterprises")
	public CompletableFuture<Page<Enterprise>> regionEnterprises(Region region, @Argument EnterpriseFilter filter,
			@Argument String orderBy, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		return load(env, new Parent(region.code(), region.code(), null, arguments(filter, orderBy, first, after)));
	}

	@SchemaMapping(typeName = "Segment", field = "enterprises")
	public CompletableFuture<Page<Enterprise>> segmentEnterprises(Segment segment, @Argument("region") String regionCode,
			@Argument EnterpriseFilter filter, @Argument String orderBy, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		return load(env, new Parent(segment.key(), regionCode, segment.key(), arguments(filter, orderBy, first, after)));
	}

	/** Checks the page size and cursor here, so a bad one is reported on the field that asked for it. */
	private Arguments arguments(EnterpriseFilter filter, String orderBy, Integer first, String after) {
		int size = Page.size(first, this.limits.defaultPageSize(), this.limits.maxPageSize());
		EnterpriseListing.of(orderBy, after);
		TagFilter.check(filter == null ? null : filter.tags(), "filter.tags");
		return new Arguments(filter, orderBy, size, after);
	}

	private static CompletableFuture<Page<Enterprise>> load(DataFetchingEnvironment env, Parent parent) {
		org.dataloader.DataLoader<Parent, Page<Enterprise>> loader = env.getDataLoader(LOADER);
		return loader.load(parent);
	}

	private Map<Parent, Page> pages(Set<Parent> parents) {
		var byArguments = new LinkedHashMap<Arguments, List<Parent>>();
		parents.forEach(p -> byArguments.computeIfAbsent(p.arguments(), a -> new ArrayList<>()).add(p));
		var result = new HashMap<Parent, Page>();
		byArguments.forEach((arguments, group) -> result.putAll(named(arguments, group)));
		return result;
	}

	/**
	 * The pages of parents whose region or chain may be written by name, as the top-level {@code enterprises} takes
	 * them (赣州, 有色金属): a text not shaped like a code or key is looked up first (once per request and text); a
	 * code or key that leaves every page empty is checked, so that one the graph does not have is NOT_FOUND (with
	 * what it may have meant) rather than an empty list that reads as "no firms there".
	 */
	private Map<Parent, Page> named(Arguments arguments, List<Parent> group) {
		var filter = arguments.filter();
		var resolved = new HashMap<String, String>();
		var asked = arguments;
		if (filter != null && (byName(filter.region(), FieldRule.REGION_CODE) || byName(filter.chain(), FieldRule.SLUG))) {
			asked = new Arguments(new EnterpriseFilter(region(filter.region(), resolved), chain(filter.chain(), resolved),
					filter.segment(), filter.tags(), filter.tier(), filter.cluster(), filter.illustrative()),
					arguments.orderBy(), arguments.size(), arguments.after());
		}
		var parents = new ArrayList<Parent>();
		for (var parent : group) {
			parents.add(byName(parent.region(), FieldRule.REGION_CODE) && parent.segment() != null
					? new Parent(parent.key(), region(parent.region(), resolved), parent.segment(), asked)
					: new Parent(parent.key(), parent.region(), parent.segment(), asked));
		}
		var pages = pages(asked, parents);
		if (pages.values().stream().allMatch(page -> page.totalCount() == 0)) {
			if (asked.filter() != null && asked.filter().region() != null) {
				this.regionNames.known(asked.filter().region());
			}
			if (asked.filter() != null && asked.filter().chain() != null) {
				this.chainNames.known(asked.filter().chain());
			}
			parents.stream().filter(p -> p.segment() != null && p.region() != null).map(Parent::region).distinct()
				.forEach(this.regionNames::known);
		}
		var result = new HashMap<Parent, Page>();
		for (int i = 0; i < group.size(); i++) {
			result.put(group.get(i), pages.get(parents.get(i)));
		}
		return result;
	}

	private static boolean byName(String text, FieldRule key) {
		return text != null && key.problem(text) != null;
	}

	/** The region's code, the text itself when it has the shape of one; looked up by name once per text. */
	private String region(String text, Map<String, String> resolved) {
		return !byName(text, FieldRule.REGION_CODE) ? text
				: resolved.computeIfAbsent("R:" + text, k -> this.regionNames.known(text));
	}

	private String chain(String text, Map<String, String> resolved) {
		return !byName(text, FieldRule.SLUG) ? text : resolved.computeIfAbsent("C:" + text, k -> this.chainNames.known(text));
	}

	/** One statement for all parents asking with the same arguments. */
	private Map<Parent, Page> pages(Arguments arguments, List<Parent> parents) {
		var listing = EnterpriseListing.of(arguments.orderBy(), arguments.after());
		var parameters = listing.addTo(EnterpriseListing.filterParameters(arguments.filter()));
		parameters.put("limit", arguments.size() + 1);
		// A segment parent and a region parent may share a key text only in theory; the key names the parent kind too.
		var rows = new LinkedHashSet<Map<String, Object>>();
		parents.forEach(p -> {
			var row = new HashMap<String, Object>();
			row.put("key", rowKey(p));
			row.put("region", p.region());
			row.put("segment", p.segment());
			rows.add(row);
		});
		parameters.put("parents", List.copyOf(rows));
		var byKey = new HashMap<String, Page>();
		this.reads.list("enterprise/pages-by-parent", parameters, r -> r).forEach(r -> {
			var items = r.get("items").asList(v -> Enterprise.of(v.asMap(value -> value.asObject())));
			byKey.put(r.get("key").asString(), Page.of(items, arguments.size(), listing::sortKey, r.get("total").asInt()));
		});
		var result = new HashMap<Parent, Page>();
		parents.forEach(p -> result.put(p, byKey.get(rowKey(p))));
		return result;
	}

	private static String rowKey(Parent parent) {
		return (parent.segment() == null ? "R:" : "S:") + parent.key() + "|" + parent.region();
	}

}

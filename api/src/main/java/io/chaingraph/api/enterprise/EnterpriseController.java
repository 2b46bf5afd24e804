package io.chaingraph.api.enterprise;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.graphql.Batches;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Lookup;
import io.chaingraph.api.graphql.Connection;
import io.chaingraph.api.graphql.Prefetch;
import io.chaingraph.api.graphql.QueryLimits;
import io.chaingraph.api.region.Region;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Enterprises and designations, with their neighbours batch-loaded. */
@Controller
public class EnterpriseController {

	/** The parents of enterprise/start-sizes for a top-level list: one with neither region nor segment. */
	private static final List<Map<String, Object>> TOP = List.of(top());

	private final Batches batches;

	private final GraphReads reads;

	private final QueryLimits limits;

	private final Prefetch prefetch;

	private final EnterpriseProfile profile;

	private final FilterNames filterNames;

	private final EnterpriseNames names;

	EnterpriseController(Batches batches, GraphReads reads, QueryLimits limits, Prefetch prefetch,
			EnterpriseProfile profile, FilterNames filterNames, EnterpriseNames names) {
		this.batches = batches;
		this.reads = reads;
		this.limits = limits;
		this.prefetch = prefetch;
		this.profile = profile;
		this.filterNames = filterNames;
		this.names = names;
	}

	/** The GraphQL input {@code EnterpriseFilter}. */
	public record EnterpriseFilter(String region, String chain, String segment, List<String> tags, String tier,
			String cluster, Boolean illustrative) {
	}

	@QueryMapping
	public Connection<Enterprise> enterprises(@Argument EnterpriseFilter filter,
			@Argument String orderBy, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		int size = Connection.size(first, this.limits.defaultPageSize(), this.limits.maxPageSize());
		return list(filter, orderBy, after, size, env.getSelectionSet().contains("totalCount"));
	}

	/**
	 * Up to {@code size} firms a filter matches after the cursor, in the order asked, as {@code enterprises} answers
	 * (the firm list's download asks for more than a page); {@code counted}: whether to count them all.
	 */
	public Connection<Enterprise> list(EnterpriseFilter filter, String orderBy, String after, int size, boolean counted) {
		var listing = EnterpriseListing.of(EnterpriseListing.scope("enterprises", filter, orderBy), orderBy, after);
		TagFilter.check(filter == null ? null : filter.tags(), "filter.tags");
		var page = page(filter, listing, size, counted);
		if (page.items().isEmpty() && FilterNames.names(filter)) {
			// Nothing found: the region, chain, segment or cluster may be written by name (赣州, 有色金属), or be one
			// the graph does not have (NOT_FOUND rather than an empty list that reads as "no firms there").
			var resolved = this.filterNames.resolve(filter);
			if (!resolved.equals(filter)) {
				page = page(resolved, listing, size, counted);
			}
		}
		return listing.page(page.items(), size, page.total());
	}

	/**
	 * Plans the statements of the first lists a 招商 team opens (every firm; a region's) before the first request
	 * asks: planning them takes 0.4–1 s on the 1,000,000-firm graph. Limit 0: nothing runs past the plan.
	 */
	@EventListener(ApplicationStartedEvent.class)
	public void planAhead() {
		var everyFirm = EnterpriseListing.of(EnterpriseListing.scope("enterprises", null, null), null, null)
			.addTo(EnterpriseListing.filterParameters(null));
		everyFirm.put("parents", TOP);
		everyFirm.put("start", null);
		everyFirm.put("scan", 0L);
		everyFirm.put("limit", 0);
		var region = new HashMap<>(everyFirm);
		region.put("region", "");
		region.put("start", "region");
		var sets = List.<Map<String, Object>>of(everyFirm, region);
		this.reads.planAhead("enterprise/start-sizes", sets);
		this.reads.planAhead("enterprise/page-by-name", sets);
		this.reads.planAhead("enterprise/page", List.of(region));
	}

	/** Up to {@code size + 1} firms after the cursor, and how many match (-1 when not asked for). */
	private Page page(EnterpriseFilter filter, EnterpriseListing listing, int size, boolean counted) {
		var parameters = EnterpriseListing.filterParameters(filter);
		listing.addTo(parameters).put("limit", size + 1);
		parameters.put("parents", TOP);
		var plan = FirmListPlan.of(this.reads.single("enterprise/start-sizes", parameters, FirmListPlan::sizes), filter,
				size + 1);
		parameters.put("start", plan.start());
		if (plan.walks()) {
			parameters.put("scan", plan.scan());
			var items = this.reads.list(listing.byName() ? "enterprise/page-by-name" : "enterprise/page-by-key",
					parameters, r -> Enterprise.of(r.get("item").asMap()));
			if (items.size() > size || plan.walkIsWhole()) {
				return new Page(items, counted ? count(filter, plan, parameters) : -1);
			}
			// The page did not fill within the bound: fewer firms match than the sizes promised, so the start's
			// firms are the cheaper way now.
		}
		return this.reads.single("enterprise/page", parameters, r -> new Page(
				r.get("items").asList(item -> Enterprise.of(item.asMap())), r.get("total").asInt()));
	}

	/**
	 * How many firms a walked list holds: from the count store, from degree counts for a region alone, every firm
	 * tested, or from the plan's start.
	 */
	private int count(EnterpriseFilter filter, FirmListPlan plan, Map<String, Object> parameters) {
		if (EnterpriseListing.isEmpty(filter)) {
			return Math.toIntExact(plan.firms());
		}
		if (EnterpriseListing.isRegionAlone(filter)) {
			return EnterpriseListing.regionTotals(this.reads, List.of(filter.region())).get(filter.region());
		}
		return this.reads.single(plan.start() == null ? "enterprise/count-every-firm" : "enterprise/count", parameters,
				r -> r.get("total").asInt());
	}

	private static Map<String, Object> top() {
		var top = new HashMap<String, Object>();
		top.put("key", "");
		top.put("region", null);
		top.put("segment", null);
		return top;
	}

	private record Page(List<Enterprise> items, int total) {
	}

	@QueryMapping
	public Enterprise enterprise(@Argument String id, @Argument String key, @Argument String name,
			@Argument String code, DataFetchingEnvironment env) {
		Lookup.exactlyOne("id, key, name, code", id, key, name, code);
		var wanted = name != null ? this.names.find(name) : code != null ? this.names.byCode(code) : null;
		if ((name != null || code != null) && wanted == null) {
			return null;
		}
		var firmKey = wanted != null ? wanted.key() : id != null ? GlobalId.decode(id, "Enterprise").key() : key;
		// The profile in one statement when the request asks for one; the batch loaders otherwise.
		var prefetch = this.prefetch.on(env);
		if (prefetch != null && EnterpriseProfile.covers(prefetch)) {
			return this.profile.fetch(firmKey, prefetch);
		}
		return wanted != null ? wanted : this.batches.lookup("Enterprise", "enterprise/by-keys", null, firmKey, Enterprise::of);
	}

	@BatchMapping(typeName = "Enterprise", field = "region")
	public Map<Enterprise, Region> region(List<Enterprise> enterprises) {
		return this.batches.one("region/by-codes", enterprises, Enterprise::regionCode, Region::of);
	}

	@BatchMapping(typeName = "Enterprise", field = "segments")
	public Map<Enterprise, List<Segment>> segments(List<Enterprise> enterprises) {
		return this.batches.many("enterprise/segments", enterprises, Enterprise::key, Segment::of);
	}

	@BatchMapping
	public Map<Enterprise, List<Designation>> designations(List<Enterprise> enterprises) {
		return this.batches.many("enterprise/designations", enterprises, Enterprise::key, Designation::of);
	}

	@BatchMapping(typeName = "Designation", field = "enterprise")
	public Map<Designation, Enterprise> designationEnterprise(List<Designation> designations) {
		return this.batches.one("enterprise/by-keys", designations, Designation::enterpriseKey, Enterprise::of);
	}

	@BatchMapping(typeName = "Designation", field = "chain")
	public Map<Designation, Chain> designationChain(List<Designation> designations) {
		return this.batches.one("chain/by-keys", designations, Designation::chainKey, Chain::of);
	}

	@BatchMapping(typeName = "Designation", field = "region")
	public Map<Designation, Region> designationRegion(List<Designation> designations) {
		return this.batches.one("region/by-codes", designations, Designation::regionCode, Region::of);
	}

}

package io.chaingraph.api.gap;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.chain.ChainNames;
import io.chaingraph.api.chain.PolicyChain;
import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.chain.SegmentTree;
import io.chaingraph.api.enterprise.Enterprise;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.Batches;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.region.Region;
import io.chaingraph.api.region.RegionNames;
import io.chaingraph.model.order.NameOrder;

import org.springframework.stereotype.Component;

/**
 * Answers chain-gap questions: the table in one statement ({@code gap/segment-table}), the nearest covering regions
 * of any number of gap segments in one more ({@code gap/nearest-regions}). Shared by GraphQL, the 补链 ranking and the
 * export endpoints, so every screen shows the same numbers.
 */
@Component
public class ChainGapQuery {

	private final GraphReads reads;

	private final Batches batches;

	private final ChainNames chainNames;

	private final RegionNames regionNames;

	public ChainGapQuery(GraphReads reads, Batches batches, ChainNames chainNames, RegionNames regionNames) {
		this.reads = reads;
		this.batches = batches;
		this.chainNames = chainNames;
		this.regionNames = regionNames;
	}

	/** The gap table with the default 长板 threshold, for callers that do not ask about 长板. */
	public ChainGaps table(GapInput input, int nearest) {
		return table(input, nearest, Strengths.DEFAULT_FROM);
	}

	/**
	 * The gap table of a chain in a region. The chain and the region are keys; a chain or region that is not is
	 * looked for by name ({@code 有色金属}, {@code 赣州}), which costs the two lookups only then. The table's chain and
	 * region are the ones found: callers that go on take their keys from there.
	 * @param nearest how many covering regions {@code nearestRegions} lists per gap
	 * @param strongFrom the 区位熵 from which a COVERED segment is a 长板 ({@link Strengths#from})
	 * @throws ApiException NOT_FOUND for an unknown chain or region, BAD_INPUT for a name several share or a
	 * cooperation area
	 */
	public ChainGaps table(GapInput input, int nearest, double strongFrom) {
		var rows = rows(input);
		if (rows.isEmpty()) {
			var named = new GapInput(this.chainNames.key(input.chain(), "chain"),
					this.regionNames.key(input.region(), "region"), input.weakBelow());
			rows = named.equals(input) ? rows : rows(named);
			if (rows.isEmpty()) {
				throw notFound(named);
			}
		}
		@SuppressWarnings("unchecked")
		var first = rows.getFirst();
		var chain = Chain.of(map(first.get("chain")));
		var region = Region.of(map(first.get("region")));
		this.regionNames.holdsFirms(region, "region"); // a cooperation area's table would be all 断点, read as its truth
		var bySegment = new LinkedHashMap<String, Map<String, Object>>();
		var segments = new ArrayList<Segment>();
		for (var row : rows) {
			var segment = Segment.of(map(row.get("segment")));
			segments.add(segment);
			bySegment.put(segment.key(), row);
		}
		var table = new ArrayList<SegmentGap>();
		for (var entry : SegmentTree.depths(segments).entrySet()) {
			var segment = entry.getKey();
			var row = bySegment.get(segment.key());
			int firms = ((Number) row.get("firms")).intValue();
			@SuppressWarnings("unchecked")
			var leaders = ((List<Object>) row.get("chainLeaders")).stream().map(l -> Enterprise.of(map(l))).toList();
			table.add(new SegmentGap(segment, entry.getValue(), firms, GapStatus.of(firms, input.weakBelow()), leaders,
					region.code(), nearest, strongFrom));
		}
		return new ChainGaps(chain, region, input.weakBelow(), strongFrom, List.copyOf(table), GapSummary.of(table));
	}

	/**
	 * Every chain's gap summary in a region ({@code input.chain()} is null), least covered first: coverage ratio,
	 * then more MISSING, then more WEAK, then the chain's key. One statement ({@code gap/overview}); a region that is
	 * not a code is looked for by name, as for one table.
	 * @param policyOnly only the chains a programme names for the region or a region above it
	 * @param strongFrom the 区位熵 from which a COVERED segment is a 长板 ({@link Strengths#from})
	 */
	public ChainGapOverview overview(GapInput input, boolean policyOnly, double strongFrom) {
		var region = input.region();
		var rows = overviewRows(region, policyOnly);
		if (rows.isEmpty() && !exists(region)) {
			region = this.regionNames.key(region, "region");
			if (region.equals(input.region())) {
				throw this.regionNames.notFound(input.region()).about("region");
			}
			rows = overviewRows(region, policyOnly);
		}
		// Every row names the same region; with no row (policyOnly, and nothing named) it is read by its code.
		var found = !rows.isEmpty() ? Region.of(map(rows.getFirst().get("region")))
				: this.reads.list("region/by-codes", Map.of("keys", List.of(region)),
						r -> Region.of(map(r.get("item").asMap()))).stream().findFirst()
					.orElseThrow(() -> this.regionNames.notFound(input.region()).about("region"));
		this.regionNames.holdsFirms(found, "region");
		var chains = new ArrayList<ChainGapOverview.Row>();
		for (var row : rows) {
			var table = new ArrayList<SegmentGap>();
			for (var item : (List<?>) row.get("segments")) {
				var entry = map(item);
				int firms = ((Number) entry.get("firms")).intValue();
				table.add(new SegmentGap(Segment.of(map(entry.get("segment"))), 0, firms,
						GapStatus.of(firms, input.weakBelow()), List.of(), found.code(), 0, strongFrom));
			}
			var policies = ((List<?>) row.get("policies")).stream().map(p -> PolicyChain.of(map(p))).toList();
			chains.add(new ChainGapOverview.Row(Chain.of(map(row.get("chain"))), ((Number) row.get("firms")).intValue(),
					GapSummary.of(table), policies, List.copyOf(table)));
		}
		chains.sort(Comparator.comparingDouble((ChainGapOverview.Row r) -> r.summary().coverageRatio())
			.thenComparing(r -> -r.summary().missing())
			.thenComparing(r -> -r.summary().weak())
			.thenComparing(r -> r.chain().key()));
		return new ChainGapOverview(found, input.weakBelow(), strongFrom, List.copyOf(chains));
	}

	private List<Map<String, Object>> overviewRows(String region, boolean policyOnly) {
		return this.reads.list("gap/overview", Map.of("region", region, "policyOnly", policyOnly),
				r -> r.asMap(v -> v.asObject()));
	}

	private boolean exists(String region) {
		return Boolean.TRUE.equals(this.reads.single("gap/exists", Map.of("chain", "", "region", region),
				r -> r.asMap(v -> v.asObject())).get("regionFound"));
	}

	private List<Map<String, Object>> rows(GapInput input) {
		return this.reads.list("gap/segment-table", Map.of("chain", input.chain(), "region", input.region()),
				r -> r.asMap(v -> v.asObject()));
	}

	/**
	 * The nearest regions covering each given gap segment, for all of them in one statement; the map has an entry
	 * (possibly empty) for every gap.
	 */
	public Map<SegmentGap, List<RegionCoverage>> nearestRegions(Collection<SegmentGap> gaps) {
		var result = new LinkedHashMap<SegmentGap, List<RegionCoverage>>();
		gaps.forEach(gap -> result.put(gap, List.of()));
		var requests = requests(gaps.stream().filter(gap -> gap.status().isGap() && gap.nearest() >= 1).toList(),
				gap -> Map.of("region", gap.regionCode(), "limit", gap.nearest()));
		if (requests.isEmpty()) {
			return result;
		}
		var found = new HashMap<String, List<RegionCoverage>>();
		this.reads.list("gap/nearest-regions", Map.of("requests", requests), r -> r)
			.forEach(r -> found.put(r.get("region").asString() + "\u0000" + r.get("segment").asString(),
					r.get("items").asList(v -> {
						var item = v.asMap(x -> x.asObject());
						@SuppressWarnings("unchecked")
						var via = (List<String>) item.get("via");
						var excluding = ((List<?>) item.get("excluding")).stream().map(x -> Region.of(map(x))).toList();
						return new RegionCoverage(Region.of(map(item.get("region"))), ((Number) item.get("firms")).intValue(),
								(String) item.get("relation"), NameOrder.sorted(via), excluding);
					})));
		result.replaceAll((gap, none) -> found.getOrDefault(gap.regionCode() + "\u0000" + gap.segment().key(), none));
		return result;
	}

	/**
	 * For each row, the segments it supplies directly ({@code downstream}) or that supply it, in any chain, in which
	 * the row's region has firms, more firms first, then by name (拼音). One statement for the rows of every region
	 * ({@code gap/local-links}).
	 */
	public Map<SegmentGap, List<LocalLink>> localLinks(Collection<SegmentGap> rows, boolean downstream) {
		var result = new LinkedHashMap<SegmentGap, List<LocalLink>>();
		rows.forEach(row -> result.put(row, List.of()));
		var requests = requests(rows, row -> Map.of("region", row.regionCode()));
		if (requests.isEmpty()) {
			return result;
		}
		var found = new HashMap<String, List<LocalLink>>();
		this.reads.list("gap/local-links", Map.of("requests", requests, "downstream", downstream), r -> r)
			.forEach(r -> {
				var links = new ArrayList<>(r.get("items").asList(v -> {
					var item = v.asMap(x -> x.asObject());
					return new LocalLink(Segment.of(map(item.get("item"))), ((Number) item.get("firms")).intValue());
				}));
				NameOrder.sort(links, link -> link.segment().name());
				links.sort(Comparator.comparingInt(link -> -link.firms())); // stable: names stay in order within a count
				found.put(r.get("region").asString() + "\u0000" + r.get("segment").asString(), List.copyOf(links));
			});
		result.replaceAll((row, none) -> found.getOrDefault(row.regionCode() + "\u0000" + row.segment().key(), none));
		return result;
	}

	/**
	 * Each row's 区位熵 (location quotient): the region's share of its firms in the row's chain that work in the row's
	 * segment, over the same share for the whole country, rounded to two decimals; above 1, the region leans to the
	 * segment more than the country does. Null when the region has no firm in the chain or the country none in the
	 * segment. One statement for the rows of every region ({@code gap/location-quotients}).
	 */
	public Map<SegmentGap, Double> locationQuotients(Collection<SegmentGap> rows) {
		var result = new LinkedHashMap<SegmentGap, Double>();
		rows.forEach(row -> result.put(row, null));
		var requests = requests(rows, row -> Map.of("region", row.regionCode()));
		if (requests.isEmpty()) {
			return result;
		}
		var found = new HashMap<String, long[]>();
		this.reads.list("gap/location-quotients", Map.of("requests", requests), r -> r).forEach(r -> {
			var local = firms(r.get("local").asList(v -> v.asMap(x -> x.asObject())), "chain");
			var country = firms(r.get("country").asList(v -> v.asMap(x -> x.asObject())), "key");
			var region = r.get("region").asString();
			for (var row : r.get("segments").asList(v -> v.asMap(x -> x.asObject()))) {
				var segment = (String) row.get("segment");
				var chain = (String) row.get("chain");
				found.put(region + "\u0000" + segment, new long[] { local.getOrDefault(chain, 0L),
						country.getOrDefault(segment, 0L), country.getOrDefault(chain, 0L) });
			}
		});
		result.replaceAll((row, none) -> {
			var counts = found.get(row.regionCode() + "\u0000" + row.segment().key());
			return counts == null ? null : locationQuotient(row.firms(), counts[0], counts[1], counts[2]);
		});
		return result;
	}

	/**
	 * Each overview row's 长板 with their quotients, highest first ({@link Strengths#of}): one statement for the rows
	 * of every chain, and one for the 长板's segments when there are any (the overview reads its segments' keys and
	 * positions only, to stay small).
	 */
	public Map<ChainGapOverview.Row, Map<Segment, Double>> strengths(Collection<ChainGapOverview.Row> rows) {
		var quotients = locationQuotients(rows.stream().flatMap(row -> row.table().stream()).toList());
		var strong = new LinkedHashMap<ChainGapOverview.Row, Map<SegmentGap, Double>>();
		rows.forEach(row -> strong.put(row, Strengths.of(row.table(), quotients)));
		var segments = this.batches.byKeys("segment/by-keys",
				strong.values().stream().flatMap(s -> s.keySet().stream()).map(gap -> gap.segment().key()).toList(),
				Segment::of);
		var result = new LinkedHashMap<ChainGapOverview.Row, Map<Segment, Double>>();
		strong.forEach((row, gaps) -> {
			var found = new LinkedHashMap<Segment, Double>();
			gaps.forEach((gap, quotient) -> found.put(segments.get(gap.segment().key()), quotient));
			result.put(row, found);
		});
		return result;
	}

	/** A list of {key, firms} as a map. */
	private static Map<String, Long> firms(List<Map<String, Object>> counts, String key) {
		var firms = new HashMap<String, Long>();
		counts.forEach(count -> firms.put((String) count.get(key), ((Number) count.get("firms")).longValue()));
		return firms;
	}

	/**
	 * (region's firms in the segment / region's firms in the chain) / (country's in the segment / country's in the
	 * chain), to two decimals; null where a share has nothing to divide by.
	 */
	static Double locationQuotient(long regionSegment, long regionChain, long countrySegment, long countryChain) {
		if (regionChain == 0 || countrySegment == 0 || countryChain == 0) {
			return null;
		}
		double quotient = ((double) regionSegment / regionChain) / ((double) countrySegment / countryChain);
		return Math.round(quotient * 100) / 100.0;
	}

	/**
	 * The requests a gap statement takes for many rows at once: one per group (a region, and what else the statement
	 * needs per request), each with its rows' segment keys once ({@code segments}).
	 */
	private static List<Map<String, Object>> requests(Collection<SegmentGap> rows,
			Function<SegmentGap, Map<String, Object>> group) {
		var keys = new LinkedHashMap<Map<String, Object>, LinkedHashSet<String>>();
		rows.forEach(row -> keys.computeIfAbsent(group.apply(row), g -> new LinkedHashSet<>()).add(row.segment().key()));
		var requests = new ArrayList<Map<String, Object>>();
		keys.forEach((fields, segments) -> {
			var request = new HashMap<>(fields);
			request.put("segments", List.copyOf(segments));
			requests.add(request);
		});
		return requests;
	}

	private ApiException notFound(GapInput input) {
		var exists = this.reads.single("gap/exists", Map.of("chain", input.chain(), "region", input.region()),
				r -> r.asMap(v -> v.asObject()));
		if (!Boolean.TRUE.equals(exists.get("chainFound"))) {
			return this.chainNames.notFound(input.chain()).about("chain");
		}
		if (!Boolean.TRUE.equals(exists.get("regionFound"))) {
			return this.regionNames.notFound(input.region()).about("region");
		}
		return ApiException.notFound("Segments of chain 产业链环节", input.chain());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}

package io.chaingraph.api.overlap;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.chain.PolicyChain;
import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.enterprise.Enterprise;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Page;
import io.chaingraph.api.graphql.Props;
import io.chaingraph.api.region.Region;

import org.springframework.stereotype.Component;

/**
 * Answers the overlap questions: checks the asked regions and chain, reads which regions cover each segment in one
 * statement (from the stored firm counts, FIRM_COUNT), and derives everything else from that in memory; firm lists and counts come from their own statements,
 * only when asked for.
 */
@Component
public class OverlapAnalysis {

	static final int MIN_REGIONS = 2;

	static final int MAX_REGIONS = 10;

	private final GraphReads reads;

	public OverlapAnalysis(GraphReads reads) {
		this.reads = reads;
	}

	/** The checked regions (in the order asked), which of them nest, and the chain (null when none was asked). */
	record Scope(List<Region> regions, List<RegionNesting> nesting, Chain chain) {

		List<String> codes() {
			return this.regions.stream().map(Region::code).toList();
		}

	}

	public RegionalOverlap overlap(List<String> regionArguments, String chainArgument) {
		var scope = scope(regionArguments, chainArgument, false);
		var parameters = new HashMap<String, Object>();
		parameters.put("codes", scope.codes());
		parameters.put("chain", scope.chain() == null ? null : scope.chain().key());
		var record = this.reads.single("overlap/coverage", parameters, r -> r);
		var segments = record.get("segments").asList(v -> Segment.of(v.asMap()));
		var direct = new HashMap<String, List<String>>();
		for (var covered : record.get("covered").asList(v -> v)) {
			var code = covered.get("code").asString();
			covered.get("keys").asList(v -> v.asString())
				.forEach(key -> direct.computeIfAbsent(key, k -> new ArrayList<>()).add(code));
		}
		return new RegionalOverlap(scope.regions(), scope.chain(), scope.nesting(),
				Coverage.of(scope.regions(), segments, direct));
	}

	public RegionComparison compare(List<String> regionArguments, String chainArgument) {
		var scope = scope(regionArguments, chainArgument, true);
		var codes = scope.codes();
		var segments = new ArrayList<Segment>();
		this.reads.list("chain/segments", Map.of("keys", List.of(scope.chain().key())),
				r -> segments.add(Segment.of(r.get("item").asMap())));
		// segment key ('' for the whole chain) -> region code -> firms
		var counts = new HashMap<String, Map<String, Integer>>();
		this.reads.list("overlap/segment-firm-counts", Map.of("chain", scope.chain().key(), "codes", codes),
				r -> counts.computeIfAbsent(r.get("segment").asString(), k -> new HashMap<>())
					.put(r.get("code").asString(), r.get("firms").asInt()));
		// Only the tree order is taken from Coverage here: the counts carry their own roll-up (distinct firms).
		var coverage = Coverage.of(scope.regions(), segments, Map.of());
		var rows = new ArrayList<RegionComparison.SegmentComparison>();
		for (var covered : coverage.segments()) {
			var bySegment = counts.getOrDefault(covered.segment().key(), Map.of());
			var firmCounts = codes.stream().map(c -> bySegment.getOrDefault(c, 0)).toList();
			var coveredBy = new ArrayList<Region>();
			for (int i = 0; i < codes.size(); i++) {
				if (firmCounts.get(i) > 0) {
					coveredBy.add(scope.regions().get(i));
				}
			}
			rows.add(new RegionComparison.SegmentComparison(covered.segment(), firmCounts, coveredBy));
		}
		var totals = counts.getOrDefault("", Map.of());
		return new RegionComparison(scope.regions(), scope.chain(), scope.nesting(),
				codes.stream().map(c -> totals.getOrDefault(c, 0)).toList(), rows);
	}

	/** Which firms of a region to list for a gap: one (segment, region) pair and the page asked for. */
	record GapFirms(String segment, String region, int size, String afterName, String afterKey, boolean count) {
	}

	/** The firm pages of many gaps, one statement per distinct page request (normally one for the whole response). */
	Map<GapFirms, Page<Enterprise>> gapFirms(Set<GapFirms> wanted) {
		var groups = new LinkedHashMap<List<Object>, List<GapFirms>>();
		for (var key : wanted) {
			groups.computeIfAbsent(java.util.Arrays.asList(key.size(), key.afterName(), key.afterKey(), key.count()),
					g -> new ArrayList<>()).add(key);
		}
		var result = new HashMap<GapFirms, Page<Enterprise>>();
		for (var group : groups.values()) {
			var first = group.getFirst();
			var rows = group.stream().map(k -> Map.of("segment", k.segment(), "region", k.region())).toList();
			var parameters = new HashMap<String, Object>();
			parameters.put("rows", rows);
			parameters.put("afterName", first.afterName());
			parameters.put("afterKey", first.afterKey());
			parameters.put("limit", first.size() + 1);
			parameters.put("count", first.count());
			var found = new HashMap<List<String>, Page<Enterprise>>();
			this.reads.list("overlap/gap-firms", parameters, r -> {
				var firms = r.get("firms").asList(v -> Enterprise.of(v.asMap()));
				found.put(List.of(r.get("segment").asString(), r.get("region").asString()),
						Page.of(firms, first.size(), e -> e.name() + "\u0000" + e.key(), r.get("total").asInt()));
				return null;
			});
			for (var key : group) {
				result.put(key, found.getOrDefault(List.of(key.segment(), key.region()),
						Page.of(List.of(), key.size(), Enterprise::key, 0)));
			}
		}
		return result;
	}

	/** The policy chains of the compared regions side by side, with their coverage and supply links between them. */
	List<OverlapPolicyChain> policyChains(RegionalOverlap overlap) {
		var regions = overlap.regions();
		var byCode = new HashMap<String, Region>();
		regions.forEach(r -> byCode.put(r.code(), r));
		var coverage = overlap.coverage().chainsByKey();
		record Row(Chain chain, List<PolicyChain> policies, List<Map<String, Object>> linked) {
		}
		var rows = this.reads.list("overlap/policy-chains", Map.of("codes", regions.stream().map(Region::code).toList()),
				r -> new Row(Chain.of(r.get("chain").asMap()), r.get("policies").asList(v -> PolicyChain.of(v.asMap())),
						r.get("linked").asList(v -> v.asMap())));
		var chains = new HashMap<String, Row>();
		rows.forEach(row -> chains.put(row.chain().key(), row));
		var result = new ArrayList<OverlapPolicyChain>();
		for (var row : rows) {
			if (overlap.chain() != null && !overlap.chain().key().equals(row.chain().key())) {
				continue;
			}
			var namers = new LinkedHashSet<String>();
			row.policies().forEach(p -> namers.add(p.regionCode()));
			var covered = coverage.get(row.chain().key());
			var coveredBy = covered == null ? List.<Region>of() : overlap.coverage().regions(covered.coveredBy());
			var segmentsCovered = covered == null ? regions.stream().map(r -> 0).toList()
					: java.util.Arrays.stream(covered.segmentsCovered()).boxed().toList();
			var linked = new ArrayList<OverlapPolicyChain.Link>();
			for (var link : row.linked()) {
				var other = chains.get(Props.text(link, "chainId"));
				if (other == null) {
					continue;
				}
				var otherNamers = other.policies().stream().map(PolicyChain::regionCode).distinct().map(byCode::get).toList();
				linked.add(new OverlapPolicyChain.Link(other.chain(), Props.integer(link, "supplies"),
						Props.integer(link, "suppliedBy"), otherNamers));
			}
			result.add(new OverlapPolicyChain(row.chain(), row.policies(), namers.size() == regions.size(), coveredBy,
					segmentsCovered, linked));
		}
		return result;
	}

	/**
	 * Checks and resolves the asked regions (2 to 10, no duplicates, each known and not a cooperation area) and the
	 * chain, in one statement.
	 */
	Scope scope(List<String> regionArguments, String chainArgument, boolean chainRequired) {
		if (regionArguments.size() < MIN_REGIONS || regionArguments.size() > MAX_REGIONS) {
			throw new ApiException(ErrorCode.BAD_INPUT, "Compare " + MIN_REGIONS + " to " + MAX_REGIONS
					+ " regions, not " + regionArguments.size() + " (请指定 " + MIN_REGIONS + " 到 " + MAX_REGIONS
					+ " 个地区)", Map.of("min", MIN_REGIONS, "max", MAX_REGIONS));
		}
		var codes = new ArrayList<String>();
		var seen = new HashSet<String>();
		for (var argument : regionArguments) {
			var code = key(argument, "Region");
			if (!seen.add(code)) {
				throw new ApiException(ErrorCode.BAD_INPUT, "Region '" + code + "' is asked twice; give each region once"
						+ " (地区重复：" + code + ")", Map.of("key", code));
			}
			codes.add(code);
		}
		String chainKey = chainArgument == null ? null : key(chainArgument, "Chain");
		if (chainRequired && chainKey == null) {
			throw ApiException.badInput("Name a chain (请指定产业链)");
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("codes", codes);
		parameters.put("chain", chainKey);
		var record = this.reads.single("overlap/scope", parameters, r -> r);
		var regions = new Region[codes.size()];
		var ancestors = new HashMap<String, List<String>>();
		var unknown = new ArrayList<String>();
		for (var entry : record.get("regions").asList(v -> v.asMap())) {
			int index = ((Number) entry.get("index")).intValue();
			@SuppressWarnings("unchecked")
			var item = (Map<String, Object>) entry.get("item");
			if (item == null) {
				unknown.add(codes.get(index));
				continue;
			}
			regions[index] = Region.of(item);
			ancestors.put(regions[index].code(), Props.texts(item, "ancestors"));
		}
		if (!unknown.isEmpty()) {
			throw new ApiException(ErrorCode.NOT_FOUND, "Region " + String.join(", ", unknown) + " not found (未找到地区："
					+ String.join("、", unknown) + ")", Map.of("key", unknown.getFirst(), "keys", unknown));
		}
		for (var region : regions) {
			if ("COOPERATION_AREA".equals(region.level())) {
				throw new ApiException(ErrorCode.BAD_INPUT, "'" + region.name() + "' (" + region.code()
						+ ") is a cooperation area: firms are located in its member regions, compare those"
						+ " (区域合作区不直接包含企业，请比较其成员地区)", Map.of("key", region.code()));
			}
		}
		Chain chain = null;
		if (chainKey != null) {
			var found = record.get("chain");
			if (found.isNull()) {
				throw ApiException.notFound("Chain", chainKey);
			}
			chain = Chain.of(found.asMap());
		}
		var nesting = new ArrayList<RegionNesting>();
		for (var inner : regions) {
			for (var outer : regions) {
				if (ancestors.get(inner.code()).contains(outer.code())) {
					nesting.add(new RegionNesting(inner, outer));
				}
			}
		}
		return new Scope(List.of(regions), List.copyOf(nesting), chain);
	}

	/**
	 * A business key from an argument that may be a key or a global ID of the type: IDs are base64url of
	 * {@code "<Type>:<key>"}, which no region code or chain key is.
	 */
	static String key(String argument, String type) {
		if (argument == null || argument.isBlank()) {
			throw ApiException.badInput("An empty " + type.toLowerCase(java.util.Locale.ROOT) + " was given (参数为空)");
		}
		String text = null;
		try {
			text = new String(Base64.getUrlDecoder().decode(argument), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// not an ID: a key
		}
		if (text != null) {
			int colon = text.indexOf(':');
			if (colon > 0 && io.chaingraph.api.graphql.GlobalId.TYPES.contains(text.substring(0, colon))) {
				return io.chaingraph.api.graphql.GlobalId.decode(argument, type).key();
			}
		}
		return argument;
	}

}

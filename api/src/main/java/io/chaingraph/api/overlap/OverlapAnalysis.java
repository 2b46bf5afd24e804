package io.chaingraph.api.overlap;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.chain.ChainNames;
import io.chaingraph.api.chain.PolicyChain;
import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.chain.SegmentTree;
import io.chaingraph.api.enterprise.Enterprise;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Connection;
import io.chaingraph.api.graphql.CursorScope;
import io.chaingraph.api.graphql.Props;
import io.chaingraph.api.region.Region;
import io.chaingraph.api.region.RegionNames;
import io.chaingraph.model.rules.RegionCodes;

import org.springframework.stereotype.Component;

/**
 * Answers the overlap questions: checks the asked regions and the chain and reads which regions cover each segment
 * in one statement (light segment rows, coverage from the stored firm counts, FIRM_COUNT), and derives everything
 * else from that in memory; what the pages show (segment data, firms of gaps) comes from one more statement for the
 * whole response, only when asked for.
 */
@Component
public class OverlapAnalysis {

	static final int MIN_REGIONS = 2;

	static final int MAX_REGIONS = 10;

	/**
	 * How long segment rows are reused without reading them again, even when the data sets are unchanged: a bound
	 * for edits that bypass the loader (an analyst renaming a segment in Neo4j Browser).
	 */
	static final Duration SEGMENT_ROWS_MAX_AGE = Duration.ofMinutes(1);

	private final GraphReads reads;

	/**
	 * The light segment rows of the last overlap per chain ("" for all chains), with the data-set version they were
	 * read at: the same 1,254 rows for every request on the synthetic graph, about a third of the coverage
	 * statement's time. {@code overlap/coverage} reads them again only when the version changed (a load).
	 */
	private final Map<String, SegmentRows> segmentRows = new ConcurrentHashMap<>();

	record SegmentRows(String version, List<Coverage.SegmentRow> rows, long readAt) {
	}

	private final ChainNames chainNames;

	private final RegionNames regionNames;

	public OverlapAnalysis(GraphReads reads, ChainNames chainNames, RegionNames regionNames) {
		this.reads = reads;
		this.chainNames = chainNames;
		this.regionNames = regionNames;
	}

	/** The checked regions (in the order asked), which of them nest, and the chain (null when none was asked). */
	record Scope(List<Region> regions, List<RegionNesting> nesting, Chain chain) {

		List<String> codes() {
			return this.regions.stream().map(Region::code).toList();
		}

	}

	public RegionalOverlap overlap(List<String> regionArguments, String chainArgument) {
		return byName(regionArguments, chainArgument, this::overlapOf);
	}

	/**
	 * Answers with the regions and chain as given (codes, keys or IDs); when one is not found, once more with every
	 * argument that is a name replaced by what it names (赣州 → 3607, 有色金属 → jx-nonferrous), so names cost the
	 * lookups only then.
	 */
	private <T> T byName(List<String> regionArguments, String chainArgument, BiFunction<List<String>, String, T> answer) {
		try {
			return answer.apply(regionArguments, chainArgument);
		}
		catch (ApiException ex) {
			if (ex.code() != ErrorCode.NOT_FOUND) {
				throw ex;
			}
			var regions = regionArguments.stream().map(r -> this.regionNames.key(r, "regions")).toList();
			var chain = chainArgument == null ? null : this.chainNames.key(chainArgument, "chain");
			if (regions.equals(regionArguments) && Objects.equals(chain, chainArgument)) {
				throw suggesting(ex);
			}
			try {
				return answer.apply(regions, chain);
			}
			catch (ApiException again) {
				throw again.code() == ErrorCode.NOT_FOUND ? suggesting(again) : again;
			}
		}
	}

	/**
	 * The NOT_FOUND of {@link #scope} with what each unknown region or chain may have meant: regions come with
	 * {@code keys}, a chain with its {@code key} alone.
	 */
	private ApiException suggesting(ApiException ex) {
		if (ex.details().containsKey("suggestions")) {
			return ex; // a chain's NOT_FOUND (Names.notFound) has them already
		}
		@SuppressWarnings("unchecked")
		var regions = (List<String>) ex.details().get("keys");
		var unknown = regions != null ? regions : List.of(String.valueOf(ex.details().get("key")));
		var names = regions != null ? this.regionNames : this.chainNames;
		var words = new ArrayList<String>();
		var keys = new ArrayList<String>();
		for (var text : unknown) {
			var suggested = names.suggest(text);
			if (suggested != null) {
				words.add((unknown.size() > 1 ? "'" + text + "': " : "") + suggested.words());
				keys.addAll(suggested.keys());
			}
		}
		if (words.isEmpty()) {
			return ex;
		}
		var details = new java.util.LinkedHashMap<>(ex.details());
		details.put("suggestions", keys);
		return new ApiException(ErrorCode.NOT_FOUND, ex.getMessage() + "; " + String.join("; ", words), details);
	}

	private RegionalOverlap overlapOf(List<String> regionArguments, String chainArgument) {
		var asked = asked(regionArguments, chainArgument, false);
		var rowsKey = asked.chain() == null ? "" : asked.chain();
		var held = this.segmentRows.get(rowsKey);
		boolean fresh = held != null && System.nanoTime() - held.readAt() < SEGMENT_ROWS_MAX_AGE.toNanos();
		var parameters = asked.parameters();
		parameters.put("version", fresh ? held.version() : null);
		var record = this.reads.single("overlap/coverage", parameters, r -> r);
		var scope = scope(asked, record);
		List<Coverage.SegmentRow> rows;
		if (record.get("segments").isNull()) {
			rows = held.rows(); // the statement saw the version these rows were read with
		}
		else {
			rows = List.copyOf(record.get("segments").asList(v -> new Coverage.SegmentRow(v.get(0).asString(),
					v.get(1).isNull() ? null : v.get(1).asString(), v.get(2).asString(),
					v.get(3).isNull() ? 0 : v.get(3).asInt(), v.get(4).isNull() ? null : v.get(4).asString())));
			// Only for a chain that exists, or all chains: as many entries as the graph has chains, whatever is asked.
			if (asked.chain() == null || scope.chain() != null) {
				this.segmentRows.put(rowsKey, new SegmentRows(record.get("version").asString(), rows, System.nanoTime()));
			}
		}
		var covered = new HashMap<String, List<String>>();
		for (var entry : record.get("covered").asList(v -> v)) {
			covered.put(entry.get("code").asString(), entry.get("keys").asList(v -> v.asString()));
		}
		return new RegionalOverlap(scope.regions(), scope.chain(), scope.nesting(),
				Coverage.of(scope.regions(), rows, covered));
	}

	public RegionComparison compare(List<String> regionArguments, String chainArgument) {
		return byName(regionArguments, chainArgument, this::comparisonOf);
	}

	private RegionComparison comparisonOf(List<String> regionArguments, String chainArgument) {
		var asked = asked(regionArguments, chainArgument, true);
		var scope = scope(asked, this.reads.single("overlap/scope", asked.parameters(), r -> r));
		var codes = scope.codes();
		var segments = new ArrayList<Segment>();
		this.reads.list("chain/segments", Map.of("keys", List.of(scope.chain().key())),
				r -> segments.add(Segment.of(r.get("item").asMap())));
		// segment key ('' for the whole chain) -> region code -> firms
		var counts = new HashMap<String, Map<String, Integer>>();
		this.reads.list("overlap/segment-firm-counts", Map.of("chain", scope.chain().key(), "codes", codes),
				r -> counts.computeIfAbsent(r.get("segment").asString(), k -> new HashMap<>())
					.put(r.get("code").asString(), r.get("firms").asInt()));
		var rows = new ArrayList<RegionComparison.SegmentComparison>();
		for (var segment : SegmentTree.preOrder(segments)) {
			var bySegment = counts.getOrDefault(segment.key(), Map.of());
			var firmCounts = codes.stream().map(c -> bySegment.getOrDefault(c, 0)).toList();
			var coveredBy = new ArrayList<Region>();
			for (int i = 0; i < codes.size(); i++) {
				if (firmCounts.get(i) > 0) {
					coveredBy.add(scope.regions().get(i));
				}
			}
			rows.add(new RegionComparison.SegmentComparison(segment, firmCounts, coveredBy));
		}
		var totals = counts.getOrDefault("", Map.of());
		return new RegionComparison(scope.regions(), scope.chain(), scope.nesting(),
				codes.stream().map(c -> totals.getOrDefault(c, 0)).toList(), rows);
	}

	/**
	 * What the pages of an overlap answer need besides the coverage, loaded together by {@link #load}: the full data
	 * of a segment shown on a page, or a page of a region's firms in a gap.
	 */
	sealed interface Wanted permits SegmentData, GapFirms {
	}

	/** A segment's full data ({@link Segment}), by key. */
	record SegmentData(String key) implements Wanted {
	}

	/**
	 * A page ({@code Connection<Enterprise>}) of the firms of a region in a segment (a gap another region has):
	 * {@code size} firms by name (its {@code nameKey}) then key, after the firm ({@code afterNameKey}, {@code afterKey})
	 * when given; {@code scope}, the field whose cursors the page carries.
	 */
	record GapFirms(CursorScope scope, String segment, String region, int size, String afterNameKey, String afterKey)
			implements Wanted {
	}

	/** The cursors of a gap table row's firms ({@code SegmentGap.enterprises}). */
	static final CursorScope TABLE_FIRMS = CursorScope.of("SegmentGap.enterprises");

	/** The cursors of the covering region's firms in a gap of a compared region ({@code OverlapGap.firms}). */
	static final CursorScope GAP_FIRMS = CursorScope.of("OverlapGap.firms");

	/**
	 * For each segment, the first {@code size} firms of a region in it or below it, by name, and how many there are
	 * (the gap table's firms, for its download): one statement for all.
	 */
	@SuppressWarnings("unchecked")
	public Map<String, Connection<Enterprise>> firmsIn(String region, Collection<String> segments, int size) {
		var wanted = segments.stream().distinct().map(s -> new GapFirms(TABLE_FIRMS, s, region, size, null, null)).toList();
		var loaded = load(wanted);
		var result = new HashMap<String, Connection<Enterprise>>();
		wanted.forEach(w -> result.put(w.segment(), (Connection<Enterprise>) loaded.get(w)));
		return result;
	}

	/** What the keys name, in one statement (none when nothing is wanted); a key that names nothing has no entry. */
	Map<Wanted, Object> load(Collection<? extends Wanted> wanted) {
		var segments = new LinkedHashSet<String>();
		var gaps = new ArrayList<GapFirms>();
		var rows = new ArrayList<Map<String, Object>>();
		for (var key : wanted) {
			switch (key) {
				case SegmentData data -> segments.add(data.key());
				case GapFirms firms -> {
					var row = new HashMap<String, Object>();
					row.put("index", rows.size());
					row.put("segment", firms.segment());
					row.put("region", firms.region());
					row.put("limit", firms.size() + 1);
					row.put("afterNameKey", firms.afterNameKey());
					row.put("afterKey", firms.afterKey());
					gaps.add(firms);
					rows.add(row);
				}
			}
		}
		var result = new HashMap<Wanted, Object>();
		if (segments.isEmpty() && gaps.isEmpty()) {
			return result;
		}
		var record = this.reads.single("overlap/page",
				Map.of("segments", List.copyOf(segments), "gaps", rows), r -> r);
		record.get("segments").asList(v -> Segment.of(v.asMap())).forEach(s -> result.put(new SegmentData(s.key()), s));
		for (var page : record.get("gaps").asList(v -> v)) {
			var key = gaps.get(page.get("index").asInt());
			var firms = page.get("firms").asList(v -> Enterprise.of(v.asMap()));
			int total = page.get("total").asInt();
			// A first page may come from the stored first firms, which hold no extra firm: the total tells.
			boolean more = key.afterKey() == null ? total > key.size() : firms.size() > key.size();
			result.put(key, Connection.of(firms.size() > key.size() ? firms.subList(0, key.size()) : firms, more,
					key.scope(), Enterprise::namePosition, total));
		}
		gaps.forEach(key -> result.putIfAbsent(key,
				Connection.of(List.<Enterprise>of(), false, key.scope(), Enterprise::key, 0)));
		return result;
	}

	/**
	 * A gap of one compared region that another covers, with the covering region's first firms in it: a row of the
	 * complementarity download.
	 */
	public record ComplementRow(Region gapsOf, Region coveredBy, Segment segment, int depth, String parentName,
			Chain chain, Connection<Enterprise> firms) {
	}

	/**
	 * Every ordered pair's gaps covered by the other region (the pairs in {@link RegionalOverlap#complementarity}
	 * order, each in tree order), with the segments' full data, their chains and the first {@code firms} firms of the
	 * covering region by name: two statements, whatever the count.
	 * @throws ApiException LIMIT_EXCEEDED when there are more than {@code limit} rows (name a chain, or fewer regions)
	 */
	public List<ComplementRow> complementRows(RegionalOverlap overlap, int firms, int limit) {
		record Gap(OverlapComplement pair, Coverage.CoveredSegment segment) {
		}
		var gaps = new ArrayList<Gap>();
		for (var pair : overlap.complementarity()) {
			for (var segment : pair.coverage().segments(Coverage.gapOfCoveredBy(pair.a(), pair.b()))) {
				gaps.add(new Gap(pair, segment));
			}
		}
		if (gaps.size() > limit) {
			throw new ApiException(ErrorCode.LIMIT_EXCEEDED, "The complementarity lists " + gaps.size()
					+ " gaps, more than the " + limit + " one download holds; name a chain or compare fewer regions (互补清单共 "
					+ gaps.size() + " 行，超过单次导出上限 " + limit + " 行，请指定产业链或减少地区)",
					Map.of("limit", "rows", "value", limit, "actual", gaps.size()));
		}
		var wanted = new ArrayList<Wanted>();
		for (var gap : gaps) {
			wanted.add(new SegmentData(gap.segment().key()));
			wanted.add(new GapFirms(GAP_FIRMS, gap.segment().key(), gap.pair().coveredBy().code(), firms, null, null));
		}
		var loaded = load(wanted);
		var chainKeys = gaps.stream().map(g -> g.segment().row().chainKey()).distinct().toList();
		var chains = new HashMap<String, Chain>();
		if (!chainKeys.isEmpty()) {
			this.reads.list("chain/by-keys", Map.of("keys", chainKeys), r -> Chain.of(r.get("item").asMap()))
				.forEach(c -> chains.put(c.key(), c));
		}
		// Depths and parents from the whole compared tree: a gap's parent may be covered (then not a row itself).
		var all = overlap.coverage().segments().stream().map(Coverage.CoveredSegment::row).toList();
		var names = new HashMap<String, String>();
		all.forEach(r -> names.put(r.key(), r.name()));
		var depths = new HashMap<String, Integer>();
		SegmentTree.walk(all, Coverage.SegmentRow::key, Coverage.SegmentRow::parentKey, Coverage.SegmentRow::order,
				(r, depth) -> depths.put(r.key(), depth));
		var rows = new ArrayList<ComplementRow>();
		for (var gap : gaps) {
			var key = gap.segment().key();
			var segment = loaded.get(new SegmentData(key)) instanceof Segment full ? full : gap.segment().row().light();
			@SuppressWarnings("unchecked")
			var page = (Connection<Enterprise>) loaded.get(
					new GapFirms(GAP_FIRMS, key, gap.pair().coveredBy().code(), firms, null, null));
			var parent = gap.segment().row().parentKey();
			rows.add(new ComplementRow(gap.pair().gapsOf(), gap.pair().coveredBy(), segment, depths.getOrDefault(key, 0),
					parent == null ? null : names.get(parent), chains.get(gap.segment().row().chainKey()), page));
		}
		return rows;
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

	/** The region codes and the chain key asked for, checked as far as the arguments alone allow. */
	record Asked(List<String> codes, String chain) {

		/** {@code $codes} and {@code $chain} (which may be null), as the overlap statements take them. */
		Map<String, Object> parameters() {
			var parameters = new HashMap<String, Object>();
			parameters.put("codes", this.codes);
			parameters.put("chain", this.chain);
			return parameters;
		}

	}

	/** Checks the arguments: 2 to 10 regions, none twice (as code or ID), a chain when one is required. */
	static Asked asked(List<String> regionArguments, String chainArgument, boolean chainRequired) {
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
		return new Asked(List.copyOf(codes), chainKey);
	}

	/**
	 * Resolves the asked regions and chain from a record with {@code regions} and {@code chain} as
	 * {@code overlap/scope} returns them: each region known and not a cooperation area, the chain known when asked.
	 */
	Scope scope(Asked asked, org.neo4j.driver.Record record) {
		var codes = asked.codes();
		var chainKey = asked.chain();
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
			// Worded as every other NOT_FOUND of a region (Names.notFound), naming the argument (ApiException.about).
			var quoted = unknown.stream().map(u -> "'" + u + "'").toList();
			throw new ApiException(ErrorCode.NOT_FOUND, (unknown.size() == 1 ? "regions: Region 地区 " : "regions: Regions 地区 ")
					+ String.join(", ", quoted) + " not found (未找到)", Map.of("key", unknown.getFirst(), "keys", unknown));
		}
		for (var region : regions) {
			if (RegionCodes.COOPERATION_AREA.equals(region.level())) {
				// The rule and words of every firm-scoped region argument (RegionNames.holdsFirms), with its own verb.
				throw this.regionNames.cooperationArea(region, "compare those", "请比较其成员地区").about("regions");
			}
		}
		Chain chain = null;
		if (chainKey != null) {
			var found = record.get("chain");
			if (found.isNull()) {
				throw this.chainNames.notFound(chainKey).about("chain");
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

package io.chaingraph.api.target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.enterprise.Enterprise;
import io.chaingraph.api.gap.ChainGapQuery;
import io.chaingraph.api.gap.ChainGaps;
import io.chaingraph.api.gap.GapInput;
import io.chaingraph.api.gap.GapStatus;
import io.chaingraph.api.gap.SegmentGap;
import io.chaingraph.api.enterprise.TagFilter;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GlobalId;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.Connection;
import io.chaingraph.api.graphql.CursorScope;
import io.chaingraph.api.region.RegionNames;
import io.chaingraph.model.order.NameOrder;
import io.chaingraph.model.rules.Slips;
import io.chaingraph.model.rules.Vocabulary;

import org.springframework.stereotype.Component;

/**
 * Ranks 补链 targets in two statements: the gap table ({@code gap/segment-table}, the same one {@code chainGaps}
 * answers from), then the ranked page with its total ({@code target/ranked}). The score is computed in Cypher, to
 * rank every candidate before paging; the reasons of the page are rebuilt here from the facts the query returns, with
 * the same weights, so that every point of a score is named.
 */
@Component
public class SupplementTargetQuery {

	/**
	 * After a reason or a designation made up for the demo (its 链主 is not a published fact): the firm list download
	 * marks one so too.
	 */
	public static final String ILLUSTRATIVE = "（示例）";

	/** A province's code, GB/T 2260's first two digits: the only codes the province filter takes without a read. */
	private static final java.util.regex.Pattern PROVINCE_CODE = java.util.regex.Pattern.compile("\\d{2}");

	private final GraphReads reads;

	private final ChainGapQuery gaps;

	private final TargetWeights weights;

	private final RegionNames regionNames;

	public SupplementTargetQuery(GraphReads reads, ChainGapQuery gaps, TargetWeights weights, RegionNames regionNames) {
		this.reads = reads;
		this.gaps = gaps;
		this.weights = weights;
		this.regionNames = regionNames;
	}

	/**
	 * Which targets to list; null fields do not filter.
	 *
	 * @param tags the firm carries all of them
	 * @param province located in this province (code) or a region under it
	 * @param segment fills a gap at or below this segment (key)
	 */
	public record TargetFilter(List<String> tags, String province, String segment) {

		static final TargetFilter NONE = new TargetFilter(null, null, null);

	}

	/** One page of targets, best first. */
	public SupplementTargetConnection page(GapInput input, TargetFilter filter, int size, String after) {
		// The gaps come back with the connection; 5 nearest regions each, read only when a client asks for them.
		return page(input, this.gaps.table(input, 5), filter, size, after, "filter.");
	}

	/**
	 * One page of targets for a gap table already read (the export shows both). A refused filter is named with
	 * {@code prefix} before its field: GraphQL's {@code filter.province:}, a download's own parameter {@code province:}.
	 */
	public SupplementTargetConnection page(GapInput input, ChainGaps table, TargetFilter filter, int size, String after,
			String prefix) {
		var f = filter == null ? TargetFilter.NONE : asked(filter, table, prefix);
		// A cursor carries the list's chain, region, threshold and filter as found: 江西 and 36 are the same list, 36
		// and 32 are not.
		var scope = CursorScope.of("supplementTargets", "chain, region, weakBelow, filter", table.chain().key(),
				table.region().code(), table.weakBelow(), TagFilter.stored(f.tags()), f.province(), f.segment());
		var position = scope.position(after);
		Integer afterScore = null;
		String afterKey = null;
		if (position != null) {
			int split = position.indexOf('\u0000');
			try {
				afterScore = Integer.parseInt(position.substring(0, Math.max(split, 0)));
			}
			catch (NumberFormatException ex) {
				throw ApiException.badInput("'" + after + "' is not a cursor of this list (无效的分页游标)");
			}
			afterKey = position.substring(split + 1);
		}
		var gapRows = table.gaps();
		var segments = new HashMap<String, Segment>();
		table.segments().forEach(s -> segments.put(s.segment().key(), s.segment()));
		var missing = keys(gapRows, GapStatus.MISSING);
		var weak = keys(gapRows, GapStatus.WEAK);
		if (gapRows.isEmpty()) {
			return new SupplementTargetConnection(List.of(), Connection.PageInfo.EMPTY, 0, gapRows);
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("chain", table.chain().key()); // as found: the input may have named them
		parameters.put("region", table.region().code());
		parameters.put("missing", missing);
		parameters.put("weak", weak);
		parameters.put("gapAncestors", gapAncestors(table));
		parameters.put("w", this.weights.asParameters());
		parameters.put("tagWeights", Map.copyOf(this.weights.getTags()));
		parameters.put("tagKinds", Vocabulary.DESIGNATION_KINDS);
		parameters.put("tags", TagFilter.stored(f.tags()));
		parameters.put("province", f.province());
		parameters.put("segments", f.segment() == null ? null : gapsAtOrBelow(f.segment(), table));
		parameters.put("afterScore", afterScore);
		parameters.put("afterKey", afterKey);
		parameters.put("limit", size + 1);
		var result = this.reads.single("target/ranked", parameters, r -> r.asMap(v -> v.asObject()));
		int total = ((Number) result.get("total")).intValue();
		if (total == 0 && f.province() != null) {
			// NOT_FOUND for a code the graph does not have, BAD_INPUT for a cooperation area, not "no targets".
			this.regionNames.holdingFirms(f.province(), prefix + "province");
		}
		@SuppressWarnings("unchecked")
		var items = (List<Map<String, Object>>) result.get("items");
		var targets = new ArrayList<SupplementTarget>();
		for (var item : items) {
			targets.add(target(item, table, segments));
		}
		// The query sorts too; sorting again keeps the order whatever a collect() did to it.
		targets.sort(java.util.Comparator.comparingInt(SupplementTarget::score).reversed()
			.thenComparing(t -> t.enterprise().key()));
		var page = Connection.of(targets, size, scope, t -> t.score() + "\u0000" + t.enterprise().key(), total);
		return new SupplementTargetConnection(page.edges(), page.pageInfo(), total, gapRows);
	}

	@SuppressWarnings("unchecked")
	private SupplementTarget target(Map<String, Object> item, ChainGaps table, Map<String, Segment> segments) {
		var w = this.weights;
		var enterprise = Enterprise.of((Map<String, Object>) item.get("e"));
		var fills = segments((List<String>) item.get("fills"), segments);
		var fillsMissing = segments((List<String>) item.get("fillsMissing"), segments);
		var reasons = new ArrayList<TargetReason>();
		if (!fillsMissing.isEmpty()) {
			add(reasons, TargetReason.of(ReasonCode.FILLS_MISSING, w.getMissing(), names(fillsMissing), fillsMissing));
		}
		else {
			add(reasons, TargetReason.of(ReasonCode.FILLS_WEAK, w.getWeak(), names(fills), fills));
		}
		int further = Math.min(fills.size() - 1, w.getMaxAdditionalGaps());
		if (further > 0) {
			add(reasons, TargetReason.of(ReasonCode.ADDITIONAL_GAPS, w.getAdditionalGap() * further,
					"共填补 " + fills.size() + " 个缺口环节，加计 " + further + " 个", fills));
		}
		if (Boolean.TRUE.equals(item.get("chainLeader"))) {
			add(reasons, TargetReason.of(ReasonCode.CHAIN_LEADER, w.getChainLeader(), table.chain().name() + " 链主"
					+ (Boolean.TRUE.equals(item.get("chainLeaderIllustrative")) ? ILLUSTRATIVE : "")));
		}
		if (Boolean.TRUE.equals(item.get("leadingFirm"))) {
			add(reasons, TargetReason.of(ReasonCode.LEADING_FIRM, w.getLeadingFirm(), table.chain().name() + " 龙头/领航"
					+ (Boolean.TRUE.equals(item.get("leadingFirmIllustrative")) ? ILLUSTRATIVE : "")));
		}
		for (var tag : (List<String>) item.get("tags")) {
			add(reasons, TargetReason.of(ReasonCode.TAG, w.getTags().getOrDefault(tag, 0), tag));
		}
		var location = location(item, w);
		if (location != null) {
			add(reasons, location);
		}
		if (Boolean.TRUE.equals(item.get("suppliesRegion"))) {
			add(reasons, TargetReason.of(ReasonCode.SUPPLIES_REGION, w.getSuppliesRegion(),
					"供货给 " + String.join("、", NameOrder.sorted((List<String>) item.get("customers")))));
		}
		if (Boolean.TRUE.equals(item.get("buysFromRegion"))) {
			add(reasons, TargetReason.of(ReasonCode.BUYS_FROM_REGION, w.getBuysFromRegion(),
					"采购自 " + String.join("、", NameOrder.sorted((List<String>) item.get("suppliers")))));
		}
		return new SupplementTarget(enterprise, ((Number) item.get("score")).intValue(), List.copyOf(reasons), fills);
	}

	/**
	 * The filter as the query takes it, each field written as a 招商 team would: tags from the product's list
	 * (BAD_INPUT otherwise), the province by code or name (广东), the segment by key or by its name or alias in this
	 * chain (高端铜合金板带). What names nothing is an error with what it may have meant, not an empty list.
	 */
	private TargetFilter asked(TargetFilter filter, ChainGaps table, String prefix) {
		TagFilter.check(filter.tags(), prefix + "tags");
		return new TargetFilter(filter.tags(), province(filter.province(), prefix + "province"),
				segment(filter.segment(), table, prefix + "segment"));
	}

	/**
	 * The province's code: a province's code as given (whether the graph has it is asked only when nothing is found),
	 * else the region the text names, which must be a province: 4403 (深圳市) or 3601Z01 matched firms of a city or a
	 * zone, or none, without a word.
	 */
	private String province(String text, String field) {
		if (text == null) {
			return null;
		}
		var given = Slips.halfWidth(text.strip()); // ４４ typed in full width is 44
		if (PROVINCE_CODE.matcher(given).matches()) {
			return given;
		}
		var region = this.regionNames.knownItem(given, field);
		this.regionNames.holdsFirms(region, field);
		if (!"PROVINCE".equals(region.level())) {
			var details = new LinkedHashMap<String, Object>();
			details.put("key", region.code());
			throw new ApiException(ErrorCode.BAD_INPUT, field + ": expected a province (44, 广东), found "
					+ region.fullName() + " (" + region.code() + "), which is not one (请填写省级地区，如 44 或 广东；"
					+ region.name() + "不是省级地区)", details);
		}
		return region.code();
	}

	private static String segment(String text, ChainGaps table, String field) {
		if (text == null) {
			return null;
		}
		var id = GlobalId.keyIn(text.strip(), "Segment"); // a segment's ID, as a client has it from the gap table
		var given = id != null ? id : text.strip();
		var segments = table.segments().stream().map(SegmentGap::segment).toList();
		for (var segment : segments) {
			if (segment.key().equals(given)) {
				return given;
			}
		}
		for (var segment : segments) {
			if (segment.name().equals(given) || segment.aliases().contains(given)) {
				return segment.key();
			}
		}
		var meant = segments.stream()
			.filter(s -> given.length() >= 2 && (s.name().contains(given) || given.contains(s.name())
					|| Slips.distance(s.key(), given) <= 2))
			.map(s -> s.name() + " (" + s.key() + ")")
			.toList();
		var details = new LinkedHashMap<String, Object>();
		details.put("key", given);
		throw new ApiException(ErrorCode.NOT_FOUND, field + ": '" + given + "' is no segment of "
				+ table.chain().name() + " (" + table.chain().key() + ") (不是该产业链的环节)"
				+ (meant.isEmpty() ? "" : "; " + Slips.didYouMean(meant)), details);
	}

	/**
	 * Where the firm is, as one reason: the largest weight of those that apply (same city, same province, neighbouring
	 * region, cooperation area partner; on a tie, in that order), as ranked.cypher scores it. The others that apply go into
	 * its detail: a neighbour that is a cooperation area partner too is not twice as near.
	 */
	@SuppressWarnings("unchecked")
	private static TargetReason location(Map<String, Object> item, TargetWeights w) {
		var neighbours = String.join("、", NameOrder.sorted((List<String>) item.get("neighbours")));
		var areas = String.join("、", NameOrder.sorted((List<String>) item.get("areas")));
		var applying = new ArrayList<TargetReason>();
		if (Boolean.TRUE.equals(item.get("sameCity"))) {
			applying.add(TargetReason.of(ReasonCode.SAME_CITY, w.getSameCity(), (String) item.get("cityName")));
		}
		if (Boolean.TRUE.equals(item.get("sameProvince"))) {
			applying.add(TargetReason.of(ReasonCode.SAME_PROVINCE, w.getSameProvince(), (String) item.get("provinceName")));
		}
		if (!neighbours.isEmpty()) {
			applying.add(TargetReason.of(ReasonCode.NEIGHBOUR, w.getNeighbour(), neighbours));
		}
		if (!areas.isEmpty()) {
			applying.add(TargetReason.of(ReasonCode.COOPERATION_AREA, w.getCooperationArea(), areas));
		}
		TargetReason best = null;
		for (var reason : applying) {
			if (best == null || reason.weight() > best.weight()) {
				best = reason;
			}
		}
		if (best == null || applying.size() == 1) {
			return best;
		}
		var also = new ArrayList<String>();
		for (var reason : applying) {
			// A city of the province is in the province: saying so too says nothing.
			boolean inCity = reason.code() == ReasonCode.SAME_PROVINCE && applying.getFirst().code() == ReasonCode.SAME_CITY;
			if (reason != best && !inCity) {
				also.add(reason.code() == ReasonCode.NEIGHBOUR ? "与" + reason.detail() + "相邻"
						: reason.code() == ReasonCode.COOPERATION_AREA ? "同属" + reason.detail() : "同在" + reason.detail());
			}
		}
		return also.isEmpty() ? best
				: TargetReason.of(best.code(), best.weight(), best.detail() + "；亦" + String.join("，", also));
	}

	/** A reason of weight 0 adds nothing and is left out. */
	private static void add(List<TargetReason> reasons, TargetReason reason) {
		if (reason.weight() != 0) {
			reasons.add(reason);
		}
	}

	private static List<String> keys(List<SegmentGap> gaps, GapStatus status) {
		return gaps.stream().filter(g -> g.status() == status).map(g -> g.segment().key()).toList();
	}

	private static List<Segment> segments(List<String> keys, Map<String, Segment> segments) {
		return keys.stream().map(segments::get).filter(java.util.Objects::nonNull)
			.sorted(java.util.Comparator.comparing(Segment::key)).toList();
	}

	private static String names(List<Segment> segments) {
		return String.join("、", segments.stream().map(Segment::name).toList());
	}

	/**
	 * The gap segments at or below a segment: a filter on a segment takes the gaps of its sub-segments in, as the firm
	 * lists' does (有色金属加工材 may be covered while 电解铜箔 below it is a 断点).
	 */
	private static List<String> gapsAtOrBelow(String segment, ChainGaps table) {
		var parents = parents(table);
		var result = new ArrayList<String>();
		for (var row : table.gaps()) {
			var at = row.segment().key();
			for (int guard = 0; at != null && guard < 64; guard++) {
				if (at.equals(segment)) {
					result.add(row.segment().key());
					break;
				}
				at = parents.get(at);
			}
		}
		return result;
	}

	/** Each segment of the chain's tree with its parent (null for a top segment). */
	private static Map<String, String> parents(ChainGaps table) {
		var parents = new HashMap<String, String>();
		table.segments().forEach(row -> parents.put(row.segment().key(), row.segment().parentKey()));
		return parents;
	}

	/** For each gap segment, the gap segments above it: a firm filling both is counted for the lower one only. */
	private static Map<String, List<String>> gapAncestors(ChainGaps table) {
		var parents = parents(table);
		var gapKeys = new java.util.HashSet<String>();
		table.gaps().forEach(row -> gapKeys.add(row.segment().key()));
		var result = new LinkedHashMap<String, List<String>>();
		for (var key : gapKeys) {
			var above = new ArrayList<String>();
			var parent = parents.get(key);
			for (int guard = 0; parent != null && guard < 64; guard++) {
				if (gapKeys.contains(parent)) {
					above.add(parent);
				}
				parent = parents.get(parent);
			}
			if (!above.isEmpty()) {
				result.put(key, above);
			}
		}
		return result;
	}

}

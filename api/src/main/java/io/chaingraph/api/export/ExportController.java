package io.chaingraph.api.export;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.chaingraph.api.access.ApiTokens;
import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.cluster.Cluster;
import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.curation.AuditTrail;
import io.chaingraph.api.curation.AuditTrail.AuditFilter;
import io.chaingraph.api.chain.SegmentTree;
import io.chaingraph.api.enterprise.Designation;
import io.chaingraph.api.enterprise.Enterprise;
import io.chaingraph.api.enterprise.EnterpriseController;
import io.chaingraph.api.enterprise.EnterpriseController.EnterpriseFilter;
import io.chaingraph.api.enterprise.FilterNames;
import io.chaingraph.api.gap.ChainGapQuery;
import io.chaingraph.api.gap.GapInput;
import io.chaingraph.api.gap.GapStatus;
import io.chaingraph.api.gap.GapSummary;
import io.chaingraph.api.gap.LocalLink;
import io.chaingraph.api.gap.NearestRegions;
import io.chaingraph.api.gap.RegionCoverage;
import io.chaingraph.api.gap.SegmentGap;
import io.chaingraph.api.gap.Strengths;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.Batches;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GraphReads;
import io.chaingraph.api.graphql.GraphSessions;
import io.chaingraph.api.graphql.Neo4jFailures;
import io.chaingraph.api.graphql.QueryLimits;
import io.chaingraph.api.home.HomePage;
import io.chaingraph.api.overlap.OverlapAnalysis;
import io.chaingraph.api.overlap.RegionNesting;
import io.chaingraph.api.region.Region;
import io.chaingraph.api.target.SupplementTargetQuery;
import io.chaingraph.api.target.SupplementTargetQuery.TargetFilter;
import io.chaingraph.api.target.TargetReason;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * {@code GET /export/chain-gaps}, {@code /export/chain-gap-overview}, {@code /export/supplement-targets},
 * {@code /export/compare-regions}, {@code /export/regional-complementarity} and {@code /export/enterprises} (each
 * {@code .csv} or {@code .xlsx}), and {@code /export/audit-trail}: the same answers as {@code chainGaps},
 * {@code chainGapOverview}, {@code supplementTargets}, {@code compareRegions}, {@code regionalOverlap},
 * {@code enterprises} and {@code auditTrail}, from the same
 * queries, as files with Chinese headers and a Chinese file name. Errors come back as JSON with a code and a
 * bilingual message, never a stack trace.
 */
@RestController
@RequestMapping("/export")
public class ExportController {

	private static final Logger log = LoggerFactory.getLogger(ExportController.class);

	/** The most targets one download lists. */
	static final int MAX_TARGETS = 1000;

	/** The most rows one complementarity download lists (all levels of every chain, every ordered pair). */
	static final int MAX_COMPLEMENT_ROWS = 20_000;

	/** How many of the region's firms a gap table row names (for all of them: the firm list download). */
	static final int LOCAL_FIRMS = 5;

	/** The most firms one firm-list download lists. */
	static final int MAX_FIRMS = 5000;

	/** The most audit entries one download lists (a quarter of a province's curation, several times over). */
	static final int MAX_AUDIT_ENTRIES = 5000;

	/** How many of the covering region's firms a complementarity row names. */
	static final int COMPLEMENT_FIRMS = 5;

	/** How the firm counts of the gap table and the comparison are made, for the 说明 sheet. */
	private static final String FIRMS_COUNTED = "位于该地区及其下级地区、经营该环节或其下级环节的企业，每家只计一次";

	private static final String LOCATION_QUOTIENT = "本地区该环节企业数占本链企业数的比重，除以全国（各省合计）同一比重；"
			+ "大于 1 为相对集聚（长板候选）；按企业数计，非产值或就业";

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ChainGapQuery gaps;

	private final SupplementTargetQuery targets;

	private final OverlapAnalysis overlap;

	private final EnterpriseController firms;

	private final Batches batches;

	private final ApiTokens tokens;

	private final GraphReads reads;

	private final HomePage home;

	private final QueryLimits limits;

	private final FilterNames filterNames;

	private final AuditTrail auditTrail;

	public ExportController(ChainGapQuery gaps, SupplementTargetQuery targets, OverlapAnalysis overlap,
			EnterpriseController firms, Batches batches, ApiTokens tokens, GraphReads reads, HomePage home,
			QueryLimits limits, FilterNames filterNames, AuditTrail auditTrail) {
		this.gaps = gaps;
		this.targets = targets;
		this.overlap = overlap;
		this.firms = firms;
		this.batches = batches;
		this.tokens = tokens;
		this.reads = reads;
		this.home = home;
		this.limits = limits;
		this.filterNames = filterNames;
		this.auditTrail = auditTrail;
	}

	/**
	 * Before every download, as GraphQL checks a query's strings ({@code QueryLimitsInterceptor}): no parameter, nor
	 * any item of a comma-separated list ({@code regions=36,3607}), longer than
	 * {@code chaingraph.graphql.limits.max-text-length}. A chain of 5,000 characters went to Neo4j and to the name
	 * hints, and came back twice in the answer.
	 */
	@ModelAttribute
	void checkTextLengths(HttpServletRequest request) {
		int most = this.limits.maxTextLength();
		request.getParameterMap().forEach((name, values) -> {
			for (var value : values) {
				for (var item : value.split(",")) {
					if (item.length() > most) {
						throw new ApiException(ErrorCode.LIMIT_EXCEEDED, "Parameter '" + name + "' is " + item.length()
								+ " characters; the limit is " + most + " (参数过长)",
								Map.of("limit", "maxTextLength", "value", most, "actual", item.length(), "parameter", name));
					}
				}
			}
		});
	}

	/**
	 * Before every download: bookmarks a client got from a mutation (through any replica) are waited for, as for
	 * GraphQL ({@code BookmarkInterceptor}), so the file holds that write. The token is checked first: a refused
	 * request follows nothing.
	 */
	@ModelAttribute
	void followBookmarks(@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
			@RequestHeader(name = GraphSessions.HEADER, required = false) List<String> bookmarks) {
		if (bookmarks != null) {
			this.tokens.reader(authorization);
			this.reads.follow(GraphSessions.fromHeader(bookmarks));
		}
	}

	@GetMapping("/chain-gaps.{format}")
	public ResponseEntity<byte[]> chainGaps(@PathVariable String format, @RequestParam String chain,
			@RequestParam String region, @RequestParam(required = false) Integer weakBelow,
			@RequestParam(required = false) Integer nearest, @RequestParam(required = false) List<String> status,
			@RequestParam(required = false) Double strongFrom,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		this.tokens.reader(authorization); // a download is a query: where queries need a token, so does it
		var kind = format(format);
		int regions = NearestRegions.count(nearest); // GraphQL's default too: the file and the screen list the same
		var statuses = statuses(status);
		var result = this.gaps.table(GapInput.of(chain, region, weakBelow), regions, Strengths.from(strongFrom));
		var listed = result.segments(statuses);
		var near = regions > 0 ? this.gaps.nearestRegions(listed) : Map.<SegmentGap, List<RegionCoverage>>of();
		var local = this.overlap.firmsIn(result.region().code(),
				listed.stream().filter(row -> row.firms() > 0).map(row -> row.segment().key()).toList(), LOCAL_FIRMS);
		var upstream = this.gaps.localLinks(listed, false);
		var downstream = this.gaps.localLinks(listed, true);
		// Every row's, listed or not: the 长板 note names them all.
		var quotients = this.gaps.locationQuotients(result.segments());
		var strengths = new LinkedHashMap<Segment, Double>();
		Strengths.of(result.segments(), quotients).forEach((row, quotient) -> strengths.put(row.segment(), quotient));
		var names = new LinkedHashMap<String, String>();
		result.segments().forEach(s -> names.put(s.segment().key(), s.segment().name()));
		var rows = new ArrayList<List<Object>>();
		for (var row : listed) {
			var segment = row.segment();
			rows.add(cells(new ExportTable.Indented(segment.name(), row.depth()), segment.key(), row.depth(),
					segment.parentKey() == null ? null : names.get(segment.parentKey()),
					GapSummary.positionLabel(segment.position()), row.firms(), row.status().label(),
					twoDecimals(quotients.get(row)), Strengths.strong(row, quotients.get(row)) ? "长板" : null,
					row.chainLeaders().stream().map(e -> e.name()).collect(Collectors.joining("；")),
					local.containsKey(segment.key()) ? local.get(segment.key()).nodes().stream().map(e -> e.name())
						.collect(Collectors.joining("、")) : null,
					near.getOrDefault(row, List.of()).stream().map(ExportController::coverage)
						.collect(Collectors.joining("；")),
					links(upstream.get(row)), links(downstream.get(row))));
		}
		var summary = result.summary();
		var table = new ExportTable("产业链缺口", List.of("环节", "环节编号", "层级", "上级环节", "上中下游", "本地企业数",
				"状态", "区位熵", "长板", "本地链主", "本地企业（前 " + LOCAL_FIRMS + " 家，按名称）", "就近配套地区（企业数）",
				"本地上游环节（企业数）", "本地下游环节（企业数）"), rows,
				List.of(List.of("产业链", result.chain().name() + "（" + result.chain().key() + "）"),
						List.of("地区", result.region().fullName() + "（" + result.region().code() + "，含下级地区）"),
						List.of("短板阈值", thresholdNote(result.weakBelow())),
						List.of("汇总", summary.text()),
						List.of("列出环节", listed.size() == result.segments().size() ? "全部 " + listed.size() + " 个"
								: "仅" + statuses.stream().map(GapStatus::label).collect(Collectors.joining("、")) + "：全部 "
										+ result.segments().size() + " 个中的 " + listed.size() + " 个"),
						List.of("企业数口径", FIRMS_COUNTED),
						List.of("就近配套地区", nearestNote(regions)),
						List.of("区位熵口径", LOCATION_QUOTIENT),
						List.of("长板", strengths.isEmpty() ? "无（已覆盖且区位熵不低于 " + decimal(result.strongFrom()) + " 的环节）"
								: strengths.size() + " 个（已覆盖且区位熵不低于 " + decimal(result.strongFrom()) + "）："
										+ strengths(strengths)),
						List.of("导出时间", now())));
		return download(table, kind, result.chain().name() + "-" + result.region().name() + "-产业链缺口",
				"chain-gaps-" + result.chain().key() + "-" + result.region().code());
	}

	@GetMapping("/supplement-targets.{format}")
	public ResponseEntity<byte[]> supplementTargets(@PathVariable String format, @RequestParam String chain,
			@RequestParam String region, @RequestParam(required = false) Integer weakBelow,
			@RequestParam(required = false) List<String> tags, @RequestParam(required = false) String province,
			@RequestParam(required = false) String segment, @RequestParam(defaultValue = "100") int limit,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		this.tokens.reader(authorization);
		var kind = format(format);
		checkLimit(limit, MAX_TARGETS, "maxTargets");
		// A filter left empty in a form (province=&segment=&tags=) is no filter, as in the firm list download.
		tags = tags == null ? null : tags.stream().filter(t -> !t.isBlank()).map(String::strip).toList();
		tags = tags == null || tags.isEmpty() ? null : tags;
		province = blankless(province);
		segment = blankless(segment);
		var input = GapInput.of(chain, region, weakBelow);
		var table = this.gaps.table(input, 0);
		// A refusal names the download's parameter (province:, not GraphQL's filter.province:)
		var page = this.targets.page(input, table, new TargetFilter(tags, province, segment), limit, null, "");
		var filters = new LinkedHashMap<String, Object>();
		filters.put("标签", tagWords(tags));
		filters.put("省份", province == null ? null : province + "（含下级地区）");
		filters.put("环节", segment == null ? null : segment + "（该环节或其下级环节的缺口）");
		var listed = page.nodes();
		var places = this.batches.one("region/by-codes", listed, t -> t.enterprise().regionCode(), Region::of);
		var rows = new ArrayList<List<Object>>();
		int rank = 0;
		for (int i = 0; i < listed.size(); i++) {
			var target = listed.get(i);
			var enterprise = target.enterprise();
			// Competition ranking (1, 1, 3): a tie shares the rank; the file starts at the top, so ranks are the list's.
			rank = i > 0 && target.score() == listed.get(i - 1).score() ? rank : i + 1;
			var place = places.get(target);
			rows.add(cells(rank, enterprise.name(), enterprise.key(), place == null ? null : place.fullName(),
					enterprise.regionCode(), target.score(),
					target.fills().stream().map(s -> s.name()).collect(Collectors.joining("、")),
					target.reasons().stream().map(ExportController::reason).collect(Collectors.joining("；")),
					String.join("、", enterprise.tags())));
		}
		var file = new ExportTable("补链目标企业", List.of("排名", "企业名称", "企业编号", "所在地区", "所在地区代码", "得分",
				"可填补环节", "得分构成", "企业标签"), rows,
				List.of(List.of("产业链", table.chain().name() + "（" + table.chain().key() + "）"),
						List.of("目标地区", table.region().fullName() + "（" + table.region().code() + "，含下级地区）"),
						List.of("缺口", "断点 " + table.summary().missing() + " 个、短板 " + table.summary().weak()
								+ " 个（短板阈值 " + table.weakBelow() + "）"),
						List.of("筛选条件", conditions(filters, "无（全部目标企业）")),
						List.of("符合条件的企业", page.totalCount() + " 家，本文件列出前 " + rows.size() + " 家"),
						List.of("得分", "各项原因权重之和，见“得分构成”；权重见 chaingraph.targets.weights.*"),
						List.of("排名", "按得分由高到低；得分相同者名次相同（如 1、1、3），并按企业编号排列"),
						List.of("导出时间", now())));
		return download(file, kind, table.chain().name() + "-" + table.region().name() + "-补链目标企业",
				"supplement-targets-" + table.chain().key() + "-" + table.region().code());
	}

	/** {@code chainGapOverview} as a table: one row per chain, least covered first. */
	@GetMapping("/chain-gap-overview.{format}")
	public ResponseEntity<byte[]> chainGapOverview(@PathVariable String format, @RequestParam String region,
			@RequestParam(required = false) Integer weakBelow, @RequestParam(defaultValue = "false") boolean policyOnly,
			@RequestParam(required = false) Double strongFrom,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		this.tokens.reader(authorization);
		var kind = format(format);
		var overview = this.gaps.overview(GapInput.of(region, weakBelow), policyOnly, Strengths.from(strongFrom));
		var strengths = this.gaps.strengths(overview.chains());
		var rows = new ArrayList<List<Object>>();
		for (var row : overview.chains()) {
			var summary = row.summary();
			rows.add(cells(row.chain().name(), row.chain().key(), row.policies().stream()
				.map(p -> p.program() + (p.tier() == null ? "" : " " + p.tier())).distinct().collect(Collectors.joining("；")),
					row.firms(), summary.segments(), summary.missing(), summary.weak(), summary.covered(),
					Math.round(summary.coverageRatio() * 1000) / 10.0,
					summary.gapsMostlyAt() == null ? null : GapSummary.positionLabel(summary.gapsMostlyAt()),
					strengths(strengths.get(row)), summary.text()));
		}
		var table = new ExportTable("产业链缺口总览", List.of("产业链", "产业链编号", "政策认定", "本地企业数", "环节数", "断点",
				"短板", "已覆盖", "覆盖率（%）", "缺口主要在", "长板（区位熵）", "汇总"), rows,
				List.of(List.of("地区", overview.region().fullName() + "（" + overview.region().code() + "，含下级地区）"),
						List.of("产业链范围", policyOnly ? "本地区及上级地区政策认定的产业链" : "全部产业链"),
						List.of("短板阈值", thresholdNote(overview.weakBelow())),
						List.of("排序", "覆盖率由低到高，其次断点多者在前、短板多者在前"),
						List.of("长板", "已覆盖且区位熵不低于 " + decimal(overview.strongFrom()) + " 的环节，区位熵高者在前"),
						List.of("区位熵口径", LOCATION_QUOTIENT),
						List.of("企业数口径", FIRMS_COUNTED),
						List.of("导出时间", now())));
		return download(table, kind, overview.region().name() + "-产业链缺口总览",
				"chain-gap-overview-" + overview.region().code());
	}

	/** {@code compareRegions} as a table: one row per segment, one firm-count column per region, in the order asked. */
	@GetMapping("/compare-regions.{format}")
	public ResponseEntity<byte[]> compareRegions(@PathVariable String format, @RequestParam String chain,
			@RequestParam List<String> regions,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		this.tokens.reader(authorization);
		var kind = format(format);
		var comparison = this.overlap.compare(regions.stream().filter(r -> !r.isBlank()).toList(), chain);
		var depths = SegmentTree.depths(comparison.segments().stream().map(r -> r.segment()).toList());
		var names = new HashMap<String, String>();
		comparison.segments().forEach(r -> names.put(r.segment().key(), r.segment().name()));
		var rows = new ArrayList<List<Object>>();
		for (var row : comparison.segments()) {
			var segment = row.segment();
			int depth = depths.get(segment);
			var cells = new ArrayList<Object>(List.of(new ExportTable.Indented(segment.name(), depth), segment.key(), depth));
			cells.add(segment.parentKey() == null ? null : names.get(segment.parentKey()));
			cells.add(GapSummary.positionLabel(segment.position()));
			cells.addAll(row.firmCounts());
			cells.add(row.coveredBy().size());
			rows.add(cells);
		}
		var header = new ArrayList<>(List.of("环节", "环节编号", "层级", "上级环节", "上中下游"));
		comparison.regions().forEach(r -> header.add(r.fullName() + "（" + r.code() + "）企业数"));
		header.add("有企业的地区数");
		var totals = new ArrayList<String>();
		for (int i = 0; i < comparison.regions().size(); i++) {
			totals.add(comparison.regions().get(i).fullName() + " " + comparison.firmCounts().get(i) + " 家");
		}
		var notes = new ArrayList<List<String>>();
		notes.add(List.of("产业链", comparison.chain().name() + "（" + comparison.chain().key() + "）"));
		notes.add(List.of("对比地区", comparison.regions().stream().map(r -> r.fullName() + "（" + r.code() + "）")
			.collect(Collectors.joining("、")) + "，均含下级地区"));
		notes.add(List.of("全链企业数", String.join("；", totals)));
		nestingNote(comparison.nesting(), notes);
		notes.add(List.of("企业数口径", FIRMS_COUNTED));
		notes.add(List.of("导出时间", now()));
		var table = new ExportTable("区域产业链对比", header, rows, notes);
		return download(table, kind, comparison.chain().name() + "-" + comparison.regions().stream().map(r -> r.name())
			.collect(Collectors.joining("与")) + "-区域对比", "compare-regions-" + comparison.chain().key() + "-"
					+ comparison.regions().stream().map(r -> r.code()).collect(Collectors.joining("-")));
	}

	/**
	 * {@code regionalOverlap}'s complementarity as a table: for each ordered pair of regions (A, B), every gap of A
	 * (a segment A has no firm in) that B covers, with B's firm count and first five firms: where A's 补链 can start
	 * in a partner region.
	 */
	@GetMapping("/regional-complementarity.{format}")
	public ResponseEntity<byte[]> regionalComplementarity(@PathVariable String format, @RequestParam List<String> regions,
			@RequestParam(required = false) String chain,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		this.tokens.reader(authorization);
		var kind = format(format);
		var overlap = this.overlap.overlap(regions.stream().filter(r -> !r.isBlank()).toList(),
				chain == null || chain.isBlank() ? null : chain);
		var gapRows = this.overlap.complementRows(overlap, COMPLEMENT_FIRMS, MAX_COMPLEMENT_ROWS);
		var rows = new ArrayList<List<Object>>();
		for (var row : gapRows) {
			var segment = row.segment();
			rows.add(java.util.Arrays.asList(row.gapsOf().fullName(), row.coveredBy().fullName(),
					row.chain() == null ? segment.chainKey() : row.chain().name(), segment.name(),
					segment.key(), row.depth(), row.parentName(), GapSummary.positionLabel(segment.position()),
					row.firms().totalCount(), row.firms().nodes().stream().map(e -> e.name()).collect(Collectors.joining("、"))));
		}
		var header = List.of("有断点的地区", "可对接地区", "产业链", "环节", "环节编号", "层级", "上级环节", "上中下游",
				"可对接地区企业数", "可对接地区企业（前 " + COMPLEMENT_FIRMS + " 家，按名称）");
		var notes = new ArrayList<List<String>>();
		notes.add(List.of("对比地区", overlap.regions().stream().map(r -> r.fullName() + "（" + r.code() + "）")
			.collect(Collectors.joining("、")) + "，均含下级地区"));
		notes.add(List.of("产业链", overlap.chain() == null ? "全部产业链（共 " + overlap.chainCount() + " 条）"
				: overlap.chain().name() + "（" + overlap.chain().key() + "）"));
		for (var pair : overlap.complementarity()) {
			long covered = gapRows.stream().filter(r -> r.gapsOf().equals(pair.gapsOf()) && r.coveredBy().equals(pair.coveredBy()))
				.count();
			notes.add(List.of(pair.gapsOf().fullName() + " ← " + pair.coveredBy().fullName(), pair.gapsOf().fullName()
					+ "的断点 " + pair.gapCount() + " 个，其中" + pair.coveredBy().fullName() + "已覆盖 " + covered + " 个"));
		}
		nestingNote(overlap.nesting(), notes);
		notes.add(List.of("断点口径", "该地区及其下级地区没有企业经营该环节或其下级环节；共比较 " + overlap.segmentCount()
				+ " 个环节（含各级）"));
		notes.add(List.of("企业数口径", FIRMS_COUNTED));
		notes.add(List.of("导出时间", now()));
		var table = new ExportTable("区域互补清单", header, rows, notes);
		var names = overlap.regions().stream().map(r -> r.name()).collect(Collectors.joining("与"));
		var codes = overlap.regions().stream().map(r -> r.code()).collect(Collectors.joining("-"));
		return download(table, kind, (overlap.chain() == null ? "" : overlap.chain().name() + "-") + names + "-区域互补清单",
				"regional-complementarity-" + (overlap.chain() == null ? "" : overlap.chain().key() + "-") + codes);
	}

	/**
	 * {@code enterprises(filter)} as a table: the firms a region, chain, segment, tags, tier or cluster selects (the
	 * names behind the gap table's counts), each with its segments by chain, designations (链主, 领航, 龙头) and where its record
	 * comes from; at most {@link #MAX_FIRMS}, in 拼音 order of name (or by key).
	 */
	@GetMapping("/enterprises.{format}")
	public ResponseEntity<byte[]> enterprises(@PathVariable String format, @RequestParam(required = false) String region,
			@RequestParam(required = false) String chain, @RequestParam(required = false) String segment,
			@RequestParam(required = false) List<String> tags, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String cluster, @RequestParam(required = false) Boolean illustrative,
			@RequestParam(defaultValue = "NAME") String orderBy, @RequestParam(defaultValue = "1000") int limit,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		this.tokens.reader(authorization);
		var kind = format(format);
		checkLimit(limit, MAX_FIRMS, "maxFirms");
		var order = orderBy.strip().toUpperCase(java.util.Locale.ROOT);
		if (!order.equals("NAME") && !order.equals("KEY")) {
			throw new ApiException(ErrorCode.BAD_INPUT, "orderBy takes NAME or KEY, not '" + orderBy.strip()
					+ "' (orderBy 只能是 NAME 或 KEY)", Map.of("allowed", List.of("NAME", "KEY")));
		}
		var filter = new EnterpriseFilter(blankless(region), blankless(chain), blankless(segment),
				tags == null ? null : tags.stream().filter(t -> !t.isBlank()).map(String::strip).toList(), blankless(tier),
				blankless(cluster), illustrative);
		// Named first: a refusal then names the download's parameter (region:, not the list's filter.region:).
		var named = selected(filter);
		var list = this.firms.list(filter, order, null, limit, true);
		var firms = list.nodes();
		var regions = this.batches.one("region/by-codes", firms, Enterprise::regionCode, Region::of);
		var segments = this.batches.many("enterprise/segments", firms, Enterprise::key, Segment::of);
		var designations = this.batches.many("enterprise/designations", firms, Enterprise::key, Designation::of);
		var chainKeys = new java.util.LinkedHashSet<String>();
		segments.values().forEach(l -> l.forEach(x -> chainKeys.add(x.chainKey())));
		designations.values().forEach(l -> l.forEach(d -> chainKeys.add(d.chainKey())));
		var chains = this.batches.byKeys("chain/by-keys", chainKeys, Chain::of);
		var rows = new ArrayList<List<Object>>();
		int number = 0;
		for (var firm : firms) {
			var place = regions.get(firm);
			var source = firm.source();
			rows.add(cells(++number, firm.name(), firm.key(), firm.creditCode(), firm.stockCode(),
					place == null ? null : place.fullName(), firm.regionCode(),
					segmentsByChain(segments.get(firm), chains), designations.get(firm).stream()
						.map(d -> chainName(chains, d.chainKey()) + " " + d.label()
								+ (d.source().illustrative() ? SupplementTargetQuery.ILLUSTRATIVE : ""))
						.collect(Collectors.joining("；")),
					String.join("；", firm.tags()), source.illustrative() ? "是（示例，非事实）" : "否", source.reference(),
					source.quote()));
		}
		var asked = new LinkedHashMap<String, Object>();
		asked.put("地区", filter.region() == null ? null : filter.region() + "（含下级地区）");
		asked.put("产业链", filter.chain());
		asked.put("环节", filter.segment() == null ? null : filter.segment() + "（含下级环节）");
		asked.put("标签", tagWords(filter.tags()));
		asked.put("政策层级", filter.tier());
		asked.put("产业集群", filter.cluster());
		asked.put("示例数据", illustrative == null ? null : illustrative ? "仅示例" : "仅真实");
		var table = new ExportTable("企业名单", List.of("序号", "企业名称", "企业编号", "统一社会信用代码", "股票代码", "所在地区",
				"地区代码", "所属产业链环节", "认定（链主、领航、龙头）", "企业标签", "示例数据", "来源", "原文"), rows,
				List.of(List.of("筛选条件", conditions(asked, "无（全部企业）")),
						List.of("符合条件的企业", list.totalCount() + " 家，本文件列出前 " + rows.size() + " 家"),
						List.of("排序", order.equals("NAME") ? "按企业名称拼音" : "按企业编号"),
						List.of("来源", "每家企业记录的出处：政策文件（原文列出其原句），或公开登记信息；“示例数据”为“是”的记录为演示用的虚构企业，不是事实"),
						List.of("再次载入", "企业编号、企业名称、统一社会信用代码、股票代码、地区代码、企业标签、来源、原文八列与 enterprises.csv 的列名相同：删去其余各列后即可由 chaingraph load 读入"),
						List.of("导出时间", now())));
		return download(table, kind, named.stream().map(n -> n.getKey() + "-").collect(Collectors.joining()) + "企业名单",
				"enterprises" + named.stream().map(n -> "-" + n.getValue()).collect(Collectors.joining()));
	}

	/**
	 * The audit trail as {@code auditTrail(filter)} lists it, newest first, for the auditor (审计): the same filters
	 * ({@code entity}, {@code actor}, {@code since}, {@code until}, {@code mutations}; a date is Beijing time's), at
	 * most {@link #MAX_AUDIT_ENTRIES}; each entry's time in Beijing time, the firm by name, what changed in words.
	 */
	@GetMapping("/audit-trail.{format}")
	public ResponseEntity<byte[]> auditTrail(@PathVariable String format, @RequestParam(required = false) String entity,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String since,
			@RequestParam(required = false) String until, @RequestParam(required = false) List<String> mutations,
			@RequestParam(defaultValue = "1000") int limit,
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
		this.tokens.reader(authorization); // open like the auditTrail query
		var kind = format(format);
		checkLimit(limit, MAX_AUDIT_ENTRIES, "maxAuditEntries");
		var asked = mutations == null ? null
				: mutations.stream().filter(m -> !m.isBlank()).map(String::strip).toList();
		var filter = new AuditFilter(blankless(entity), blankless(actor), blankless(since), blankless(until),
				asked == null || asked.isEmpty() ? null : asked);
		var found = this.auditTrail.list(filter, limit);
		var firmNames = this.batches.byKeys("enterprise/by-keys",
				found.entries().stream().map(AuditTrailTable::firm).toList(), m -> (String) m.get("name"));
		var rows = AuditTrailTable.rows(found.entries(), firmNames);
		var conditions = new LinkedHashMap<String, Object>();
		conditions.put("对象", filter.entity() == null ? null : filter.entity() + "（企业含其认定）");
		conditions.put("修改者", filter.actor());
		conditions.put("起始时间（含）", filter.since());
		conditions.put("截止时间（不含）", filter.until());
		conditions.put("操作", AuditTrailTable.mutationWords(filter.mutations()));
		var table = new ExportTable("审计记录", AuditTrailTable.HEADERS, rows,
				List.of(List.of("筛选条件", conditions(conditions, "无（全部记录）")),
						List.of("符合条件的记录", found.totalCount() + " 条，本文件列出最新的 " + rows.size() + " 条"
								+ (rows.size() < found.totalCount() ? "；其余请缩小时间范围（since、until）分次导出，或加大 limit（最多 "
										+ MAX_AUDIT_ENTRIES + "）" : "")),
						List.of("排序", "按时间，最新在前"),
						List.of("时间", "北京时间（UTC+8）；筛选条件中不带时区的日期、时间亦按北京时间（GraphQL auditTrail 的 at 为 UTC）"),
						List.of("修改者", "API 令牌的名称；数据导入为 loader"),
						List.of("变更内容", "修改前后不同的字段；新建、删除的对象见修改前、修改后两列；数据导入（操作 load）只记其替换的字段"),
						List.of("修改前、修改后", "该对象修改前后的完整记录（JSON）；删除关联时，修改前的 removed 为被删除的关联及其来源"),
						List.of("记录范围", "经 API 改变数据的每次修改恰有一条记录，未改变数据的修改与被拒绝的修改不记录；数据导入只记其对经 API 修改过的企业的覆盖与清理删除"),
						List.of("导出时间", now())));
		var named = new ArrayList<String>();
		if (filter.entity() != null) {
			named.add(filter.entity());
		}
		if (filter.actor() != null) {
			named.add(filter.actor());
		}
		if (filter.since() != null || filter.until() != null) {
			named.add((filter.since() == null ? "" : filter.since()) + "至" + (filter.until() == null ? "" : filter.until()));
		}
		return download(table, kind, "审计记录" + named.stream().map(n -> "-" + n).collect(Collectors.joining()),
				"audit-trail" + named.stream().map(n -> "-" + n.replace("至", "_")).collect(Collectors.joining()));
	}

	/**
	 * What a firm filter selects, as every other download names it: the chain's, segment's, region's and cluster's
	 * names, each with its key or code, however the filter wrote them (赣州 or 3607, 有色金属 or jx-nonferrous); a
	 * segment asked alone brings its chain's name (有色金属-钕铁硼永磁材料-赣州市).
	 */
	private List<Map.Entry<String, String>> selected(EnterpriseFilter asked) {
		var filter = this.filterNames.resolve(asked, ""); // the download's parameters: region:, not filter.region:
		var named = new ArrayList<Map.Entry<String, String>>();
		var segment = filter.segment() == null ? null
				: this.batches.byKeys("segment/by-keys", List.of(filter.segment()), Segment::of).get(filter.segment());
		var chainKey = filter.chain() != null ? filter.chain() : segment == null ? null : segment.chainKey();
		if (chainKey != null) {
			var chain = this.batches.byKeys("chain/by-keys", List.of(chainKey), Chain::of).get(chainKey);
			named.add(Map.entry(chain == null ? chainKey : chain.name(), chainKey));
		}
		if (segment != null) {
			named.add(Map.entry(segment.name(), segment.key()));
		}
		if (filter.region() != null) {
			var region = this.batches.byKeys("region/by-codes", List.of(filter.region()), Region::of).get(filter.region());
			named.add(Map.entry(region == null ? filter.region() : region.name(), filter.region()));
		}
		if (filter.cluster() != null) {
			var cluster = this.batches.byKeys("cluster/by-keys", List.of(filter.cluster()), Cluster::of)
				.get(filter.cluster());
			named.add(Map.entry(cluster == null ? filter.cluster() : cluster.name(), filter.cluster()));
		}
		return named;
	}

	/** The filters asked, as the 说明 sheet names them (标签 上市；环节 …), or {@code none}; null values were not asked. */
	private static String conditions(Map<String, Object> asked, String none) {
		var words = asked.entrySet().stream().filter(e -> e.getValue() != null).map(e -> e.getKey() + " " + e.getValue()).toList();
		return words.isEmpty() ? none : String.join("；", words);
	}

	private static String tagWords(List<String> tags) {
		return tags == null || tags.isEmpty() ? null : String.join("、", tags);
	}

	/** A firm's segments, by chain: 有色金属：电解铜箔、铜杆/铜线；新能源汽车：动力电池电芯. */
	private static String segmentsByChain(List<Segment> segments, Map<String, Chain> chains) {
		var byChain = new LinkedHashMap<String, List<String>>();
		segments.forEach(s -> byChain.computeIfAbsent(chainName(chains, s.chainKey()), c -> new ArrayList<>()).add(s.name()));
		return byChain.entrySet().stream().map(e -> e.getKey() + "：" + String.join("、", e.getValue()))
			.collect(Collectors.joining("；"));
	}

	private static String chainName(Map<String, Chain> chains, String key) {
		var chain = chains.get(key);
		return chain == null ? key : chain.name();
	}

	private static String blankless(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The 说明 row on compared regions of which one lies within another (its firms count for both); none when none. */
	private static void nestingNote(List<RegionNesting> nesting, List<List<String>> notes) {
		if (!nesting.isEmpty()) {
			notes.add(List.of("包含关系", nesting.stream()
				.map(n -> n.inner().fullName() + " 属于 " + n.outer().fullName() + "，其企业同时计入两者")
				.collect(Collectors.joining("；"))));
		}
	}

	/** {@code status=MISSING,WEAK} or {@code status=断点,短板} (the address a 招商 user types): null when absent. */
	private static Set<GapStatus> statuses(List<String> texts) {
		if (texts == null || texts.stream().allMatch(String::isBlank)) {
			return null;
		}
		var statuses = EnumSet.noneOf(GapStatus.class);
		for (var text : texts) {
			if (text.isBlank()) {
				continue;
			}
			var status = GapStatus.fromText(text);
			if (status == null) {
				throw new ApiException(ErrorCode.BAD_INPUT, "status takes MISSING, WEAK or COVERED (or 断点, 短板, 已覆盖), not '"
						+ text.strip() + "' (status 只能是 MISSING/断点、WEAK/短板、COVERED/已覆盖)",
						Map.of("allowed", List.of("MISSING", "WEAK", "COVERED")));
			}
			statuses.add(status);
		}
		return statuses;
	}

	/** The segments next to a row where the region has firms: "铜冶炼(阴极铜) 2 家；…". */
	private static String links(List<LocalLink> links) {
		return links.stream().map(l -> l.segment().name() + " " + l.firms() + " 家").collect(Collectors.joining("；"));
	}

	/** 深圳市 2 家（区域合作）；广东省 1 家（相邻，不含深圳市）: each firm in one region, so the counts add up. */
	private static String coverage(RegionCoverage c) {
		var excluding = c.excluding().isEmpty() ? ""
				: "，不含" + c.excluding().stream().map(Region::name).collect(Collectors.joining("、"));
		return c.region().name() + " " + c.firms() + " 家（" + c.relationLabel() + excluding + "）";
	}

	/**
	 * The WEAK threshold in words. At 1 there is no 短板 (fewer than 1 firm is 0, a 断点): "企业数少于 1 家为短板" said
	 * there was.
	 */
	private static String thresholdNote(int weakBelow) {
		if (weakBelow == 1) {
			return "0 家为断点，1 家及以上为已覆盖（短板阈值为 1，不设短板）";
		}
		var weak = weakBelow == 2 ? "1 家" : "1 至 " + (weakBelow - 1) + " 家";
		return "0 家为断点，" + weak + "为短板，" + weakBelow + " 家及以上为已覆盖（短板阈值 " + weakBelow + "）";
	}

	/** How many covering regions each gap lists, nearest first, and how they are counted. */
	private static String nearestNote(int regions) {
		if (regions == 0) {
			return "未列出（nearest=0）";
		}
		return "每个断点、短板列出最近的至多 " + regions + " 个地区（nearest=" + regions + "，默认 " + NearestRegions.DEFAULT
				+ "）：同市、同省其他城市、相邻地区与区域合作伙伴、其他省份依次在前，同级企业多者在前；每家企业只计入一个地区，"
				+ "单独列出的下级地区的企业不计入其上级（如“广东省 1 家（相邻，不含深圳市）”）";
	}

	private static String reason(TargetReason r) {
		return r.label() + " +" + r.weight() + (r.detail() == null ? "" : "（" + r.detail() + "）");
	}

	private static void checkLimit(int limit, int max, String name) {
		if (limit < 1) {
			throw new ApiException(ErrorCode.BAD_INPUT, "limit must be from 1 to " + max + ", was " + limit
					+ " (导出条数应在 1 到 " + max + " 之间)", Map.of("max", max));
		}
		if (limit > max) {
			throw ApiException.overLimit(name, max, limit, "limit is at most " + max + ", was " + limit + " (导出条数最多 "
					+ max + ")");
		}
	}

	/** 长板 as a cell: 稀土冶炼分离（2.93）、钕铁硼永磁材料（2.34）. */
	private static String strengths(Map<Segment, Double> strong) {
		return strong.entrySet().stream().map(e -> e.getKey().name() + "（" + twoDecimals(e.getValue()) + "）")
			.collect(Collectors.joining("、"));
	}

	/** 1.5 as 1.5, 2.0 as 2: a threshold as the user wrote it. */
	private static String decimal(double value) {
		return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	/** 1.35, 0.00, 2.00: two decimals in every row, as a number (a spreadsheet sorts it). */
	private static java.math.BigDecimal twoDecimals(Double value) {
		return value == null ? null : java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP);
	}

	private static List<Object> cells(Object... values) {
		return java.util.Arrays.asList(values);
	}

	private static String now() {
		return OffsetDateTime.now(ZoneId.of("Asia/Shanghai")).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + "（北京时间）";
	}

	private static String format(String given) {
		var format = given.toLowerCase(Locale.ROOT); // chain-gaps.XLSX, as Windows users type extensions
		if (!"csv".equals(format) && !"xlsx".equals(format)) {
			throw new ApiException(ErrorCode.NOT_FOUND, "No export as ." + format + ": use .csv or .xlsx (仅支持 .csv 与 .xlsx 格式)",
					Map.of("format", format));
		}
		return format;
	}

	private static ResponseEntity<byte[]> download(ExportTable table, String format, String name, String asciiName) {
		boolean csv = "csv".equals(format);
		var body = csv ? table.csv() : table.xlsx();
		var fileName = name.replaceAll("[\\\\/:*?\"<>|]", "_") + "." + format; // a key like jx-nonferrous/ndfeb-magnet
		// RFC 6266 / 5987: an ASCII fallback name, and the Chinese one for every current browser.
		var disposition = "attachment; filename=\"" + asciiName.replaceAll("[^A-Za-z0-9._-]", "_") + "." + format
				+ "\"; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
		return ResponseEntity.ok()
			.contentType(csv ? CSV : XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition)
			.body(body);
	}

	@ExceptionHandler(ApiException.class)
	ResponseEntity<?> apiError(ApiException ex, HttpServletRequest request) {
		var status = switch (ex.code()) {
			case NOT_FOUND -> HttpStatus.NOT_FOUND;
			case BAD_INPUT -> HttpStatus.BAD_REQUEST;
			case UNAUTHENTICATED -> HttpStatus.UNAUTHORIZED;
			case FORBIDDEN -> HttpStatus.FORBIDDEN;
			case LIMIT_EXCEEDED -> HttpStatus.UNPROCESSABLE_CONTENT;
			case UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
			case CONFLICT -> HttpStatus.CONFLICT; // a mutation's alone
			case PERSISTED_QUERY_NOT_SUPPORTED, INTERNAL -> HttpStatus.INTERNAL_SERVER_ERROR; // the first is GraphQL's alone
		};
		return error(request, status, ex.code(), ex.getMessage(), ex.details());
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<?> missing(MissingServletRequestParameterException ex, HttpServletRequest request) {
		return error(request, HttpStatus.BAD_REQUEST, ErrorCode.BAD_INPUT,
				"Parameter '" + ex.getParameterName() + "' is required (缺少参数 " + ex.getParameterName() + ")");
	}

	/** A parameter that is not of its type: what was expected and what came ({@code weakBelow=abc}). */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<?> mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		var type = ex.getRequiredType();
		String expected;
		String chinese;
		if (type == Integer.class || type == int.class) {
			expected = "a whole number, e.g. 3";
			chinese = "应为整数";
		}
		else if (type == Double.class || type == double.class) {
			expected = "a number, e.g. 1.5";
			chinese = "应为数字";
		}
		else if (type == Boolean.class || type == boolean.class) {
			expected = "true or false";
			chinese = "应为 true 或 false";
		}
		else {
			expected = "of another form";
			chinese = "格式有误";
		}
		var value = String.valueOf(ex.getValue());
		var shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
		return error(request, HttpStatus.BAD_REQUEST, ErrorCode.BAD_INPUT, "Parameter '" + ex.getName() + "' must be " + expected
				+ ", was '" + shown + "' (参数 " + ex.getName() + " " + chinese + ")", Map.of("parameter", ex.getName()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<?> unexpected(Exception ex, HttpServletRequest request) {
		var failure = Neo4jFailures.of(ex);
		if (failure != null) {
			// 503 for every one of them: a download too slow on a busy machine may well pass when asked again.
			return error(request, HttpStatus.SERVICE_UNAVAILABLE, failure.code(), failure.message(), failure.details());
		}
		var id = UUID.randomUUID().toString();
		log.error("Unexpected export error {}", id, ex);
		return error(request, HttpStatus.INTERNAL_SERVER_ERROR, ErrorCode.INTERNAL, ErrorCode.INTERNAL.defaultMessage() + ", id " + id);
	}

	private ResponseEntity<?> error(HttpServletRequest request, HttpStatus status, ErrorCode code, String message) {
		return error(request, status, code, message, Map.of());
	}

	/**
	 * The error as JSON: code and message first, then the details GraphQL puts in the error's extensions; to a browser
	 * that opened the address (a form of the home page, a link passed on), the same words as a page.
	 */
	private ResponseEntity<?> error(HttpServletRequest request, HttpStatus status, ErrorCode code, String message,
			Map<String, Object> details) {
		if (HomePage.fromBrowser(request)) {
			return this.home.refused(request, status, code, message);
		}
		var body = new LinkedHashMap<String, Object>();
		body.put("code", code.name());
		body.put("message", message);
		details.forEach(body::putIfAbsent);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

}

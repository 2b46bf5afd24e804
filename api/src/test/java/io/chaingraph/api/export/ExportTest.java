package io.chaingraph.api.export;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.chaingraph.api.ApiTest;
import io.chaingraph.api.DemoGraph;
import io.chaingraph.api.GraphQlClient;
import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.overlap.OverlapAnalysis;
import io.chaingraph.loader.dataset.DataSet;
import io.chaingraph.loader.dataset.Tables;
import io.chaingraph.loader.region.RegionReference;
import io.chaingraph.loader.source.CsvSource;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The CSV and Excel downloads on the demo data: Chinese headers and file names, the same numbers as chainGaps and
 * supplementTargets (worked by hand in ChainGapsTest and SupplementTargetsTest), the .xlsx read back, and errors as
 * JSON with a status.
 */
@ApiTest
class ExportTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	OverlapAnalysis overlap;

	@Autowired
	ExportController controller;

	@BeforeEach
	void demo() {
		DemoGraph.ensureLoaded();
	}

	@Test
	void gapTableAsCsv() {
		var response = get("/export/chain-gaps.csv?chain=jx-nonferrous&region=36");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
		var body = response.getBody();
		// UTF-8 byte order mark first, so Excel reads the Chinese right.
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		var lines = lines(response);
		assertThat(lines[0]).isEqualTo("环节,环节编号,层级,上级环节,上中下游,本地企业数,状态,区位熵,长板,本地链主,本地企业（前 5 家，按名称）,就近配套地区（企业数）,"
				+ "本地上游环节（企业数）,本地下游环节（企业数）");
		assertThat(lines).hasSize(1 + 22);
		var strip = Arrays.stream(lines).filter(l -> l.contains("jx-nonferrous/copper-alloy-strip")).findFirst().orElseThrow();
		assertThat(strip).contains(",有色金属加工材,中游,0,断点,0.00,,,", "浙江省 2 家（相邻）", "安徽省 1 家（相邻）");
		// What the region has next to the gap, as chainGaps' localUpstream / localDownstream list it.
		assertThat(strip).endsWith(",铜冶炼(阴极铜) 2 家,");
		var foil = Arrays.stream(lines).filter(l -> l.contains(",jx-nonferrous/copper-foil,")).findFirst().orElseThrow();
		assertThat(foil).endsWith(",铜冶炼(阴极铜) 2 家,动力电池电芯 3 家；印制电路板(PCB) 3 家；覆铜板 1 家");
		var smelting = Arrays.stream(lines).filter(l -> l.contains(",jx-nonferrous/smelting,")).findFirst().orElseThrow();
		assertThat(smelting).contains(",11,已覆盖,1.08,,江西铜业集团有限公司,");
		// the firms behind a count, as chainGaps' enterprises(first: 5) lists them
		var magnets = Arrays.stream(lines(get("/export/chain-gaps.csv?chain=jx-nonferrous&region=3607")))
			.filter(l -> l.contains(",jx-nonferrous/ndfeb-magnet,"))
			.findFirst()
			.orElseThrow();
		assertThat(magnets).as("a 长板 (ChainGapsTest)").contains(",3,已覆盖,2.34,长板,")
			.contains("江西金力永磁科技股份有限公司", "示例·赣州某永磁材料有限公司", "示例·赣州某磁材科技有限公司");
		assertThat(fileName(response)).isEqualTo("有色金属-江西省-产业链缺口.csv");
		assertThat(response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.startsWith("attachment; filename=\"chain-gaps-jx-nonferrous-36.csv\"; filename*=UTF-8''");
	}

	@Test
	void gapTableAsExcel() throws Exception {
		var response = get("/export/chain-gaps.xlsx?chain=jx-nonferrous&region=3607&weakBelow=3");
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getHeaders().getContentType().toString())
			.isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(fileName(response)).isEqualTo("有色金属-赣州市-产业链缺口.xlsx");
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getBody()))) {
			assertThat(workbook.getFirstSheet().getName()).isEqualTo("产业链缺口");
		}
		var rows = firstSheet(response);
		assertThat(text(rows.getFirst())).startsWith("环节", "环节编号", "层级");
		assertThat(rows).hasSize(1 + 22);
		// 赣州: 9 断点 (worked out in ChainGapsTest), firm counts as numbers.
		assertThat(rows.stream().skip(1).filter(r -> "断点".equals(r.getCellAsString(6).orElse(null)))).hasSize(9);
		var processing = rows.stream().filter(r -> "jx-nonferrous/processing".equals(r.getCellAsString(1).orElse(null)))
			.findFirst().orElseThrow();
		assertThat(processing.getCellAsNumber(5).orElseThrow().intValue()).isEqualTo(5);
		assertThat(notes(response)).contains("江西省赣州市", "断点 9 个",
				"2 个（已覆盖且区位熵不低于 1.5）：稀土冶炼分离（2.93）、钕铁硼永磁材料（2.34）");
		var strengths = rows.stream().skip(1).filter(r -> "长板".equals(r.getCellAsString(8).orElse(null)))
			.map(r -> r.getCellAsString(1).orElseThrow()).toList();
		assertThat(strengths).containsExactly("jx-nonferrous/rare-earth-separation", "jx-nonferrous/ndfeb-magnet");
		// 区位熵 with two decimals, as the CSV writes it (0.00 for a 断点, not 0; 1.30, not 1.3).
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(response.getBody()),
				new org.dhatim.fastexcel.reader.ReadingOptions(true, false));
				var stream = workbook.getFirstSheet().openStream()) {
			var quotients = stream.skip(1).map(r -> r.getCell(7)).filter(c -> c != null && c.getRawValue() != null).toList();
			assertThat(quotients).hasSize(22).allSatisfy(c -> assertThat(c.getDataFormatString()).isEqualTo("0.00"));
		}
		// Another threshold, and only the gaps listed: the note still names the table's 长板.
		var lower = get("/export/chain-gaps.xlsx?chain=jx-nonferrous&region=3607&strongFrom=1&status=MISSING");
		assertThat(notes(lower)).contains("4 个（已覆盖且区位熵不低于 1）：稀土冶炼分离（2.93）、钕铁硼永磁材料（2.34）、"
				+ "有色金属加工材（1.08）、冶炼与分离（1.03）");
		// Opens ready to read: a filter on the header row, each column as wide as its widest cell (a 汉字 counts two).
		var sheet = part(response, "xl/worksheets/sheet1.xml");
		assertThat(sheet).contains("<autoFilter ref=\"A1:" + (char) ('A' + text(rows.getFirst()).size() - 1));
		var widths = columnWidths(sheet);
		for (int c = 0; c < widths.size(); c++) {
			int column = c;
			int widest = rows.stream().mapToInt(r -> (column < r.getCellCount() ? r.getCellText(column) : "").codePoints()
				.map(p -> Character.UnicodeScript.of(p) == Character.UnicodeScript.HAN ? 2 : 1).sum()).max().orElseThrow();
			assertThat(widths.get(c)).as("column %d", c).isBetween(Math.min(widest, 60) * 1.0, 62.0);
		}
		assertThat(widths.get(0)).as("环节 names, not Excel's 8").isGreaterThan(12);
	}

	/** The widths a sheet's {@code <cols>} gives its columns, in order. */
	private static List<Double> columnWidths(String sheet) {
		var widths = new java.util.ArrayList<Double>();
		var matcher = java.util.regex.Pattern.compile("<col [^>]*width=\"([0-9.]+)\"").matcher(sheet);
		while (matcher.find()) {
			widths.add(Double.parseDouble(matcher.group(1)));
		}
		return widths;
	}

	/** One part of a downloaded workbook (a zip), as text. */
	private static String part(ResponseEntity<byte[]> xlsx, String name) throws Exception {
		// a file, not a stream: the workbook's entries are sized after their data, which ZipInputStream cannot read
		var file = java.nio.file.Files.createTempFile("export", ".xlsx");
		try {
			java.nio.file.Files.write(file, xlsx.getBody());
			try (var zip = new java.util.zip.ZipFile(file.toFile())) {
				var entry = zip.getEntry(name);
				assertThat(entry).as(name).isNotNull();
				return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		finally {
			java.nio.file.Files.delete(file);
		}
	}

	/**
	 * The download lists the nearest regions chainGaps lists, by default as many (5; it listed 3), each firm in one
	 * region (ChainGapsTest): 南康区's 车路通信设备 has four, 广东省 without 深圳市; 赣县区's own city is 同市. The 说明
	 * sheet says how many each gap lists.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void gapTableListsTheNearestRegionsChainGapsLists() throws Exception {
		var iov = lines(get("/export/chain-gaps.csv?chain=js-iov&region=360703"));
		assertThat(Arrays.stream(iov).filter(l -> l.contains(",js-iov/communication,"))).singleElement(
				org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains(",江苏省 3 家（区域合作）；广东省 1 家（相邻，不含深圳市）；深圳市 1 家（区域合作）；北京市 2 家（其他）,");
		assertThat(Arrays.stream(lines(get("/export/chain-gaps.csv?chain=js-ic&region=360703")))
			.filter(l -> l.contains(",js-ic/substrates,"))).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains(",深圳市 2 家（区域合作）,");
		assertThat(Arrays.stream(lines(get("/export/chain-gaps.csv?chain=jx-nonferrous&region=360704")))
			.filter(l -> l.contains(",jx-nonferrous/tungsten-ore,"))).singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
			.contains(",赣州市 1 家（同市）；南昌市 1 家（同省）；河南省 1 家（其他）,");
		// Row by row as many as chainGaps lists without `nearest`: 南康区's 电子信息 has gaps covered by more than 3.
		var answer = new GraphQlClient(this.http).data("""
				{ chainGaps(chain: "jx-electronics", region: "360703") {
				    segments { segment { key } nearestRegions { region { name } } } } }""");
		var lines = lines(get("/export/chain-gaps.csv?chain=jx-electronics&region=360703"));
		int longer = 0;
		for (var row : (List<Map<String, Object>>) ((Map<String, Object>) answer.get("chainGaps")).get("segments")) {
			var key = (String) ((Map<String, Object>) row.get("segment")).get("key");
			var names = ((List<Map<String, Object>>) row.get("nearestRegions")).stream()
				.map(n -> (String) ((Map<String, Object>) n.get("region")).get("name")).toList();
			var line = Arrays.stream(lines).filter(l -> l.contains("," + key + ",")).findFirst().orElseThrow();
			assertThat(line.split("家（", -1)).as(key).hasSize(names.size() + 1);
			names.forEach(name -> assertThat(line).as(key).contains(name + " "));
			longer += names.size() > 3 ? 1 : 0;
		}
		assertThat(longer).as("rows listing more than 3").isPositive();
		var xlsx = get("/export/chain-gaps.xlsx?chain=jx-electronics&region=360703");
		assertThat(notes(xlsx)).contains("[就近配套地区, 每个断点、短板列出最近的至多 5 个地区（nearest=5，默认 5）：");
		assertThat(notes(get("/export/chain-gaps.xlsx?chain=jx-electronics&region=360703&nearest=2")))
			.contains("列出最近的至多 2 个地区（nearest=2，默认 5）");
		assertThat(notes(get("/export/chain-gaps.xlsx?chain=jx-electronics&region=360703&nearest=0")))
			.contains("[就近配套地区, 未列出（nearest=0）]");
		var over = this.http.getForEntity("/export/chain-gaps.csv?chain=jx-electronics&region=360703&nearest=21", Map.class);
		assertThat(over.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat(over.getBody()).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("limit", "maxNearest")
			.containsEntry("value", 20).containsEntry("actual", 21);
	}

	/**
	 * The threshold in words on the 说明 sheet: at 1 there is no 短板 (fewer than 1 firm is none, a 断点), where it said
	 * "企业数少于 1 家为短板，0 家为断点".
	 */
	@Test
	void theThresholdNoteReadsRightAtEveryThreshold() throws Exception {
		var one = notes(get("/export/chain-gaps.xlsx?chain=jx-nonferrous&region=3607&weakBelow=1"));
		assertThat(one).contains("[短板阈值, 0 家为断点，1 家及以上为已覆盖（短板阈值为 1，不设短板）]").doesNotContain("少于");
		assertThat(notes(get("/export/chain-gap-overview.xlsx?region=3607&weakBelow=1")))
			.contains("[短板阈值, 0 家为断点，1 家及以上为已覆盖（短板阈值为 1，不设短板）]");
		assertThat(notes(get("/export/chain-gaps.xlsx?chain=jx-nonferrous&region=3607&weakBelow=2")))
			.contains("[短板阈值, 0 家为断点，1 家为短板，2 家及以上为已覆盖（短板阈值 2）]");
		assertThat(notes(get("/export/chain-gaps.xlsx?chain=jx-nonferrous&region=3607")))
			.contains("[短板阈值, 0 家为断点，1 至 2 家为短板，3 家及以上为已覆盖（短板阈值 3）]");
	}

	/** {@code status=}: the gaps alone, as the GraphQL field's {@code status} argument; Chinese words work too. */
	@Test
	@SuppressWarnings("unchecked")
	void gapTableOfSomeStatusesOnly() {
		for (var status : List.of("MISSING,WEAK", "断点,短板", "missing&status=weak")) {
			var response = get("/export/chain-gaps.csv?chain=jx-nonferrous&region=3607&status=" + status);
			assertThat(response.getStatusCode()).as(status).isEqualTo(HttpStatus.OK);
			var lines = lines(response);
			// 赣州: 9 断点 + 9 短板 of 22 (ChainGapsTest), each listing its nearest regions.
			assertThat(lines).as(status).hasSize(1 + 18);
			assertThat(Arrays.stream(lines).skip(1)).as(status)
				.allSatisfy(l -> assertThat(l).containsAnyOf(",断点,", ",短板,"));
			assertThat(Arrays.stream(lines).filter(l -> l.contains(",jx-nonferrous/copper-alloy-strip,"))).as(status)
				.singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
				.endsWith(",断点,0.00,,,,浙江省 2 家（相邻）；安徽省 1 家（相邻）,,"); // 赣州 has neither side of it
		}
		var bad = this.http.getForEntity("/export/chain-gaps.csv?chain=jx-nonferrous&region=3607&status=GAP", Map.class);
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(bad.getBody()).containsEntry("code", "BAD_INPUT");
		assertThat((String) bad.getBody().get("message")).contains("'GAP'", "MISSING", "断点");
	}

	@Test
	void gapTableNotesWhichRowsItLists() throws Exception {
		var response = get("/export/chain-gaps.xlsx?chain=jx-nonferrous&region=3607&status=断点");
		assertThat(firstSheet(response)).hasSize(1 + 9);
		assertThat(notes(response)).contains("仅断点：全部 22 个中的 9 个");
	}

	/** chainGapOverview as a file: 江西's 14 policy chains, least covered first, 有色金属 as chainGaps counts it. */
	@Test
	void gapOverviewAsCsv() {
		var csv = get("/export/chain-gap-overview.csv?region=36&policyOnly=true");
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		var lines = lines(csv);
		assertThat(lines[0]).isEqualTo("产业链,产业链编号,政策认定,本地企业数,环节数,断点,短板,已覆盖,覆盖率（%）,缺口主要在,长板（区位熵）,汇总");
		assertThat(lines).hasSize(1 + 14);
		// 22 segments: 1 断点, 13 短板, 8 covered (ChainGapsTest), 21 firms of 江西 in the chain.
		assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("有色金属,jx-nonferrous,江西省“2+6+N” 2,21,22,1,13,8,95.5,中游,"));
		var ratios = Arrays.stream(lines).skip(1).map(l -> Double.parseDouble(l.split(",")[8])).toList();
		assertThat(ratios).isSorted();
		assertThat(fileName(csv)).isEqualTo("江西省-产业链缺口总览.csv");
		// 赣州's copper chain: the 长板 of its gap table (ChainGapsTest), with their 区位熵.
		assertThat(lines(get("/export/chain-gap-overview.csv?region=3607"))).anySatisfy(l -> assertThat(l)
			.startsWith("有色金属,jx-nonferrous,").contains(",稀土冶炼分离（2.93）、钕铁硼永磁材料（2.34）,"));
		var bad = this.http.getForEntity("/export/chain-gap-overview.csv?region=nowhere", Map.class);
		assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	/** compareRegions as a file: the counts of ChainGapsTest's hand-worked cases, side by side. */
	@Test
	void regionsSideBySideAsCsvAndExcel() throws Exception {
		var csv = get("/export/compare-regions.csv?chain=jx-nonferrous&regions=36,3607");
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		var lines = lines(csv);
		assertThat(lines[0]).isEqualTo("环节,环节编号,层级,上级环节,上中下游,江西省（36）企业数,江西省赣州市（3607）企业数,有企业的地区数");
		assertThat(lines).hasSize(1 + 22);
		assertThat(lines[1]).isEqualTo("有色金属采选,jx-nonferrous/mining,0,,上游,6,2,2");
		// A segment's name as it is (the depth in 层级): leading spaces broke Excel's filters and VLOOKUP on it.
		assertThat(lines).contains("铜矿采选,jx-nonferrous/copper-ore,1,有色金属采选,上游,1,0,1",
				"冶炼与分离,jx-nonferrous/smelting,0,,中游,11,5,2",
				"高端铜合金板带,jx-nonferrous/copper-alloy-strip,1,有色金属加工材,中游,0,0,0");
		assertThat(fileName(csv)).isEqualTo("有色金属-江西省与赣州市-区域对比.csv");

		var xlsx = get("/export/compare-regions.xlsx?chain=jx-nonferrous&regions=3607&regions=36");
		var rows = firstSheet(xlsx);
		// The order asked: 赣州 first now.
		assertThat(text(rows.getFirst())).contains("江西省赣州市（3607）企业数", "江西省（36）企业数");
		var smelting = rows.stream().filter(r -> "jx-nonferrous/smelting".equals(r.getCellAsString(1).orElse(null)))
			.findFirst().orElseThrow();
		assertThat(smelting.getCellAsNumber(5).orElseThrow().intValue()).isEqualTo(5);
		assertThat(smelting.getCellAsNumber(6).orElseThrow().intValue()).isEqualTo(11);
		assertThat(notes(xlsx)).contains("江西省赣州市 属于 江西省，其企业同时计入两者", "全链企业数");
		// The workbook shows the tree by the cell's indent, not by spaces in the name.
		assertThat(rows.stream().filter(r -> "jx-nonferrous/copper-ore".equals(r.getCellAsString(1).orElse(null)))
			.findFirst().orElseThrow().getCellText(0)).isEqualTo("铜矿采选");
		assertThat(part(xlsx, "xl/styles.xml")).contains("indent=\"1\"");
	}

	/**
	 * regionalOverlap's complementarity as a file: every row is a gap of one region the other covers, with the
	 * covering region's firm count and first five firms, exactly as the GraphQL answer lists them.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void complementarityAsExcelAndCsvListsWhatRegionalOverlapLists() throws Exception {
		var client = new GraphQlClient(this.http);
		var answer = client.data("""
				{ regionalOverlap(regions: ["36", "32"], chain: "jx-nonferrous") { complementarity { gapsOf { fullName }
				  coveredBy { fullName } gaps(first: 100) { totalCount nodes { segment { key }
				  firms(first: 5) { totalCount nodes { name } } } } } } }""");
		var expected = new ArrayList<List<String>>();
		for (var pair : (List<Map<String, Object>>) ((Map<String, Object>) answer.get("regionalOverlap")).get("complementarity")) {
			var gapsOf = (String) ((Map<String, Object>) pair.get("gapsOf")).get("fullName");
			var coveredBy = (String) ((Map<String, Object>) pair.get("coveredBy")).get("fullName");
			var gaps = (Map<String, Object>) pair.get("gaps");
			assertThat((Integer) gaps.get("totalCount")).as("one page holds them").isLessThanOrEqualTo(100);
			for (var gap : (List<Map<String, Object>>) gaps.get("nodes")) {
				var firms = (Map<String, Object>) gap.get("firms");
				expected.add(List.of(gapsOf, coveredBy, (String) ((Map<String, Object>) gap.get("segment")).get("key"),
						String.valueOf(firms.get("totalCount")), ((List<Map<String, Object>>) firms.get("nodes")).stream()
							.map(f -> (String) f.get("name")).collect(java.util.stream.Collectors.joining("、"))));
			}
		}
		assertThat(expected).as("江西 and 江苏 complement each other in 有色金属").hasSizeGreaterThan(2);
		var xlsx = get("/export/regional-complementarity.xlsx?regions=36,32&chain=有色金属");
		assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(fileName(xlsx)).isEqualTo("有色金属-江西省与江苏省-区域互补清单.xlsx");
		var rows = firstSheet(xlsx);
		assertThat(text(rows.getFirst())).containsExactly("有断点的地区", "可对接地区", "产业链", "环节", "环节编号", "层级",
				"上级环节", "上中下游", "可对接地区企业数", "可对接地区企业（前 5 家，按名称）");
		var listed = rows.subList(1, rows.size()).stream().map(r -> List.of(r.getCellAsString(0).orElse(""),
				r.getCellAsString(1).orElse(""), r.getCellAsString(4).orElse(""),
				String.valueOf(r.getCellAsNumber(8).orElseThrow().intValue()), r.getCellAsString(9).orElse(""))).toList();
		assertThat(listed).isEqualTo(expected);

		// Every chain: as many rows as the gaps of both directions, and the 说明 sheet counts them per direction.
		var all = client.data("""
				{ regionalOverlap(regions: ["36", "32"]) { complementarity { gapsOf { fullName } coveredBy { fullName }
				  gapCount gaps(first: 1) { totalCount } } } }""");
		int total = 0;
		var summaries = new ArrayList<String>();
		for (var pair : (List<Map<String, Object>>) ((Map<String, Object>) all.get("regionalOverlap")).get("complementarity")) {
			int covered = (Integer) ((Map<String, Object>) pair.get("gaps")).get("totalCount");
			total += covered;
			summaries.add(((Map<String, Object>) pair.get("gapsOf")).get("fullName") + "的断点 " + pair.get("gapCount")
					+ " 个，其中" + ((Map<String, Object>) pair.get("coveredBy")).get("fullName") + "已覆盖 " + covered + " 个");
		}
		var whole = get("/export/regional-complementarity.xlsx?regions=36,32");
		assertThat(firstSheet(whole)).hasSize(1 + total);
		assertThat(notes(whole)).contains("全部产业链", summaries.getFirst(), summaries.getLast());

		// Nested regions: 赣州's gaps that 江西 covers (江西's firms outside 赣州), none the other way.
		var csv = get("/export/regional-complementarity.csv?regions=3607,36&chain=jx-nonferrous");
		var lines = lines(csv);
		assertThat(fileName(csv)).isEqualTo("有色金属-赣州市与江西省-区域互补清单.csv");
		assertThat(Arrays.stream(lines).skip(1)).isNotEmpty().allMatch(l -> l.startsWith("江西省赣州市,江西省,有色金属,"));
		assertThat(lines).anyMatch(l -> l.startsWith("江西省赣州市,江西省,有色金属,铜矿采选,jx-nonferrous/copper-ore,1,有色金属采选,上游,1,"));
	}

	/** The lines of a downloaded CSV file after its UTF-8 byte order mark. */
	static String[] lines(ResponseEntity<byte[]> csv) {
		var body = csv.getBody();
		return new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n");
	}

	/** The rows of a downloaded workbook's first sheet (the table). */
	static List<List<String>> texts(List<Row> rows) {
		return rows.stream().map(r -> java.util.stream.IntStream.range(0, r.getCellCount()).mapToObj(r::getCellText).toList()).toList();
	}

	static List<Row> firstSheet(ResponseEntity<byte[]> xlsx) throws Exception {
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getBody()));
				var stream = workbook.getFirstSheet().openStream()) {
			return stream.toList();
		}
	}

	/** The text of a downloaded workbook's 说明 sheet, row by row. */
	static String notes(ResponseEntity<byte[]> xlsx) throws Exception {
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getBody()));
				var stream = workbook.findSheet("说明").orElseThrow().openStream()) {
			return stream.map(ExportTest::text).toList().toString();
		}
	}

	/**
	 * The complementarity download refuses more rows than it holds (20,000) with LIMIT_EXCEEDED, asking for a chain or
	 * fewer regions: the same check with the demo's 259 rows of 江西 and 江苏 as the limit, then one under it.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void complementarityOverItsRowLimitIsRefusedWithTheLimitAndTheCount() {
		var overlap = this.overlap.overlap(List.of("36", "32"), null);
		assertThat(this.overlap.complementRows(overlap, ExportController.COMPLEMENT_FIRMS, 259)).hasSize(259);
		var refused = catchThrowableOfType(ApiException.class,
				() -> this.overlap.complementRows(overlap, ExportController.COMPLEMENT_FIRMS, 258));
		assertThat(refused.code()).isEqualTo(ErrorCode.LIMIT_EXCEEDED);
		assertThat(refused.getMessage()).contains("超过单次导出上限 258 行", "请指定产业链或减少地区");
		var response = this.controller.apiError(refused, new org.springframework.mock.web.MockHttpServletRequest());
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat((Map<String, Object>) response.getBody()).containsEntry("code", "LIMIT_EXCEEDED").containsEntry("value", 258)
			.containsEntry("actual", 259);
	}

	@Test
	@SuppressWarnings("unchecked")
	void regionsSideBySideRefusesWhatCompareRegionsRefuses() {
		var one = this.http.getForEntity("/export/compare-regions.csv?chain=jx-nonferrous&regions=36", Map.class);
		assertThat(one.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(one.getBody()).containsEntry("code", "BAD_INPUT");
		var unknown = this.http.getForEntity("/export/compare-regions.csv?chain=jx-nonferrous&regions=36,99", Map.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((String) unknown.getBody().get("message")).startsWith("regions: Region 地区 '99' not found (未找到)");
		var none = this.http.getForEntity("/export/compare-regions.csv?chain=jx-nonferrous", Map.class);
		assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) none.getBody().get("message")).contains("regions", "缺少参数");
	}

	@Test
	void targetsAsCsvAndExcel() throws Exception {
		var csv = get("/export/supplement-targets.csv?chain=jx-nonferrous&region=36&segment=jx-nonferrous/copper-alloy-strip");
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		var lines = lines(csv);
		assertThat(lines[0]).isEqualTo("排名,企业名称,企业编号,所在地区,所在地区代码,得分,可填补环节,得分构成,企业标签");
		assertThat(lines).hasSize(4);
		assertThat(lines[1]).startsWith("1,安徽楚江科技新材料股份有限公司,002171-sz,安徽省芜湖市,3402,60,高端铜合金板带,")
			.contains("填补断点 +40（高端铜合金板带）；企业资质 +10（上市）；相邻地区 +10（安徽省；亦同属长江经济带）");
		// The gap's three firms (芜湖; 宁波: 博威, 金田) score 60 each, as above: one rank, by key (SupplementTargetsTest).
		assertThat(Arrays.stream(lines).skip(1).map(l -> String.join(",", Arrays.asList(l.split(",")).subList(0, 5))))
			.containsExactly("1,安徽楚江科技新材料股份有限公司,002171-sz,安徽省芜湖市,3402",
					"1,宁波博威合金材料股份有限公司,601137-sh,浙江省宁波市,3302",
					"1,宁波金田铜业(集团)股份有限公司,601609-sh,浙江省宁波市,3302");
		assertThat(fileName(csv)).isEqualTo("有色金属-江西省-补链目标企业.csv");
		var xlsx = get("/export/supplement-targets.xlsx?chain=jx-nonferrous&region=3607&limit=10");
		var rows = firstSheet(xlsx);
		assertThat(text(rows.getFirst())).contains("得分", "得分构成");
		assertThat(rows).hasSize(11);
		// Scores not increasing; ranks by competition (1, 1, 3): one more than the rows of a higher score.
		var scores = new ArrayList<Integer>();
		rows.stream().skip(1).forEach(r -> scores.add(r.getCellAsNumber(5).orElseThrow().intValue()));
		assertThat(scores).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
		var ranks = rows.stream().skip(1).map(r -> r.getCellAsNumber(0).orElseThrow().intValue()).toList();
		for (int i = 0; i < ranks.size(); i++) {
			int score = scores.get(i);
			assertThat(ranks.get(i)).as("row %d", i + 1).isEqualTo(1 + (int) scores.stream().filter(x -> x > score).count());
		}
		assertThat(new java.util.HashSet<>(ranks)).as("ties among the ten share ranks").hasSizeLessThan(ranks.size());
		// A reason list wider than a column may be (60) wraps: otherwise it shows its start only, beside the tags.
		var sheet = part(xlsx, "xl/worksheets/sheet1.xml");
		var wrapping = wrappingStyles(part(xlsx, "xl/styles.xml"));
		int wrapped = 0;
		for (int r = 1; r < rows.size(); r++) {
			var reasons = rows.get(r).getCellText(7);
			var style = java.util.regex.Pattern.compile("<c r=\"H" + (r + 1) + "\"[^>]*? s=\"([0-9]+)\"").matcher(sheet);
			boolean wraps = style.find() && wrapping.contains(Integer.parseInt(style.group(1)));
			assertThat(wraps).as("row %d: %s", r, reasons).isEqualTo(ExportTable.displayWidth(reasons) > 60);
			wrapped += wraps ? 1 : 0;
			// as tall as its lines (58 wide each, a little short of the column): LibreOffice does not fit rows itself
			var height = java.util.regex.Pattern.compile("<row r=\"" + (r + 1) + "\"[^>]*? ht=\"([0-9.]+)\"").matcher(sheet);
			double expected = wraps ? Math.ceil(ExportTable.displayWidth(reasons) / 58.0) * 15.75 : 0;
			assertThat(height.find() ? Double.parseDouble(height.group(1)) : 0).as("row %d height", r).isEqualTo(expected);
		}
		assertThat(wrapped).as("reason lists over 60 wide among the ten").isPositive();
		assertThat(notes(xlsx)).contains("[筛选条件, 无（全部目标企业）]", "[排名, 按得分由高到低；得分相同者名次相同（如 1、1、3），并按企业编号排列]");

		// A filtered list says so on its 说明 sheet: a file passed on must not read as every target.
		var filtered = get("/export/supplement-targets.xlsx?chain=jx-nonferrous&region=3607&province=浙江&segment=有色金属加工材"
				+ "&tags=上市");
		assertThat(notes(filtered)).contains("[筛选条件, 标签 上市；省份 浙江（含下级地区）；环节 有色金属加工材（该环节或其下级环节的缺口）]");
		assertThat(firstSheet(filtered)).hasSizeGreaterThan(1);

		// Filters left empty, as a form sends them: no filter (was: Region 地区 '' not found).
		var blank = get("/export/supplement-targets.xlsx?chain=jx-nonferrous&region=3607&province=&segment=&tags=");
		assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(notes(blank)).contains("[筛选条件, 无（全部目标企业）]");
		var unfiltered = get("/export/supplement-targets.xlsx?chain=jx-nonferrous&region=3607");
		assertThat(texts(firstSheet(blank))).hasSizeGreaterThan(1).isEqualTo(texts(firstSheet(unfiltered)));
	}

	/** The indexes of a workbook's cell styles ({@code cellXfs}) that wrap text. */
	private static java.util.Set<Integer> wrappingStyles(String styles) {
		var cellXfs = styles.substring(styles.indexOf("<cellXfs"), styles.indexOf("</cellXfs>"));
		var xf = java.util.regex.Pattern.compile("<xf\\b(?:[^>]*/>|.*?</xf>)").matcher(cellXfs);
		var wrapping = new java.util.HashSet<Integer>();
		for (int i = 0; xf.find(); i++) {
			if (xf.group().contains("wrapText=\"true\"") || xf.group().contains("wrapText=\"1\"")) {
				wrapping.add(i);
			}
		}
		return wrapping;
	}

	/**
	 * The names behind a count: 钕铁硼永磁材料 in 赣州 (3 firms, one real, two illustrative: from the demo files), each
	 * with its region, segments by chain, whether it is illustrative and where its record comes from; by name too,
	 * in the order and number {@code enterprises} gives.
	 */
	/**
	 * The firm list's columns that enterprises.csv has are headed as the loader reads them (企业编号, not 企业主键; 来源
	 * and 原文 apart): the list, its other columns deleted, reads back as a data set's enterprises.csv.
	 */
	@Test
	void firmListReadsBackAsEnterprisesCsv(@TempDir Path folder) throws Exception {
		var csv = get("/export/enterprises.csv?region=3607&chain=jx-nonferrous");
		var loaderHeaders = new java.util.LinkedHashMap<String, String>();
		Tables.ENTERPRISES.columns().forEach(c -> Tables.chineseHeaders(Tables.ENTERPRISES, c.name())
			.forEach(h -> loaderHeaders.put(h, c.name())));
		var kept = Arrays.stream(lines(csv)[0].split(",")).filter(loaderHeaders::containsKey).toList();
		assertThat(kept.stream().map(loaderHeaders::get)).containsExactly("name", "id", "creditCode", "stockCode",
				"regionCode", "tags", "source", "quote");
		var out = new StringBuilder(String.join(",", kept)).append('\n');
		var listed = new ArrayList<String>();
		try (var rows = new CsvSource("enterprises.csv", new ByteArrayInputStream(csv.getBody()))) {
			for (var row : rows) {
				listed.add(row.get("企业编号") + " " + row.get("企业名称") + " " + row.get("来源"));
				out.append(kept.stream().map(h -> row.get(h) == null ? "" : "\"" + row.get(h).replace("\"", "\"\"") + "\"")
					.collect(Collectors.joining(","))).append('\n');
			}
		}
		Files.writeString(folder.resolve("dataset.yaml"), "format: chaingraph/v1\nid: firm-list\nname: 企业名单\n");
		Files.writeString(folder.resolve("enterprises.csv"), out);
		var read = DataSet.read(folder, RegionReference.shipped(), (space, keys) -> Set.copyOf(keys));
		var firms = read.rows().of("load/enterprises").orElseThrow().rows();
		assertThat(firms.stream().map(f -> {
			var props = (Map<?, ?>) f.get("props");
			return props.get("id") + " " + props.get("name") + " " + props.get("source");
		})).containsExactlyInAnyOrderElementsOf(listed).hasSizeGreaterThan(3);
	}

	@Test
	@SuppressWarnings("unchecked")
	void firmListAsCsvAndExcel() throws Exception {
		var csv = get("/export/enterprises.csv?region=3607&segment=jx-nonferrous/ndfeb-magnet");
		assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
		var lines = lines(csv);
		assertThat(lines[0]).isEqualTo("序号,企业名称,企业编号,统一社会信用代码,股票代码,所在地区,地区代码,所属产业链环节,认定（链主、领航、龙头）,企业标签,示例数据,来源,原文");
		assertThat(lines).hasSize(1 + 3);
		assertThat(Arrays.stream(lines).skip(1).map(l -> l.split(",")[1])).containsExactlyInAnyOrder("江西金力永磁科技股份有限公司",
				"示例·赣州某永磁材料有限公司", "示例·赣州某磁材科技有限公司");
		for (var line : Arrays.copyOfRange(lines, 1, lines.length)) {
			var cells = line.split(",");
			assertThat(cells[5]).as(line).startsWith("江西省赣州市");
			assertThat(cells[7]).as(line).contains("有色金属：").contains("钕铁硼永磁材料");
			assertThat(cells[10]).as(line).isEqualTo(cells[1].startsWith("示例·") ? "是（示例，非事实）" : "否");
			assertThat(cells[11]).as(line).isNotBlank().isNotEqualTo("unknown");
		}
		// Named by the chain, segment and region, as every other download, not by the codes typed.
		assertThat(fileName(csv)).isEqualTo("有色金属-钕铁硼永磁材料-赣州市-企业名单.csv");
		assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.startsWith("attachment; filename=\"enterprises-jx-nonferrous-jx-nonferrous_ndfeb-magnet-3607.csv\";");

		var xlsx = get("/export/enterprises.xlsx?region=赣州&chain=有色金属&limit=5");
		assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
		var answer = new GraphQlClient(this.http).data("""
				{ enterprises(filter: {region: "赣州", chain: "有色金属"}, first: 5) { totalCount nodes { name } } }""");
		var list = (Map<String, Object>) answer.get("enterprises");
		var rows = firstSheet(xlsx);
		assertThat(rows.stream().skip(1).map(r -> r.getCellText(1)).toList())
			.isEqualTo(((List<Map<String, Object>>) list.get("nodes")).stream().map(n -> n.get("name")).toList());
		assertThat(notes(xlsx)).contains("地区 赣州（含下级地区）；产业链 有色金属", list.get("totalCount") + " 家，本文件列出前 5 家");
		assertThat(fileName(xlsx)).as("the names the graph has, not the ones typed").isEqualTo("有色金属-赣州市-企业名单.xlsx");
		assertThat(xlsx.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
			.as("the keys and codes of the names typed in Chinese")
			.startsWith("attachment; filename=\"enterprises-jx-nonferrous-3607.xlsx\";");

		assertThat(get("/export/enterprises.csv?limit=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(get("/export/enterprises.csv?orderBy=REVENUE").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(get("/export/enterprises.csv?tags=专精特新企业").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(get("/export/enterprises.csv?region=火星").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	@SuppressWarnings("unchecked")
	void errorsAreJsonWithAStatus() {
		var unknown = this.http.getForEntity("/export/chain-gaps.csv?chain=nope&region=36", Map.class);
		assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(unknown.getBody()).containsEntry("code", "NOT_FOUND").as("GraphQL's extensions too")
			.containsEntry("key", "nope");
		assertThat((String) unknown.getBody().get("message")).contains("nope", "未找到");
		var weak = this.http.getForEntity("/export/chain-gaps.xlsx?chain=jx-nonferrous&region=36&weakBelow=0", Map.class);
		assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(weak.getBody()).containsEntry("code", "BAD_INPUT");
		var strong = this.http.getForEntity("/export/chain-gaps.csv?chain=jx-nonferrous&region=36&strongFrom=0.8", Map.class);
		assertThat(strong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) strong.getBody().get("message")).contains("strongFrom", "长板阈值");
		var missing = this.http.getForEntity("/export/supplement-targets.csv?chain=jx-nonferrous", Map.class);
		assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((String) missing.getBody().get("message")).contains("region", "缺少参数");
		var format = this.http.getForEntity("/export/chain-gaps.pdf?chain=jx-nonferrous&region=36", Map.class);
		assertThat(format.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((String) format.getBody().get("message")).contains(".csv", "格式");
		// An extension in capitals is the same download; none at all is told to add one.
		var capitals = this.http.getForEntity("/export/chain-gaps.CSV?chain=jx-nonferrous&region=36", byte[].class);
		assertThat(capitals.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(capitals.getHeaders().getContentType().toString()).startsWith("text/csv");
		var bare = this.http.getForEntity("/export/chain-gaps?chain=jx-nonferrous&region=36", Map.class);
		assertThat(bare.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat((String) bare.getBody().get("message")).contains("/export/chain-gaps.xlsx", "须以 .csv 或 .xlsx 结尾");
		// A target list's filters are named as the download's parameters, as the form's fields send them: province:,
		// not GraphQL's filter.province:, which names nothing a browser's user typed.
		for (var refused : Map.of("province=浙", "province: Region 地区 '浙' not found (未找到)", "province=深圳",
				"province: expected a province (44, 广东), found 广东省深圳市 (4403)", "segment=铜合金",
				"segment: '铜合金' is no segment of 有色金属 (jx-nonferrous)", "tags=上巿", "tags: expected one of [").entrySet()) {
			var answer = this.http.getForEntity("/export/supplement-targets.csv?chain=jx-nonferrous&region=36&"
					+ refused.getKey(), Map.class);
			assertThat((String) answer.getBody().get("message")).as(refused.getKey()).startsWith(refused.getValue());
		}
		var limit = this.http.getForEntity("/export/supplement-targets.csv?chain=jx-nonferrous&region=36&limit=5000", Map.class);
		assertThat(limit.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		var none = this.http.getForEntity("/export/supplement-targets.csv?chain=jx-nonferrous&region=36&limit=0", Map.class);
		assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		// Not of the parameter's type: what was expected and what came
		var word = this.http.getForEntity("/export/chain-gaps.csv?chain=jx-nonferrous&region=36&weakBelow=abc", Map.class);
		assertThat(word.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(word.getBody()).containsEntry("code", "BAD_INPUT").containsEntry("parameter", "weakBelow");
		assertThat((String) word.getBody().get("message"))
			.isEqualTo("Parameter 'weakBelow' must be a whole number, e.g. 3, was 'abc' (参数 weakBelow 应为整数)");
		var flag = this.http.getForEntity("/export/chain-gap-overview.csv?region=36&policyOnly=maybe", Map.class);
		assertThat((String) flag.getBody().get("message")).contains("policyOnly", "true 或 false", "'maybe'");
		var ratio = this.http.getForEntity("/export/chain-gaps.csv?chain=jx-nonferrous&region=36&strongFrom=half", Map.class);
		assertThat((String) ratio.getBody().get("message")).contains("strongFrom", "应为数字", "'half'", "e.g. 1.5");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aParameterOverTheTextLimitIsRefusedAsGraphQlRefusesIt() {
		var chain = "a".repeat(201);
		var tooLong = this.http.getForEntity("/export/chain-gaps.csv?chain=" + chain + "&region=36", Map.class);
		assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
		assertThat((Map<String, Object>) tooLong.getBody()).containsEntry("code", "LIMIT_EXCEEDED")
			.containsEntry("limit", "maxTextLength").containsEntry("value", 200).containsEntry("actual", 201)
			.containsEntry("parameter", "chain");
		assertThat((String) tooLong.getBody().get("message")).isEqualTo("Parameter 'chain' is 201 characters; the limit is 200 (参数过长)");
		// An item of a list, as GraphQL checks each string of a list
		var listed = this.http.getForEntity("/export/compare-regions.csv?chain=jx-nonferrous&regions=36," + "3".repeat(300),
				Map.class);
		assertThat((Map<String, Object>) listed.getBody()).containsEntry("limit", "maxTextLength").containsEntry("actual", 300)
			.containsEntry("parameter", "regions");
		// At the limit it is asked, and not found
		var atLimit = this.http.getForEntity("/export/chain-gaps.csv?chain=" + "a".repeat(200) + "&region=36", Map.class);
		assertThat(atLimit.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	/** The download, asked again (up to three times) only when the statement missed its timeout on a busy machine. */
	private ResponseEntity<byte[]> get(String url) {
		var response = this.http.getForEntity(url, byte[].class);
		for (int attempt = 1; attempt < 3 && response.getStatusCode() == HttpStatus.SERVICE_UNAVAILABLE; attempt++) {
			response = this.http.getForEntity(url, byte[].class);
		}
		return response;
	}

	static String fileName(ResponseEntity<?> response) {
		var disposition = response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
		var encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + "filename*=UTF-8''".length());
		return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
	}

	private static List<String> text(Row row) {
		var cells = new ArrayList<String>();
		for (int i = 0; i < row.getCellCount(); i++) {
			cells.add(row.getCellAsString(i).orElse(""));
		}
		return cells;
	}

}

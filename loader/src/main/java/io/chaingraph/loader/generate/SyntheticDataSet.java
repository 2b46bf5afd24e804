package io.chaingraph.loader.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.chaingraph.loader.region.Region;
import io.chaingraph.loader.region.RegionLevel;
import io.chaingraph.loader.region.RegionReference;
import io.chaingraph.loader.source.CsvWriter;

/**
 * Writes a synthetic {@code chaingraph/v1} data set (loader/FORMATS.md) of any size: 40 chains of 25–40 segments in
 * two-level trees with supply links, N firms in real county and city codes of the built-in regions, each in one to
 * three segments, and a few supply relations and 链主 designations. Every record says {@code source: illustrative}.
 * <p>
 * The skew follows real firm registers: provinces are drawn with a Zipf law over their real order by number of firms
 * (广东, 江苏, 浙江 … hold most), regions within a province and segments with Zipf laws over a shuffled order. The
 * same seed gives the same bytes; CSV files are written record by record, so memory does not grow with N.
 */
public final class SyntheticDataSet {

	/** Provinces by their real number of registered firms, largest first: the ranks of the province Zipf law. */
	static final List<String> PROVINCES_BY_SIZE = List.of("44", "32", "33", "37", "41", "51", "42", "35", "43", "34",
			"31", "13", "11", "61", "36", "50", "21", "53", "45", "14", "15", "52", "12", "65", "23", "22", "62", "46",
			"64", "63", "54");

	static final double PROVINCE_EXPONENT = 1.3;

	static final double REGION_EXPONENT = 1.0;

	static final double SEGMENT_EXPONENT = 1.0;

	private static final List<String> CHAIN_NAMES = List.of("新能源汽车", "动力电池", "光伏", "风电装备", "集成电路", "新型显示",
			"智能终端", "工业母机", "机器人", "航空装备", "轨道交通装备", "船舶与海工装备", "生物医药", "医疗器械", "中医药", "先进高分子材料",
			"有色金属", "钢铁", "石化化工", "纺织服装", "绿色食品", "农机装备", "电子元器件", "软件和信息服务", "人工智能", "大数据", "物联网",
			"虚拟现实", "节能环保", "绿色建材", "智能家居", "电线电缆", "锂电材料", "稀土功能材料", "氢能", "新型储能", "卫星互联网", "低空经济",
			"安全应急装备", "现代物流");

	private static final Map<String, List<String>> STAGES = Map.of("UPSTREAM", List.of("原材料", "基础材料", "关键设备"),
			"MIDSTREAM", List.of("核心部件", "关键模组", "中间产品"), "DOWNSTREAM", List.of("整机制造", "系统集成", "应用服务"));

	private static final Map<String, List<String>> KINDS = Map.of("UPSTREAM", List.of("MATERIAL", "EQUIPMENT"),
			"MIDSTREAM", List.of("COMPONENT"), "DOWNSTREAM", List.of("PRODUCT", "SERVICE"));

	/** Tags and the share of firms that carry each. */
	private static final Map<String, Double> TAGS = tagShares();

	/**
	 * What to generate.
	 *
	 * @param enterprises how many firms
	 * @param seed the seed: equal seeds, equal bytes
	 */
	public record Options(long enterprises, long seed) {

		public Options {
			if (enterprises < 1) {
				throw new IllegalArgumentException("--enterprises must be at least 1");
			}
		}

	}

	/**
	 * What was written.
	 *
	 * @param folder the data set folder
	 * @param id the data set's id, {@code synthetic-<seed>}
	 * @param chains chains written
	 * @param segments segments over all chains
	 * @param enterprises rows of enterprises.csv
	 * @param enterpriseSegments rows of enterprise-segments.csv
	 * @param supplyRelations rows of supply-relations.csv
	 * @param designations rows of designations.csv
	 * @param bytes the size of all files
	 */
	public record Summary(Path folder, String id, int chains, int segments, long enterprises, long enterpriseSegments,
			long supplyRelations, long designations, long bytes) {
	}

	private record Segment(String id, String chainId, int chainIndex) {
	}

	private final Options options;

	private final SplittableRandom random;

	private SyntheticDataSet(Options options) {
		this.options = options;
		this.random = new SplittableRandom(options.seed());
	}

	/**
	 * Writes the data set into {@code folder} (created when missing; files of the same names are replaced).
	 */
	public static Summary write(Options options, Path folder) {
		try {
			return new SyntheticDataSet(options).writeAll(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the synthetic data set to " + folder, ex);
		}
	}

	private Summary writeAll(Path folder) throws IOException {
		Files.createDirectories(folder.resolve("chains"));
		var id = "synthetic-" + this.options.seed();
		Files.writeString(folder.resolve("dataset.yaml"), """
				# Synthetic data set written by ./chaingraph generate: every record is made up (illustrative).
				format: chaingraph/v1
				id: %s
				name: 合成数据集 (seed %d, %d 家企业)
				description: 合成数据，仅用于压力测试与基准测试。企业、环节与关系均为随机生成，地区编码为真实的区县与地级市编码。
				""".formatted(id, this.options.seed(), this.options.enterprises()), StandardCharsets.UTF_8);
		var segments = chains(folder);
		var regions = regions();
		var designated = designatedFirms();
		var firmProvinces = new HashMap<Long, String>();
		long operatesIn = 0;
		var segmentOrder = new ArrayList<>(segments);
		Collections.shuffle(segmentOrder, new java.util.Random(this.random.nextLong()));
		var segmentZipf = new Zipf(segmentOrder.size(), SEGMENT_EXPONENT);
		var byChain = new HashMap<Integer, List<Segment>>();
		segments.forEach(s -> byChain.computeIfAbsent(s.chainIndex(), c -> new ArrayList<>()).add(s));
		try (var firms = new CsvWriter(folder.resolve("enterprises.csv"));
				var links = new CsvWriter(folder.resolve("enterprise-segments.csv"))) {
			firms.record("id", "name", "aliases", "creditCode", "stockCode", "regionCode", "tags", "founded", "source",
					"quote");
			links.record("enterpriseId", "segmentId", "role", "source", "quote");
			var picked = new ArrayList<Segment>(3);
			for (long firm = 1; firm <= this.options.enterprises(); firm++) {
				var firmId = firmId(firm);
				var region = regions.next(this.random);
				if (designated.containsKey(firm)) {
					firmProvinces.put(firm, region.substring(0, 2));
				}
				firms.field(firmId)
					.field("合成企业" + pad(firm, 6))
					.field(null)
					.field(null)
					.field(null)
					.field(region)
					.field(tags())
					.field(this.random.nextDouble() < 0.85 ? Integer.toString(founded()) : null)
					.field("illustrative")
					.field(null)
					.end();
				picked.clear();
				var first = segmentOrder.get(segmentZipf.next(this.random));
				picked.add(first);
				double roll = this.random.nextDouble();
				int count = roll < 0.3 ? 1 : roll < 0.7 ? 2 : 3;
				for (int attempt = 0; picked.size() < count && attempt < 20; attempt++) {
					// Most firms stay in their first chain; some also work for another.
					Segment next;
					if (this.random.nextDouble() < 0.7) {
						var own = byChain.get(first.chainIndex());
						next = own.get(this.random.nextInt(own.size()));
					}
					else {
						next = segmentOrder.get(segmentZipf.next(this.random));
					}
					if (!picked.contains(next)) {
						picked.add(next);
					}
				}
				for (int i = 0; i < picked.size(); i++) {
					links.record(firmId, picked.get(i).id(), i == 0 ? "主营" : "配套", "illustrative", null);
				}
				operatesIn += picked.size();
			}
		}
		long supplies = supplyRelations(folder);
		long designations = designations(folder, designated, firmProvinces);
		long bytes;
		try (var files = Files.walk(folder)) {
			bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
		}
		return new Summary(folder, id, CHAIN_NAMES.size(), segments.size(), this.options.enterprises(), operatesIn,
				supplies, designations, bytes);
	}

	/** Writes chains/*.yaml; returns every segment. */
	private List<Segment> chains(Path folder) throws IOException {
		var all = new ArrayList<Segment>();
		int chainCount = CHAIN_NAMES.size();
		for (int c = 0; c < chainCount; c++) {
			var chainId = chainId(c);
			var name = CHAIN_NAMES.get(c);
			int size = 25 + this.random.nextInt(16);
			int tops = 5 + this.random.nextInt(4);
			var yaml = new StringBuilder();
			yaml.append("# Synthetic chain written by ./chaingraph generate (illustrative).\n");
			yaml.append("id: ").append(chainId).append('\n');
			yaml.append("name: 合成·").append(name).append('\n');
			yaml.append("aliases:\n  - ").append(name).append("产业链\n");
			yaml.append("source: illustrative\n");
			yaml.append("policy:\n");
			yaml.append("  - region: '").append(PROVINCES_BY_SIZE.get(this.random.nextInt(5))).append("'\n");
			yaml.append("    program: 合成重点产业链计划\n    tier: 重点\n    source: illustrative\n");
			yaml.append("segments:\n");
			// Children are dealt to the top-level segments in turn: a two-level tree of `size` segments.
			var children = new ArrayList<List<String>>();
			for (int t = 0; t < tops; t++) {
				children.add(new ArrayList<>());
			}
			for (int i = 0; i < size - tops; i++) {
				children.get(i % tops).add("t" + (i % tops + 1) + "-" + (i / tops + 1));
			}
			var positions = new LinkedHashMap<String, String>();
			for (int t = 0; t < tops; t++) {
				var position = t < tops / 3 + 1 ? "UPSTREAM" : t < 2 * tops / 3 + 1 ? "MIDSTREAM" : "DOWNSTREAM";
				var kinds = KINDS.get(position);
				var stage = STAGES.get(position).get(t % 3);
				var topId = "t" + (t + 1);
				var topName = name + stage + (t + 1);
				segment(yaml, "  ", topId, topName, position, kinds.get(this.random.nextInt(kinds.size())));
				positions.put(topId, position);
				all.add(new Segment(chainId + "/" + topId, chainId, c));
				if (!children.get(t).isEmpty()) {
					yaml.append("    children:\n");
					for (var childId : children.get(t)) {
						segment(yaml, "      ", childId, topName + "·" + childId.substring(childId.indexOf('-') + 1),
								position, kinds.get(this.random.nextInt(kinds.size())));
						positions.put(childId, position);
						all.add(new Segment(chainId + "/" + childId, chainId, c));
					}
				}
			}
			yaml.append("supplies:\n");
			for (var link : supplyLinks(positions, size / 2)) {
				yaml.append("  - from: ").append(link[0]).append("\n    to: ").append(link[1]);
				yaml.append("\n    source: illustrative\n");
			}
			// One link into the next chain: its materials come from this chain's products.
			var lastTop = "t" + tops;
			yaml.append("  - from: ").append(lastTop).append("\n    to: ").append(chainId((c + 1) % chainCount));
			yaml.append("/t1\n    source: illustrative\n");
			Files.writeString(folder.resolve("chains").resolve(chainId + ".yaml"), yaml, StandardCharsets.UTF_8);
		}
		return all;
	}

	private static void segment(StringBuilder yaml, String indent, String id, String name, String position, String kind) {
		yaml.append(indent).append("- id: ").append(id).append('\n');
		yaml.append(indent).append("  name: ").append(name).append('\n');
		yaml.append(indent).append("  position: ").append(position).append('\n');
		yaml.append(indent).append("  kind: ").append(kind).append('\n');
		yaml.append(indent).append("  source: illustrative\n");
	}

	/** Up to {@code count} distinct links from a segment to one further downstream. */
	private List<String[]> supplyLinks(Map<String, String> positions, int count) {
		var order = List.of("UPSTREAM", "MIDSTREAM", "DOWNSTREAM");
		var ids = new ArrayList<>(positions.keySet());
		var links = new LinkedHashSet<String>();
		for (int attempt = 0; links.size() < count && attempt < count * 20; attempt++) {
			var from = ids.get(this.random.nextInt(ids.size()));
			var to = ids.get(this.random.nextInt(ids.size()));
			if (order.indexOf(positions.get(from)) + 1 == order.indexOf(positions.get(to))) {
				links.add(from + " " + to);
			}
		}
		return links.stream().map(l -> l.split(" ")).toList();
	}

	/** A draw of a real county or city code: a Zipf law over provinces, then over the province's regions. */
	private final class RegionDraw {

		private final Zipf provinces = new Zipf(PROVINCES_BY_SIZE.size(), PROVINCE_EXPONENT);

		private final List<List<String>> regions = new ArrayList<>();

		private final List<Zipf> within = new ArrayList<>();

		RegionDraw(List<Region> reference) {
			var byProvince = new HashMap<String, List<String>>();
			for (var region : reference) {
				if (region.level() == RegionLevel.CITY || region.level() == RegionLevel.COUNTY) {
					byProvince.computeIfAbsent(region.code().substring(0, 2), p -> new ArrayList<>()).add(region.code());
				}
			}
			var shuffle = new java.util.Random(SyntheticDataSet.this.random.nextLong());
			for (var province : PROVINCES_BY_SIZE) {
				var codes = new ArrayList<>(byProvince.getOrDefault(province, List.of()));
				if (codes.isEmpty()) {
					throw new IllegalStateException("The built-in regions have no city or county in province " + province);
				}
				Collections.shuffle(codes, shuffle);
				this.regions.add(codes);
				this.within.add(new Zipf(codes.size(), REGION_EXPONENT));
			}
		}

		String next(SplittableRandom random) {
			int province = this.provinces.next(random);
			return this.regions.get(province).get(this.within.get(province).next(random));
		}

	}

	private RegionDraw regions() {
		return new RegionDraw(RegionReference.shipped());
	}

	/** Firms that will hold a designation: two per chain, by firm number, with the kind. */
	private Map<Long, List<String[]>> designatedFirms() {
		var designated = new LinkedHashMap<Long, List<String[]>>();
		for (int c = 0; c < CHAIN_NAMES.size(); c++) {
			for (var kind : List.of("链主", "龙头")) {
				long firm = 1 + this.random.nextLong(this.options.enterprises());
				designated.computeIfAbsent(firm, f -> new ArrayList<>()).add(new String[] { chainId(c), kind });
			}
		}
		return designated;
	}

	private long designations(Path folder, Map<Long, List<String[]>> designated, Map<Long, String> provinces) {
		long rows = 0;
		var seen = new HashSet<String>();
		try (var out = new CsvWriter(folder.resolve("designations.csv"))) {
			out.record("enterpriseId", "chainId", "regionCode", "kind", "by", "year", "source", "quote");
			for (var entry : designated.entrySet()) {
				for (var designation : entry.getValue()) {
					var province = provinces.get(entry.getKey());
					if (seen.add(entry.getKey() + designation[0] + designation[1])) {
						out.record(firmId(entry.getKey()), designation[0], province, designation[1], null, "2023",
								"illustrative", null);
						rows++;
					}
				}
			}
		}
		return rows;
	}

	/** One supply relation per 50 firms, customers drawn mostly among the larger (lower-numbered) firms. */
	private long supplyRelations(Path folder) {
		long wanted = this.options.enterprises() / 50;
		long n = this.options.enterprises();
		var customers = new Zipf((int) Math.min(n, 10_000), 1.0);
		var seen = new HashSet<Long>();
		long rows = 0;
		try (var out = new CsvWriter(folder.resolve("supply-relations.csv"))) {
			out.record("supplierId", "customerId", "product", "source", "quote");
			for (long attempt = 0; rows < wanted && attempt < wanted * 4; attempt++) {
				long supplier = 1 + this.random.nextLong(n);
				long customer = 1 + customers.next(this.random);
				if (supplier == customer || !seen.add(supplier * (n + 1) + customer)) {
					continue;
				}
				out.record(firmId(supplier), firmId(customer), null, "illustrative", null);
				rows++;
			}
		}
		return rows;
	}

	private String tags() {
		StringBuilder tags = null;
		for (var tag : TAGS.entrySet()) {
			if (this.random.nextDouble() < tag.getValue()) {
				tags = tags == null ? new StringBuilder(tag.getKey()) : tags.append(';').append(tag.getKey());
			}
		}
		return tags == null ? null : tags.toString();
	}

	private static Map<String, Double> tagShares() {
		var tags = new LinkedHashMap<String, Double>();
		tags.put("规上", 0.15);
		tags.put("高新技术企业", 0.08);
		tags.put("专精特新", 0.03);
		tags.put("瞪羚", 0.005);
		return Collections.unmodifiableMap(tags);
	}

	/** A founding year, more firms in recent years. */
	private int founded() {
		return 2024 - (int) Math.floor(40 * Math.pow(this.random.nextDouble(), 1.8));
	}

	static String firmId(long firm) {
		return "syn-" + pad(firm, 9);
	}

	private static String chainId(int chain) {
		return "syn-c" + pad(chain + 1, 2);
	}

	private static String pad(long value, int width) {
		var digits = Long.toString(value);
		return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
	}

}

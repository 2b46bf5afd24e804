package io.chaingraph.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.yaml.snakeyaml.Yaml;

/**
 * A data set folder (loader/FORMATS.md) read straight from its files, in plain Java and without Neo4j or the loader's
 * own readers, so tests can check the API's answers against an independent computation: where each firm is, which
 * regions lie within which, each chain's segment tree and policy regions, and which segments each firm works in.
 * <p>
 * The built-in regions come from the loader's reference files ({@code reference/regions-cn}, on the test classpath),
 * read with the rule documented for them: placeholder cities (市辖区, 省直辖县级行政区划, 县) are not regions, their
 * counties sit under the province. A {@code regions.csv} of the data set adds its zones and cooperation areas.
 * <p>
 * The shared definitions (README, regional overlap): the firms of region R are those located in R or in a region
 * under R (PART_OF, at most three levels up); the firms in segment S are those working in S or in a segment below
 * it, each counted once; R covers S when there is at least one.
 */
public final class GeneratedInputs {

	private static final Set<String> PLACEHOLDER_CITIES = Set.of("市辖区", "省直辖县级行政区划", "县");

	/** One chain file: its segments in file order (parents before children), each segment's parent, its namers. */
	public record Chain(String id, List<String> segments, Map<String, String> parents, List<String> policyRegions) {

		/** The segment and every segment below it. */
		public Set<String> subtree(String segment) {
			var result = new HashSet<String>();
			result.add(segment);
			boolean grown = true;
			while (grown) {
				grown = false;
				for (var entry : this.parents.entrySet()) {
					if (entry.getValue() != null && result.contains(entry.getValue()) && result.add(entry.getKey())) {
						grown = true;
					}
				}
			}
			return result;
		}

		/** The segment and every segment above it. */
		public List<String> selfAndAncestors(String segment) {
			var result = new ArrayList<String>();
			for (var at = segment; at != null && !result.contains(at); at = this.parents.get(at)) {
				result.add(at);
			}
			return result;
		}

	}

	/** A supply link between two segments (ids {@code <chain>/<segment>}). */
	public record Supply(String from, String to) {
	}

	private final Map<String, String> firmRegion = new LinkedHashMap<>();

	private final Map<String, String> firmName = new HashMap<>();

	private final Map<String, String> regionParent = new HashMap<>();

	private final Map<String, String> regionLevel = new HashMap<>();

	private final Map<String, Chain> chains = new LinkedHashMap<>();

	private final Map<String, Set<String>> firmSegments = new HashMap<>();

	private final List<Supply> supplies = new ArrayList<>();

	private GeneratedInputs() {
	}

	/** Reads the data set in {@code folder}. */
	public static GeneratedInputs read(Path folder) {
		var inputs = new GeneratedInputs();
		try {
			inputs.readReferenceRegions();
			if (Files.exists(folder.resolve("regions.csv"))) {
				for (var row : csv(Files.newInputStream(folder.resolve("regions.csv")))) {
					var parent = row.get("parentCode");
					inputs.regionParent.put(row.get("code"), parent == null || parent.isEmpty() ? null : parent);
					inputs.regionLevel.put(row.get("code"), row.get("level"));
				}
			}
			for (var row : csv(Files.newInputStream(folder.resolve("enterprises.csv")))) {
				inputs.firmRegion.put(row.get("id"), row.get("regionCode"));
				inputs.firmName.put(row.get("id"), row.get("name"));
			}
			for (var row : csv(Files.newInputStream(folder.resolve("enterprise-segments.csv")))) {
				inputs.firmSegments.computeIfAbsent(row.get("enterpriseId"), f -> new TreeSet<>()).add(row.get("segmentId"));
			}
			try (var files = Files.list(folder.resolve("chains"))) {
				for (var file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
					inputs.readChain(file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return inputs;
	}

	private void readReferenceRegions() throws IOException {
		var placeholders = new HashMap<String, String>();
		for (var row : csv(reference("provinces.csv"))) {
			this.regionParent.put(row.get("code"), null);
			this.regionLevel.put(row.get("code"), "PROVINCE");
		}
		for (var row : csv(reference("cities.csv"))) {
			if (PLACEHOLDER_CITIES.contains(row.get("name"))) {
				placeholders.put(row.get("code"), row.get("provinceCode"));
				continue;
			}
			this.regionParent.put(row.get("code"), row.get("provinceCode"));
			this.regionLevel.put(row.get("code"), "CITY");
		}
		for (var row : csv(reference("areas.csv"))) {
			var city = row.get("cityCode");
			this.regionParent.put(row.get("code"), placeholders.getOrDefault(city, city));
			this.regionLevel.put(row.get("code"), row.get("code").charAt(4) == '7' ? "ZONE" : "COUNTY");
		}
	}

	private static InputStream reference(String name) {
		var in = GeneratedInputs.class.getClassLoader().getResourceAsStream("reference/regions-cn/" + name);
		if (in == null) {
			throw new IllegalStateException("reference/regions-cn/" + name + " is not on the test classpath");
		}
		return in;
	}

	@SuppressWarnings("unchecked")
	private void readChain(Path file) throws IOException {
		Map<String, Object> yaml;
		try (var in = Files.newInputStream(file)) {
			yaml = new Yaml().load(in);
		}
		var id = (String) yaml.get("id");
		var segments = new ArrayList<String>();
		var parents = new LinkedHashMap<String, String>();
		walk((List<Map<String, Object>>) yaml.get("segments"), id, null, segments, parents);
		var policy = new ArrayList<String>();
		for (var entry : (List<Map<String, Object>>) yaml.getOrDefault("policy", List.of())) {
			policy.add(String.valueOf(entry.get("region")));
		}
		this.chains.put(id, new Chain(id, List.copyOf(segments), Collections.unmodifiableMap(parents), List.copyOf(policy)));
		for (var link : (List<Map<String, Object>>) yaml.getOrDefault("supplies", List.of())) {
			this.supplies.add(new Supply(qualified(id, (String) link.get("from")), qualified(id, (String) link.get("to"))));
		}
	}

	@SuppressWarnings("unchecked")
	private static void walk(List<Map<String, Object>> level, String chain, String parent, List<String> out,
			Map<String, String> parents) {
		if (level == null) {
			return;
		}
		for (var segment : level) {
			var key = chain + "/" + segment.get("id");
			out.add(key);
			parents.put(key, parent);
			walk((List<Map<String, Object>>) segment.get("children"), chain, key, out, parents);
		}
	}

	private static String qualified(String chain, String segment) {
		return segment.contains("/") ? segment : chain + "/" + segment;
	}

	/** Firm id to the code of the region it is located in. */
	public Map<String, String> firmRegion() {
		return Collections.unmodifiableMap(this.firmRegion);
	}

	/** The parent of a region, null for a province, a cooperation area or an unknown code. */
	public String parentOf(String code) {
		return this.regionParent.get(code);
	}

	/** The level of a region (PROVINCE, CITY, COUNTY, ZONE, COOPERATION_AREA), null when unknown. */
	public String levelOf(String code) {
		return this.regionLevel.get(code);
	}

	/** The regions above a region, nearest first, at most three levels (as the graph's PART_OF*0..3). */
	public List<String> parentCodes(String code) {
		var result = new ArrayList<String>();
		for (var at = parentOf(code); at != null && result.size() < 3; at = parentOf(at)) {
			result.add(at);
		}
		return result;
	}

	/** Whether {@code code} is {@code region} or lies under it. */
	public boolean within(String code, String region) {
		return code != null && (code.equals(region) || parentCodes(code).contains(region));
	}

	/** Chains by id, in file-name order. */
	public Map<String, Chain> chains() {
		return Collections.unmodifiableMap(this.chains);
	}

	/** Firm id to the segments it works in. */
	public Map<String, Set<String>> firmSegments() {
		return Collections.unmodifiableMap(this.firmSegments);
	}

	/** Every supply link of every chain file. */
	public List<Supply> supplies() {
		return Collections.unmodifiableList(this.supplies);
	}

	/** The chain a segment id belongs to. */
	public static String chainOf(String segment) {
		return segment.substring(0, segment.indexOf('/'));
	}

	/**
	 * For every segment of the chain, the firms of the region (located in it or under it) working in the segment or
	 * below it, each once.
	 */
	public Map<String, Set<String>> firmSetsPerSegment(String chain, String regionCode) {
		var tree = this.chains.get(chain);
		var result = new LinkedHashMap<String, Set<String>>();
		tree.segments().forEach(s -> result.put(s, new TreeSet<>()));
		for (var entry : this.firmSegments.entrySet()) {
			if (!within(this.firmRegion.get(entry.getKey()), regionCode)) {
				continue;
			}
			for (var segment : entry.getValue()) {
				if (chainOf(segment).equals(chain) && result.containsKey(segment)) {
					tree.selfAndAncestors(segment).forEach(s -> result.get(s).add(entry.getKey()));
				}
			}
		}
		return result;
	}

	/** Firm ids in the order lists of firms take: by name, then by id. */
	public List<String> byName(java.util.Collection<String> firms) {
		return firms.stream()
			.sorted(java.util.Comparator.comparing((String f) -> this.firmName.get(f)).thenComparing(f -> f))
			.toList();
	}

	/** For every segment of the chain, how many firms of the region work in it or below it (each firm once). */
	public Map<String, Integer> firmsPerSegment(String chain, String regionCode) {
		var result = new LinkedHashMap<String, Integer>();
		firmSetsPerSegment(chain, regionCode).forEach((s, firms) -> result.put(s, firms.size()));
		return result;
	}

	/** The firms of the region working anywhere in the chain, each once. */
	public Set<String> firmsInChain(String chain, String regionCode) {
		var result = new TreeSet<String>();
		for (var entry : this.firmSegments.entrySet()) {
			if (within(this.firmRegion.get(entry.getKey()), regionCode)
					&& entry.getValue().stream().anyMatch(s -> chainOf(s).equals(chain))) {
				result.add(entry.getKey());
			}
		}
		return result;
	}

	/** The segments of the chain (of every chain when null) the region covers: at least one of its firms there. */
	public Set<String> coveredSegments(String chain, String regionCode) {
		var result = new TreeSet<String>();
		for (var id : chain == null ? this.chains.keySet() : Set.of(chain)) {
			firmsPerSegment(id, regionCode).forEach((segment, firms) -> {
				if (firms > 0) {
					result.add(segment);
				}
			});
		}
		return result;
	}

	/** The chains (among {@code chain}, or all when null) the region covers: it covers at least one segment. */
	public Set<String> coveredChains(String chain, String regionCode) {
		var result = new TreeSet<String>();
		coveredSegments(chain, regionCode).forEach(s -> result.add(chainOf(s)));
		return result;
	}

	/** A CSV file (RFC 4180: quoted fields, doubled quotes, a UTF-8 BOM) as rows by column name; empty cells null. */
	static List<Map<String, String>> csv(InputStream in) throws IOException {
		String text;
		try (in) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		var records = new ArrayList<List<String>>();
		var record = new ArrayList<String>();
		var field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
				continue;
			}
			switch (c) {
				case '"' -> {
					quoted = true;
					any = true;
				}
				case ',' -> {
					record.add(field.toString());
					field.setLength(0);
					any = true;
				}
				case '\r' -> {
				}
				case '\n' -> {
					record.add(field.toString());
					field.setLength(0);
					records.add(record);
					record = new ArrayList<>();
					any = false;
				}
				default -> {
					field.append(c);
					any = true;
				}
			}
		}
		if (any) {
			record.add(field.toString());
			records.add(record);
		}
		var header = records.getFirst();
		var rows = new ArrayList<Map<String, String>>();
		for (var values : records.subList(1, records.size())) {
			if (values.size() == 1 && values.getFirst().isEmpty()) {
				continue;
			}
			var row = new HashMap<String, String>();
			for (int i = 0; i < header.size(); i++) {
				var value = i < values.size() ? values.get(i) : "";
				row.put(header.get(i), value.isEmpty() ? null : value);
			}
			rows.add(row);
		}
		return rows;
	}

}

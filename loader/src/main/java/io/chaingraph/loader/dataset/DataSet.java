package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.chaingraph.loader.chain.Chain;
import io.chaingraph.loader.chain.ChainFile;
import io.chaingraph.loader.region.Region;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.loader.source.LoadProblem;
import io.chaingraph.model.rules.RegionCodes;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A {@code chaingraph/v1} data set folder, read and validated as a whole before anything is written: every file,
 * every cell, and every reference across files (a reference may also name something already in the graph).
 *
 * @param id the data set's id from dataset.yaml
 * @param name its name
 * @param asOf the date its content describes (数据截至日期, {@code asOf} in dataset.yaml, {@code YYYY-MM-DD}); null
 * when not given
 * @param rows what to write, in order
 * @param codesGivenUp per unique column ({@code creditCode}, {@code stockCode}), the firms in the graph whose code
 * this data set gives to another of its firms (a code corrected on two rows: the first given another code, or, when
 * no other source lists it, left empty): such a firm loses it even when another data set lists it too
 */
public record DataSet(String id, String name, String asOf, GraphRows rows, Map<String, List<String>> codesGivenUp) {

	/** The format this reader understands. */
	public static final String FORMAT = "chaingraph/v1";

	/** The id the built-in administrative divisions are recorded under: no data set may take it. */
	public static final String BUILT_IN_REGIONS_ID = "regions-cn";

	/**
	 * Reads and validates a data set.
	 * @param folder the data set folder
	 * @param builtInRegions the administrative divisions every data set may refer to
	 * @param inGraph answers which of some keys already exist in the graph, for references the data set does not
	 * define itself
	 * @throws LoadException with every problem of every file; nothing has been written
	 */
	public static DataSet read(Path folder, List<Region> builtInRegions,
			BiFunction<KeySpace, Collection<String>, Set<String>> inGraph) {
		return read(folder, builtInRegions, new InGraph() {

			@Override
			public Set<String> existing(KeySpace space, Collection<String> keys) {
				return inGraph.apply(space, keys);
			}

			@Override
			public Map<String, String> prunable(String dataset, KeySpace space, Collection<String> keys) {
				return Map.of();
			}

			@Override
			public Recorded recorded(String id) {
				return null;
			}

			@Override
			public Map<String, List<HeldValues.Holder>> holders(String column, Collection<String> values) {
				return Map.of();
			}

			@Override
			public List<CooperationAreas.Area> cooperationAreas(Collection<String> codes) {
				return List.of();
			}

		}, false);
	}

	/**
	 * Reads and validates a data set for a load into this graph: its references, its credit codes and stock codes
	 * against the firms of the graph, the region codes its firms name against the graph's cooperation areas.
	 * @param prune whether the load is to {@code --prune}: then a row that names what the prune would delete is a
	 * problem, and so is an id the graph records under another data set's name (the prune would delete what that one
	 * loaded)
	 * @throws LoadException with every problem of every file; nothing has been written
	 */
	public static DataSet read(Path folder, List<Region> builtInRegions, InGraph graph, boolean prune) {
		var problems = new ArrayList<LoadProblem>();
		var report = new Hints(builtInRegions, problems::add);
		if (!Files.isDirectory(folder)) {
			throw new LoadException(List.of(new LoadProblem(folder.toString(), 0, null, "a data set folder", "no such folder (文件夹不存在)")));
		}
		var manifest = manifest(folder, report);
		var id = manifest.get("id");
		boolean validId = id != null && Column.SLUG.matcher(id).matches();
		if (prune && validId && manifest.get("name") != null) {
			checkOwnId(folder, id, manifest.get("name"), graph.recorded(id), report);
		}
		var refused = new Refused();
		DataSetFiles.checkUnknown(folder, report, refused);
		var chains = chains(folder, report, refused);
		report.chains(chains);
		var tables = new LinkedHashMap<Table, List<Row>>();
		for (var table : Tables.ALL) {
			tables.put(table, table.read(folder, report, refused));
		}
		var keys = definedKeys(builtInRegions, chains, tables, report);
		tables.get(Tables.ENTERPRISES).forEach(r -> keys.get(KeySpace.ENTERPRISE).add(r.text("id")));

		new References(keys, graph::existing, refused,
				prune && validId ? (space, found) -> graph.prunable(id, space, found) : null).check(tables, chains, report);
		var givenUp = checkHeld(Tables.ENTERPRISES, tables.get(Tables.ENTERPRISES), graph::holders, id, refused, report);
		var areas = CooperationAreas.of(tables.get(Tables.REGIONS), builtInRegions);
		var elsewhere = tables.get(Tables.ENTERPRISES).stream().map(r -> r.text("regionCode"))
			.filter(code -> code != null && !keys.get(KeySpace.REGION).contains(code)).collect(java.util.stream.Collectors.toSet());
		if (!elsewhere.isEmpty()) {
			areas.add(graph.cooperationAreas(elsewhere)); // asked only for codes the data set does not define
		}
		tables.get(Tables.ENTERPRISES).forEach(r -> areas.check(r, report));
		checkRegionShapes(tables.get(Tables.REGIONS), report);
		checkSelfReferences(tables, report);
		report.firmNames(folder);
		if (!problems.isEmpty()) {
			throw new LoadException(problems);
		}
		var regionNames = new HashMap<String, String>();
		builtInRegions.forEach(r -> regionNames.put(r.code(), r.fullName()));
		return new DataSet(manifest.get("id"), manifest.get("name"), manifest.get("asOf"),
				GraphRowsBuilder.build(chains, tables, regionNames), Map.copyOf(givenUp));
	}

	/**
	 * The firms in the graph whose 统一社会信用代码 this data set gives to another of its firms: the load takes it from
	 * them before it writes any firm, since Neo4j checks the constraint at each write, and the order of the rows could
	 * not satisfy every chain of such moves.
	 */
	public List<String> creditCodesGivenUp() {
		return this.codesGivenUp.getOrDefault(Tables.CREDIT_CODE.column(), List.of());
	}

	/**
	 * Reports each value of the table's unique columns that a firm of another id has in the graph, unless this data
	 * set gives that firm another value (then the value moves), or leaves that firm's cell empty while no other source
	 * lists it (then it is cleared). An empty cell of a firm another data set, the curation API or the import lists
	 * too keeps its value (load/enterprises): the value would be held twice, or, as it was, taken from that firm
	 * without a word. A firm refused for a problem of its own is not reported again here.
	 * @param dataSet the data set's id, to tell the firms others list too
	 * @return per column, the firms in the graph that give up their value to another firm of the data set
	 */
	static Map<String, List<String>> checkHeld(Table table, List<Row> rows, HeldValues held, String dataSet,
			Refused refused, Consumer<LoadProblem> problems) {
		var givenUp = new HashMap<String, List<String>>();
		var keyColumn = table.key().getFirst();
		var listed = new HashMap<String, Row>();
		rows.forEach(row -> listed.put(row.text(keyColumn), row));
		for (var column : table.unique()) {
			var values = rows.stream().map(row -> row.text(column.column())).filter(v -> v != null).distinct().toList();
			if (values.isEmpty()) {
				continue;
			}
			var holders = held.holders(column.column(), values);
			var moving = new java.util.LinkedHashSet<String>();
			for (var row : rows) {
				var value = row.text(column.column());
				if (value == null) {
					continue;
				}
				for (var holder : holders.getOrDefault(value, List.of())) {
					var own = listed.get(holder.id());
					if (holder.id().equals(row.text(keyColumn)) || refused.covers(table.defines(), holder.id())) {
						continue;
					}
					boolean shared = holder.datasets().isEmpty() || holder.datasets().stream().anyMatch(d -> !d.equals(dataSet));
					if (own == null || (own.text(column.column()) == null && shared)) {
						problems.accept(column.takenInGraph(row, holder));
					}
					else if (!value.equals(own.text(column.column()))) {
						moving.add(holder.id());
					}
					// else both rows have it: the file check reported that
				}
			}
			givenUp.put(column.column(), List.copyOf(moving));
		}
		return givenUp;
	}

	/**
	 * The keys a data set defines besides its enterprises: built-in and listed regions, chains and their segments,
	 * clusters, policy documents. Reports a listed region that repeats a built-in one and a chain id used twice.
	 */
	static EnumMap<KeySpace, Set<String>> definedKeys(List<Region> builtInRegions, List<Chain> chains,
			Map<Table, List<Row>> tables, Consumer<LoadProblem> problems) {
		var keys = new EnumMap<KeySpace, Set<String>>(KeySpace.class);
		for (var space : KeySpace.values()) {
			keys.put(space, new HashSet<>());
		}
		builtInRegions.forEach(r -> keys.get(KeySpace.REGION).add(r.code()));
		var builtInCodes = Set.copyOf(keys.get(KeySpace.REGION));
		for (var row : tables.get(Tables.REGIONS)) {
			if (builtInCodes.contains(row.text("code"))) {
				problems.accept(new LoadProblem(row.file(), row.line(), "code",
						"a zone or cooperation area code not already a built-in region", row.text("code")
								+ " is built in (GB/T 2260); list only zones and cooperation areas here (内置区划无需重复)"));
			}
			keys.get(KeySpace.REGION).add(row.text("code"));
		}
		var chainIds = new HashMap<String, String>();
		for (var chain : chains) {
			var first = chainIds.putIfAbsent(chain.id(), chain.file());
			if (first != null) {
				problems.accept(new LoadProblem(chain.file(), chain.line(), "id", "a chain id used by one file only",
						"'" + chain.id() + "', also the id in " + first + " (产业链编号重复)"));
			}
			keys.get(KeySpace.CHAIN).add(chain.id());
			chain.segments().forEach(s -> keys.get(KeySpace.SEGMENT).add(s.id()));
		}
		tables.get(Tables.CLUSTERS).forEach(r -> keys.get(KeySpace.CLUSTER).add(r.text("id")));
		tables.get(Tables.POLICY_DOCUMENTS).forEach(r -> keys.get(KeySpace.DOCUMENT).add(r.text("id")));
		return keys;
	}

	static Map<String, String> manifest(Path folder, Consumer<LoadProblem> problems) {
		var path = folder.resolve("dataset.yaml");
		var values = new HashMap<String, String>();
		if (!Files.isRegularFile(path)) {
			problems.accept(new LoadProblem("dataset.yaml", 0, null,
					"a dataset.yaml with format: " + FORMAT + ", id and name", "no such file (缺少 dataset.yaml)"));
			return values;
		}
		String text = "";
		try {
			text = Files.readString(path);
			Object loaded = manifestYaml().load(text);
			if (loaded instanceof Map<?, ?> map) {
				map.forEach((k, v) -> values.put(String.valueOf(k), v == null ? null : String.valueOf(v).strip()));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (org.yaml.snakeyaml.error.MarkedYAMLException ex) {
			problems.accept(io.chaingraph.loader.source.YamlSyntax.problem("dataset.yaml", text, ex));
			return values;
		}
		catch (RuntimeException ex) {
			problems.accept(new LoadProblem("dataset.yaml", 0, null, "valid YAML", ex.getMessage()));
			return values;
		}
		if (!FORMAT.equals(values.get("format"))) {
			problems.accept(new LoadProblem("dataset.yaml", line(text, "format"), "format",
					FORMAT + " (the format this loader reads)",
					values.get("format") == null ? "nothing" : "'" + values.get("format") + "' (不支持的格式版本)"));
		}
		var id = values.get("id");
		if (id == null || !Column.SLUG.matcher(id).matches()) {
			problems.accept(new LoadProblem("dataset.yaml", line(text, "id"), "id",
					"an id of lower-case letters, digits and hyphens", id == null ? "nothing" : "'" + id + "'"));
		}
		else if (id.equals(BUILT_IN_REGIONS_ID)) {
			// Its --prune would delete the built-in regions this data set does not list, and every firm's link to them.
			problems.accept(new LoadProblem("dataset.yaml", line(text, "id"), "id",
					"an id other than " + BUILT_IN_REGIONS_ID + ", which the built-in regions are recorded under",
					"'" + id + "' (该编号为内置行政区划保留，请另起编号)"));
		}
		if (values.get("name") == null) {
			problems.accept(new LoadProblem("dataset.yaml", line(text, "name"), "name", "the data set's name", "nothing"));
		}
		var asOf = values.get("asOf");
		if (asOf != null && !isDate(asOf)) {
			problems.accept(new LoadProblem("dataset.yaml", line(text, "asOf"), "asOf",
					"the date the data describes as YYYY-MM-DD, e.g. 2026-10-31 (数据截至日期)", "'" + asOf + "'"));
		}
		return values;
	}

	/**
	 * Refuses a {@code --prune} under an id the graph records for a data set of another name: two data sets that share
	 * an id (two offices' copies of one template) would each delete what the other loaded. Refused rather than
	 * warned about: a warning comes after the deletion, and the graph keeps no copy of what --prune deleted. A data
	 * set that was only renamed records its new name with a load without --prune.
	 */
	private static void checkOwnId(Path folder, String id, String name, InGraph.Recorded recorded,
			Consumer<LoadProblem> problems) {
		if (recorded == null || recorded.name() == null || recorded.name().equals(name)) {
			return;
		}
		String text;
		try {
			text = Files.readString(folder.resolve("dataset.yaml"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		problems.accept(new LoadProblem("dataset.yaml", line(text, "id"), "id",
				"an id no other data set uses: --prune deletes what the data set of this id loaded before and no longer"
						+ " lists (数据集编号须唯一)",
				"'" + id + "', which the graph records for the data set '" + recorded.name() + "'"
						+ (recorded.loadedOn() == null ? "" : " (loaded " + recorded.loadedOn() + ")") + ", not '" + name
						+ "': this --prune would delete what '" + recorded.name() + "' loaded (该编号已被另一个数据集使用，"
						+ "清理会删除其数据). If this is another data set, give it an id of its own in dataset.yaml"
						+ " (请为本数据集另起编号); if it is the same one renamed, load it once without --prune to record"
						+ " the new name (若只是改名，请先不带 --prune 导入一次)"));
	}

	/** The line of dataset.yaml that sets {@code key}; 1 when none does (the field is missing). */
	private static int line(String text, String key) {
		var lines = text.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(key + ":")) {
				return i + 1;
			}
		}
		return 1;
	}

	/**
	 * YAML without its timestamps: it would read {@code asOf: 2026-13-01} as 2027-01-01 (its calendar is lenient), so
	 * a date stays the text written and is checked as such.
	 */
	private static Yaml manifestYaml() {
		var options = new LoaderOptions();
		options.setAllowDuplicateKeys(false); // id: a then id: b is a mistake, not the last one winning
		var resolver = new Resolver() {
			@Override
			public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
				if (!Tag.TIMESTAMP.equals(tag)) {
					super.addImplicitResolver(tag, regexp, first, limit);
				}
			}
		};
		return new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(), options,
				resolver);
	}

	private static boolean isDate(String text) {
		try {
			LocalDate.parse(text);
			return true;
		}
		catch (DateTimeParseException ex) {
			return false;
		}
	}

	static List<Chain> chains(Path folder, Consumer<LoadProblem> problems, Refused refused) {
		var chains = new ArrayList<Chain>();
		for (var file : DataSetFiles.chainFiles(folder)) {
			var chain = ChainFile.read(file, DataSetFiles.chainName(folder, file), problems, keys -> {
				if (keys.chainId() == null) {
					// Not even the chain's id could be read: which segments it has is anyone's guess.
					refused.all(KeySpace.CHAIN);
					refused.all(KeySpace.SEGMENT);
				}
				else {
					refused.key(KeySpace.CHAIN, keys.chainId());
					keys.segmentIds().forEach(id -> refused.key(KeySpace.SEGMENT, id));
				}
			});
			if (chain != null) {
				chains.add(chain);
			}
		}
		return chains;
	}

	static void checkRegionShapes(List<Row> regions, Consumer<LoadProblem> problems) {
		for (var row : regions) {
			if ("ZONE".equals(row.text("level")) && row.text("parentCode") == null) {
				problems.accept(new LoadProblem(row.file(), row.line(), "parentCode",
						"the city or county the zone lies in (开发区须填写所在地区)", "an empty cell"));
			}
			if ("COOPERATION_AREA".equals(row.text("level")) && !row.text("code").startsWith(RegionCodes.AREA_PREFIX)) {
				// The code tells an area from a place without a lookup (a firm may be located in any place but an area).
				problems.accept(new LoadProblem(row.file(), row.line(), "code",
						"the code of a cooperation area: CA- and capital letters, e.g. CA-YRD (区域合作区的代码以 CA- 开头)",
						"'" + row.text("code") + "'"));
			}
			if ("ZONE".equals(row.text("level")) && row.text("code").startsWith(RegionCodes.AREA_PREFIX)) {
				problems.accept(new LoadProblem(row.file(), row.line(), "code",
						"the code of a zone: the code of its city or county, Z and two digits, e.g. 3601Z01 (开发区代码如 3601Z01)",
						"'" + row.text("code") + "'"));
			}
			if ("COOPERATION_AREA".equals(row.text("level")) && row.list("members").isEmpty()) {
				problems.accept(new LoadProblem(row.file(), row.line(), "members",
						"the member regions, separated by ; (区域合作须列出成员)", "an empty cell"));
			}
		}
	}

	static void checkSelfReferences(Map<Table, List<Row>> tables, Consumer<LoadProblem> problems) {
		for (var row : tables.get(Tables.SUPPLY_RELATIONS)) {
			checkSupplierIsNotCustomer(row, problems);
		}
		for (var row : tables.get(Tables.REGION_NEIGHBOURS)) {
			if (row.text("a").equals(row.text("b"))) {
				problems.accept(new LoadProblem(row.file(), row.line(), "b", "a region other than a", "the same region"));
			}
		}
	}

	static void checkSupplierIsNotCustomer(Row row, Consumer<LoadProblem> problems) {
		if (row.text("supplierId").equals(row.text("customerId"))) {
			var problem = io.chaingraph.model.rules.Reference.selfSupply("customerId", row.text("customerId"));
			problems.accept(new LoadProblem(row.file(), row.line(), problem.field(), problem.expected(), problem.found()));
		}
	}

}

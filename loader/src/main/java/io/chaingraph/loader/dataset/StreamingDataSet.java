package io.chaingraph.loader.dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.chaingraph.loader.region.Region;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.loader.source.LoadProblem;

/**
 * A data set read in one pass for a first load into an EMPTY graph, with memory bounded by its keys rather than its
 * rows: the big tables (enterprises, their segments, products and supply relations) are streamed record by record,
 * checked with the same {@link Table} and {@link Column} rules and messages as {@link DataSet#read}, and turned into
 * the same rows by the same builder, handed to a {@link GraphRowSink} as they come. The small tables and the chains
 * are read whole. What is kept: the keys references may name (a few million short strings at most) and 8 bytes per
 * row for finding duplicate keys.
 * <p>
 * A reference must name something this data set defines or a built-in region: the graph is empty. Rows reach the sink
 * before the whole input is checked, so the caller discards what the sink wrote when {@link LoadException} is
 * thrown. At most {@value #MAX_PROBLEMS} problems are listed; the rest are counted.
 */
public final class StreamingDataSet {

	/** Problems listed in full; a broken export of millions of rows would otherwise list millions. */
	public static final int MAX_PROBLEMS = 1_000;

	/** The tables read record by record; the others are small (written by hand) and read whole. */
	static final List<Table> STREAMED = List.of(Tables.ENTERPRISES, Tables.ENTERPRISE_SEGMENTS,
			Tables.ENTERPRISE_PRODUCTS, Tables.SUPPLY_RELATIONS);

	/**
	 * The relationship queries whose rows never repeat a (from, to) pair in one data set, because the file's key
	 * holds both ends or the start node has one such link. A writer that cannot merge may write these as they come;
	 * the rows of every other relationship query can repeat a pair (a;b and b;a neighbours, one product in one
	 * segment named by many firms …) and must be merged, the last row winning as {@code MERGE … SET} does.
	 */
	public static final Set<String> ONE_ROW_PER_LINK = Set.of("load/region-part-of", "load/segment-in-chain",
			"load/segment-sub-segment-of", "load/enterprise-located-in", "load/enterprise-operates-in",
			"load/enterprise-makes", "load/enterprise-supplies-to", "load/designation-held-by",
			"load/designation-for-chain", "load/designation-in-region", "load/policy-document-issued-in",
			"load/policy-target-set-by");

	/**
	 * What was read.
	 *
	 * @param id the data set's id
	 * @param name its name
	 * @param asOf the date its content describes ({@code asOf} in dataset.yaml), or null
	 * @param checksum the {@link RowChecksum} of its rows, equal to that of {@link DataSet#read} for the same input
	 * @param rows the rows handed to the sink
	 * @param records the CSV records read (every file, header lines aside)
	 */
	public record Result(String id, String name, String asOf, String checksum, long rows, long records) {
	}

	private StreamingDataSet() {
	}

	/**
	 * Reads, checks and hands on a data set.
	 * @param folder the data set folder
	 * @param builtInRegions the administrative divisions every data set may refer to
	 * @param sink receives every row; its output must be discarded when this throws
	 * @throws LoadException with the problems found (the first {@value #MAX_PROBLEMS})
	 */
	public static Result read(Path folder, List<Region> builtInRegions, GraphRowSink sink) {
		var problems = new Problems();
		var report = new Hints(builtInRegions, problems);
		if (!Files.isDirectory(folder)) {
			throw new LoadException(List.of(new LoadProblem(folder.toString(), 0, null, "a data set folder",
					"no such folder (文件夹不存在)")));
		}
		var manifest = DataSet.manifest(folder, report);
		var refused = new Refused();
		DataSetFiles.checkUnknown(folder, report, refused);
		var chains = DataSet.chains(folder, report, refused);
		report.chains(chains);
		var small = new LinkedHashMap<Table, List<Row>>();
		for (var table : Tables.ALL) {
			small.put(table, STREAMED.contains(table) ? List.of() : table.read(folder, report, refused));
		}
		var keys = DataSet.definedKeys(builtInRegions, chains, small, report);
		var areas = CooperationAreas.of(small.get(Tables.REGIONS), builtInRegions); // the graph is empty
		var regionNames = new HashMap<String, String>();
		builtInRegions.forEach(r -> regionNames.put(r.code(), r.fullName()));

		var checksum = new RowChecksum();
		var id = manifest.get("id");
		// Checking here, checksum and writing on a second thread: the two halves of the work on two cores.
		long records = 0;
		try (var rows = new BackgroundSink(GraphRowSink.both(checksum, sink))) {
			rows.dataSet(id == null || !Column.SLUG.matcher(id).matches() ? "invalid-id" : id);
			var builder = new GraphRowsBuilder(rows, regionNames);
			builder.regions(small.get(Tables.REGIONS), small.get(Tables.REGION_NEIGHBOURS));
			builder.chains(chains);
			var enterprises = keys.get(KeySpace.ENTERPRISE);
			records = small.values().stream().mapToLong(List::size).sum();
			records += Tables.ENTERPRISES.stream(folder, report, refused, row -> {
				checkReferences(Tables.ENTERPRISES, row, keys, refused, report);
				areas.check(row, report);
				enterprises.add(row.text("id"));
				builder.enterprise(row);
			});
			records += Tables.ENTERPRISE_SEGMENTS.stream(folder, report, refused, row -> {
				checkReferences(Tables.ENTERPRISE_SEGMENTS, row, keys, refused, report);
				builder.enterpriseSegment(row);
			});
			records += Tables.ENTERPRISE_PRODUCTS.stream(folder, report, refused, row -> {
				checkReferences(Tables.ENTERPRISE_PRODUCTS, row, keys, refused, report);
				builder.enterpriseProduct(row);
			});
			records += Tables.SUPPLY_RELATIONS.stream(folder, report, refused, row -> {
				checkReferences(Tables.SUPPLY_RELATIONS, row, keys, refused, report);
				DataSet.checkSupplierIsNotCustomer(row, report);
				builder.supplyRelation(row);
			});
			// The small tables and the chains, now that every key they may name is known; the graph is empty.
			new References(keys, (space, missing) -> Set.of(), refused).check(small, chains, report);
			DataSet.checkRegionShapes(small.get(Tables.REGIONS), report);
			DataSet.checkSelfReferences(small, report);
			small.get(Tables.DESIGNATIONS).forEach(builder::designation);
			builder.clusters(small.get(Tables.CLUSTERS));
			builder.policy(small.get(Tables.POLICY_DOCUMENTS), small.get(Tables.POLICY_TARGETS));
		}
		catch (RuntimeException ex) {
			// A sink may fail on rows the checks refuse (a key used twice …): then the problems are the answer.
			report.firmNames(folder);
			if (problems.listed.isEmpty()) {
				throw ex;
			}
		}
		report.firmNames(folder);
		problems.throwIfAny(folder);
		return new Result(id, manifest.get("name"), manifest.get("asOf"), checksum.value(), checksum.rows(), records);
	}

	private static void checkReferences(Table table, Row row, Map<KeySpace, Set<String>> keys, Refused refused,
			Consumer<LoadProblem> problems) {
		for (var column : table.columns()) {
			if (column.reference() == null) {
				continue;
			}
			var value = row.value(column.name());
			if (value == null) {
				continue;
			}
			var defined = keys.get(column.reference());
			for (var key : value instanceof List<?> list ? list : List.of(value)) {
				if (!defined.contains(key) && !refused.covers(column.reference(), key)) {
					problems.accept(new LoadProblem(row.file(), row.line(), column.name(), column.reference().expected(),
							"'" + key + Hints.UNKNOWN + " (" + column.reference().unknown() + ")"));
				}
			}
		}
	}

	/** The first {@value #MAX_PROBLEMS} problems, and how many more there were. */
	private static final class Problems implements Consumer<LoadProblem> {

		private final List<LoadProblem> listed = new ArrayList<>();

		private long more;

		@Override
		public void accept(LoadProblem problem) {
			if (this.listed.size() < MAX_PROBLEMS) {
				this.listed.add(problem);
			}
			else {
				this.more++;
			}
		}

		void throwIfAny(Path folder) {
			if (this.listed.isEmpty()) {
				return;
			}
			var all = new ArrayList<>(this.listed);
			if (this.more > 0) {
				all.add(new LoadProblem(folder.toString(), 0, null, "at most " + MAX_PROBLEMS + " problems listed",
						this.more + " more problems, not listed (其余问题未列出)"));
			}
			throw new LoadException(all);
		}

	}

}

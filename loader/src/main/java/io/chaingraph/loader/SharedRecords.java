package io.chaingraph.loader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import io.chaingraph.loader.dataset.Table;
import io.chaingraph.loader.dataset.Tables;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * What a data set changed of the records another data set (or the curation API) wrote too, but firms
 * ({@link SharedFirms}): a chain's or segment's name, a cluster's, a zone's, a policy document's title, a region's
 * tier for a chain. Two cities' lists name the same chain or segment by its id; the last load's value stays, as a
 * shared firm's does, and each value it replaced or emptied is said as a warning, the first few by type and key,
 * naming the file and line of its row (the kind's file where the rows do not say) and who wrote the value it replaced. The node queries and
 * {@code load/region-has-policy-chain} return them as {@code shared}; a dry run says the same of the same rows.
 * <p>
 * A product carries only its name (its key) and its provenance, which comes with every row: no value to conflict.
 * A cluster's regions and chains are links that add up (another data set's stay), not a value replaced. A firm's
 * segment role, a product's weight and a supply relation's product are values of one link per pair, said as a
 * record's; a segment's or zone's parent, which a row moves, is not yet said.
 */
public final class SharedRecords {

	/** The statements that return {@code shared} records (with {@code $apply}), by their batch's type. */
	static final Map<String, Kind> KINDS = Map.ofEntries(
			Map.entry("load/chains", new Kind(0, "chain (产业链)", "chains/*.yaml", null)),
			Map.entry("load/segments", new Kind(1, "segment (产业链环节)", "chains/*.yaml", null)),
			Map.entry("load/region-has-policy-chain", new Kind(2, "policy chain (政策产业链)", "chains/*.yaml policy", null)),
			Map.entry("load/regions", new Kind(3, "region (地区)", "regions.csv", Tables.REGIONS)),
			Map.entry("load/clusters", new Kind(4, "cluster (产业集群)", "clusters.csv", Tables.CLUSTERS)),
			Map.entry("load/policy-documents", new Kind(5, "policy document (政策文件)", "policy-documents.csv", Tables.POLICY_DOCUMENTS)),
			Map.entry("load/policy-targets", new Kind(6, "policy target (政策目标)", "policy-targets.csv", Tables.POLICY_TARGETS)),
			Map.entry("load/designations", new Kind(7, "designation (认定)", "designations.csv", Tables.DESIGNATIONS)),
			// Links with a value of their own, one per pair: two lists giving one firm's segment two roles write one link.
			Map.entry("load/enterprise-operates-in", new Kind(8, "firm in segment (企业所属环节)", "enterprise-segments.csv",
					Tables.ENTERPRISE_SEGMENTS)),
			Map.entry("load/enterprise-makes", new Kind(9, "firm's product (企业主营产品)", "enterprise-products.csv",
					Tables.ENTERPRISE_PRODUCTS)),
			Map.entry("load/enterprise-supplies-to", new Kind(10, "supply relation (供货关系)", "supply-relations.csv",
					Tables.SUPPLY_RELATIONS)));

	/**
	 * A kind of record in the loader's words.
	 * <p>
	 * {@code file} names it where its rows do not say where they came from.
	 *
	 * @param order where its values come in the warning (chains first, as the files are read)
	 * @param table the table whose Chinese headers name its fields; null for the chains' YAML keys
	 */
	record Kind(int order, String words, String file, Table table) {
	}

	/**
	 * A value this data set replaced (or emptied: {@code after} null) of a record another source wrote.
	 *
	 * @param sharers who else wrote the record (data set ids, {@value SharedFirms#CURATION})
	 */
	public record Conflict(String query, String key, String name, String field, List<String> sharers, String before,
			String after) {
	}

	private long conflicts;

	private final TreeSet<Conflict> sample = new TreeSet<>(Comparator.comparingInt((Conflict c) -> KINDS.get(c.query()).order())
		.thenComparing(Conflict::key)
		.thenComparing(Conflict::field));

	private Map<String, String> names = Map.of();

	/** Where a record's row came from ({@code regions.csv:7}), by query and key; null where the rows do not say. */
	private java.util.function.BiFunction<String, String, String> origins = (query, key) -> null;

	/** Tells where the data set's rows came from, so that each value names its file and line. */
	void origins(java.util.function.BiFunction<String, String, String> origins) {
		this.origins = origins;
	}

	/** Adds the {@code shared} list a statement of {@link #KINDS} returned for one batch of rows. */
	void add(String query, Value shared) {
		for (var record : shared.values()) {
			var who = record.get("sharers").asList(Value::asString);
			for (var conflict : record.get("conflicts").values()) {
				this.conflicts++;
				this.sample.add(new Conflict(query, record.get("key").asString(), record.get("name").asString(null),
						conflict.get("field").asString(), who, cell(conflict.get("before")), cell(conflict.get("after"))));
				if (this.sample.size() > LoadSummary.SAMPLE) {
					this.sample.pollLast();
				}
			}
		}
	}

	/** A value as a cell of the data set writes it: a list with {@code ;}, null for none. */
	private static String cell(Value value) {
		if (value.isNull()) {
			return null;
		}
		return value.hasType(TypeSystem.getDefault().LIST())
				? String.join(";", value.asList(v -> String.valueOf(v.asObject()))) : String.valueOf(value.asObject());
	}

	/** Names the data sets among the sharers by their recorded names ({@code names} gives null for none). */
	void name(Function<String, String> names) {
		this.names = SharedFirms.dataSetNames(this.sample.stream().flatMap(c -> c.sharers().stream()), names);
	}

	/** How many values another source wrote this data set replaced or emptied. */
	public long conflicts() {
		return this.conflicts;
	}

	/** The first of them, by kind, key and field. */
	public List<Conflict> sample() {
		return List.copyOf(this.sample);
	}

	/**
	 * The warning about the values replaced; null when none was.
	 *
	 * @param asLastLoaded whether the data set's rows are as at its last load: then each value replaced was written
	 * since by another (two data sets giving one record two values put each other's back at each load), said so
	 */
	String warning(boolean dryRun, boolean asLastLoaded) {
		if (this.conflicts == 0) {
			return null;
		}
		var out = new StringBuilder();
		var values = this.conflicts + " value" + (this.conflicts == 1 ? "" : "s");
		if (asLastLoaded) {
			out.append(String.format("WARNING (警告): this data set's files are as at its last load, and %s of chains,"
					+ " segments or other records differ%s from what another data set (or the curation API) wrote since:"
					+ " each load puts its own value back, so the graph holds the value of the data set loaded last and"
					+ " changes again at every load until the data sets agree; decide which is right and correct the"
					+ " other (本数据集文件未变，但有 %d 项取值与其他数据集不同，每次导入互相覆盖，图中为最后导入的取值；请核对并统一):",
					values, this.conflicts == 1 ? "s" : "", this.conflicts));
		}
		else {
			out.append(String.format("WARNING (警告): this data set %s %s of chains, segments or other records another"
					+ " data set wrote too; the last load's value stays: check which is right, and correct the one that is"
					+ " wrong (本数据集%s其他数据集写入的 %d 项不同取值，请核对):",
					dryRun ? "would replace" : "replaced", values, dryRun ? "将替换" : "替换了", this.conflicts));
		}
		for (var c : this.sample) {
			var kind = KINDS.get(c.query());
			var origin = this.origins.apply(c.query(), c.key());
			out.append(String.format("%n  %s: %s %s %s: ", origin == null ? kind.file() : origin, kind.words(), record(c.name(), c.key()),
					field(kind, c.field())));
			if (asLastLoaded) {
				// The graph does not record which source gave which value: with one other, it is that one.
				out.append(String.format("%s wrote '%s' since, this data set %s %s", (c.sharers().size() == 1 ? ""
						: "one of ") + sharers(c.sharers()), c.before(), c.after() == null ? "gives none:" : "gives '"
								+ c.after() + "':", dryRun ? "its value would hold (将以本数据集为准)"
										: "its value holds now (现以本数据集为准)"));
			}
			else {
				out.append(String.format("%s '%s' (written by %s too), %s", dryRun ? "is" : "was", c.before(),
						sharers(c.sharers()), c.after() == null ? (dryRun ? "would be emptied (将清空)" : "now empty (已清空)")
								: (dryRun ? "would be '" : "now '") + c.after() + "'"));
			}
		}
		var rest = this.conflicts - this.sample.size();
		if (rest > 0) {
			out.append(String.format("%n  … %d more (另有 %d 项)", rest, rest));
		}
		return out.toString();
	}

	private String sharers(List<String> who) {
		return SharedFirms.sharers(who, this.names);
	}

	private static String record(String name, String key) {
		return name == null || name.equals(key) ? key : name + " (" + key + ")";
	}

	/** A field in the loader's words: {@code name (名称)} where its table heads it in Chinese, else the YAML key. */
	private static String field(Kind kind, String field) {
		var chinese = kind.table() == null ? List.<String>of() : Tables.chineseHeaders(kind.table(), field);
		return chinese.isEmpty() ? field : field + " (" + chinese.getFirst() + ")";
	}

}

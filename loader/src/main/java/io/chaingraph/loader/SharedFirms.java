package io.chaingraph.loader;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import io.chaingraph.loader.dataset.Tables;
import org.neo4j.driver.Value;

/**
 * The firms a data set lists that another source lists too (共有企业): another data set, the curation API or the
 * ChainKnowledgeGraph import. An empty cell of such a firm keeps the value the graph has, and a value that differs
 * replaces it ({@code load/enterprises}); the summary says with whom the firms are shared, how many values stayed,
 * and each value replaced as a warning, the first few by key. A dry run says the same of the same rows.
 */
public final class SharedFirms {

	/** How {@code load/enterprises} names the ChainKnowledgeGraph import among the sharers. */
	static final String IMPORT = "chainkg:import";

	/** How the curation API marks what it wrote or changed (its {@code datasets} entry). */
	static final String CURATION = "curation:api";

	/** The columns of enterprises.csv in their order: the order of the fields of one firm. */
	private static final List<String> COLUMNS = Tables.ENTERPRISES.columns().stream()
		.map(io.chaingraph.loader.dataset.Column::name).toList();

	/**
	 * The values of one firm its empty cells kept.
	 *
	 * @param fields the columns, in the table's order
	 */
	public record Kept(String key, String name, List<String> fields) {
	}

	/**
	 * A value this data set replaced with another.
	 *
	 * @param sharers who else lists the firm (data set ids, {@value #CURATION}, {@value #IMPORT})
	 * @param before the graph's value, as a cell would hold it
	 * @param after this data set's
	 */
	public record Conflict(String key, String name, String field, List<String> sharers, String before, String after) {
	}

	/**
	 * A firm this data set adds whose name reads as a firm's another source lists under another key ({@code nameKey}):
	 * two cities' lists of one firm without a 统一社会信用代码 make two firms of it.
	 *
	 * @param sharers who lists the namesake (data set ids, {@value #CURATION}, {@value #IMPORT})
	 */
	public record Namesake(String key, String name, String otherKey, String otherName, List<String> sharers) {
	}

	private long namesakes;

	private final TreeSet<Namesake> namesakeSample = new TreeSet<>(
			Comparator.comparing(Namesake::key).thenComparing(Namesake::otherKey));

	private long firms;

	private final Map<String, Long> sharers = new TreeMap<>();

	private long kept;

	private long keptFirms;

	private final TreeSet<Kept> keptSample = new TreeSet<>(Comparator.comparing(Kept::key));

	private long conflicts;

	private final TreeSet<Conflict> conflictSample = new TreeSet<>(
			Comparator.comparing(Conflict::key).thenComparingInt(c -> COLUMNS.indexOf(c.field())));

	private Map<String, String> names = Map.of();

	/** Adds the {@code shared} list {@code load/enterprises} returned for one batch of rows. */
	void add(Value shared) {
		for (var firm : shared.values()) {
			var key = firm.get("key").asString();
			var name = firm.get("name").asString(null);
			var who = firm.get("sharers").asList(Value::asString);
			this.firms++;
			who.forEach(s -> this.sharers.merge(s, 1L, Long::sum));
			var fields = new ArrayList<>(firm.get("kept").asList(Value::asString));
			if (!fields.isEmpty()) {
				fields.sort(Comparator.comparingInt(COLUMNS::indexOf));
				this.kept += fields.size();
				this.keptFirms++;
				keep(this.keptSample, new Kept(key, name, List.copyOf(fields)));
			}
			for (var conflict : firm.get("conflicts").values()) {
				this.conflicts++;
				keep(this.conflictSample, new Conflict(key, name, conflict.get("field").asString(), who,
						cell(conflict.get("before")), cell(conflict.get("after"))));
			}
		}
	}

	/** Adds the {@code namesakes} list {@code load/enterprises} returned for one batch of rows. */
	void namesakes(Value added) {
		for (var firm : added.values()) {
			for (var other : firm.get("namesakes").values()) {
				this.namesakes++;
				keep(this.namesakeSample, new Namesake(firm.get("key").asString(), firm.get("name").asString(null),
						other.get("key").asString(), other.get("name").asString(null),
						other.get("sharers").asList(Value::asString)));
			}
		}
	}

	/**
	 * Adds the {@code moves} list {@code load/enterprise-located-in} returned for one batch: each a shared firm this
	 * data set puts in another region than the graph has, a value replaced as any other (regionCode).
	 */
	void moved(Value moves) {
		for (var move : moves.values()) {
			this.conflicts++;
			keep(this.conflictSample, new Conflict(move.get("key").asString(), move.get("name").asString(null),
					"regionCode", move.get("sharers").asList(Value::asString), move.get("before").asString(),
					move.get("after").asString()));
		}
	}

	/** Keeps the first few by key. */
	private static <T> void keep(TreeSet<T> sample, T item) {
		sample.add(item);
		if (sample.size() > LoadSummary.SAMPLE) {
			sample.pollLast();
		}
	}

	/** A value as a cell of the data set writes it: a list with {@code ;}. */
	private static String cell(Value value) {
		return value.hasType(org.neo4j.driver.types.TypeSystem.getDefault().LIST())
				? String.join(";", value.asList(v -> String.valueOf(v.asObject()))) : String.valueOf(value.asObject());
	}

	/** Names the data sets among the sharers by their recorded names ({@code names} gives null for none). */
	void name(Function<String, String> names) {
		var ids = new TreeSet<>(this.sharers.keySet());
		this.namesakeSample.forEach(n -> ids.addAll(n.sharers()));
		this.names = dataSetNames(ids.stream(), names);
	}

	/** The recorded names of the data sets among these sources (not the API or the import), where they have one. */
	static Map<String, String> dataSetNames(java.util.stream.Stream<String> sources, Function<String, String> names) {
		var known = new TreeMap<String, String>();
		sources.filter(s -> !s.contains(":")).distinct().forEach(id -> {
			var name = names.apply(id);
			if (name != null && !name.equals(id)) {
				known.put(id, name);
			}
		});
		return known;
	}

	/** How many firms of the data set another source lists too. */
	public long firms() {
		return this.firms;
	}

	/** Who else lists them (data set ids, {@value #CURATION}, {@value #IMPORT}), each with how many, by id. */
	public Map<String, Long> sharers() {
		return Map.copyOf(this.sharers);
	}

	/** How many values an empty cell kept. */
	public long kept() {
		return this.kept;
	}

	/** The first firms by key whose empty cells kept values. */
	public List<Kept> keptSample() {
		return List.copyOf(this.keptSample);
	}

	/** How many differing values this data set replaced. */
	public long conflicts() {
		return this.conflicts;
	}

	/** The first of them, by firm key and column. */
	public List<Conflict> conflictSample() {
		return List.copyOf(this.conflictSample);
	}

	/**
	 * The warning about the values replaced; null when none was.
	 *
	 * @param asLastLoaded whether the data set's rows are as at its last load: then each value replaced was written
	 * since by another (two lists giving one firm two values put each other's back at each load), said so
	 */
	String warning(boolean dryRun, boolean asLastLoaded) {
		if (this.conflicts == 0) {
			return null;
		}
		var out = new StringBuilder();
		if (asLastLoaded) {
			out.append(String.format("WARNING (警告): this data set's files are as at its last load, and %d value%s of firms"
					+ " another source lists too differ%s from what that source wrote since: each load puts its own value"
					+ " back, so the graph holds the value of the one loaded last and changes again at every load until"
					+ " they agree; decide which is right and correct the other (本数据集文件未变，但共有企业有 %d 项取值与其他来源"
					+ "不同，每次导入互相覆盖，图中为最后导入的取值；请核对并统一):", this.conflicts, this.conflicts == 1 ? "" : "s",
					this.conflicts == 1 ? "s" : "", this.conflicts));
		}
		else {
			out.append(String.format("WARNING (警告): this data set %s %d value%s of firms another source lists too; check"
					+ " which is right, and correct the one that is wrong (本数据集%s共有企业的 %d 项不同取值，请核对):",
					dryRun ? "would replace" : "replaced", this.conflicts, this.conflicts == 1 ? "" : "s",
					dryRun ? "将替换" : "替换了", this.conflicts));
		}
		for (var c : this.conflictSample) {
			if (asLastLoaded) {
				// The graph does not record which source gave which value: with one other, it is that one.
				out.append(String.format("%n  %s %s: %s wrote '%s' since, this data set gives '%s': %s", firm(c.name(), c.key()),
						column(c.field()), (c.sharers().size() == 1 ? "" : "one of ") + sharers(c.sharers()), c.before(),
						c.after(), dryRun ? "its value would hold (将以本数据集为准)" : "its value holds now (现以本数据集为准)"));
			}
			else {
				out.append(String.format("%n  %s %s: %s '%s' (the firm is listed by %s too), %s '%s'", firm(c.name(), c.key()),
						column(c.field()), dryRun ? "is" : "was", c.before(), sharers(c.sharers()), dryRun ? "would be" : "now",
						c.after()));
			}
		}
		var rest = this.conflicts - this.conflictSample.size();
		if (rest > 0) {
			out.append(String.format("%n  … %d more (另有 %d 项)", rest, rest));
		}
		return out.toString();
	}

	/** How many firms this data set adds are named as a firm another source lists under another key. */
	public long namesakes() {
		return this.namesakes;
	}

	/** The first of them, by key. */
	public List<Namesake> namesakeSample() {
		return List.copyOf(this.namesakeSample);
	}

	/** The warning about the firms added under a name another source's firm has; null when none was. */
	String namesakeWarning(boolean dryRun) {
		if (this.namesakes == 0) {
			return null;
		}
		var out = new StringBuilder();
		out.append(String.format("WARNING (警告): %d firm%s this data set %s %s named as a firm another source lists under"
				+ " another id; if they are one firm, give it one id in both lists (its 统一社会信用代码 where known), or the"
				+ " graph holds it twice (本数据集%s的 %d 家企业与其他来源的企业同名而编号不同，如为同一企业，请统一编号):",
				this.namesakes, this.namesakes == 1 ? "" : "s", dryRun ? "would add" : "added",
				this.namesakes == 1 ? "is" : "are", dryRun ? "将新增" : "新增", this.namesakes));
		for (var n : this.namesakeSample) {
			out.append(String.format("%n  enterprises.csv: %s has the name of %s, listed by %s", firm(n.name(), n.key()),
					firm(n.otherName(), n.otherKey()), sharers(n.sharers())));
		}
		var rest = this.namesakes - this.namesakeSample.size();
		if (rest > 0) {
			out.append(String.format("%n  … %d more (另有 %d 家)", rest, rest));
		}
		return out.toString();
	}

	/** The lines after the table: the firms shared, with whom, and the values kept. */
	void render(StringBuilder out, boolean dryRun) {
		if (this.firms == 0) {
			return;
		}
		out.append(String.format("Shared firms (共有企业): %d firm%s of this data set %s also listed by %s (与其他来源共有"
				+ " %d 家企业); an empty cell keeps the value the graph has, a value given replaces it (空白单元格保留已有"
				+ "取值)%n", this.firms, this.firms == 1 ? "" : "s", this.firms == 1 ? "is" : "are", counted(), this.firms));
		if (this.kept > 0) {
			out.append(String.format("  %d value%s %s (保留 %d 项):%n", this.kept, this.kept == 1 ? "" : "s",
					dryRun ? "would stay" : "stayed", this.kept));
			for (var k : this.keptSample) {
				out.append(String.format("    %s: %s%n", firm(k.name(), k.key()),
						String.join(", ", k.fields().stream().map(SharedFirms::column).toList())));
			}
			var rest = this.keptFirms - this.keptSample.size();
			if (rest > 0) {
				out.append(String.format("    … %d more firm%s (另有 %d 家企业)%n", rest, rest == 1 ? "" : "s", rest));
			}
		}
		if (this.conflicts > 0) {
			out.append(String.format("  %d differing value%s %s: see the warning above (%s %d 项不同取值，见上方警告)%n",
					this.conflicts, this.conflicts == 1 ? "" : "s", dryRun ? "would be replaced" : "replaced",
					dryRun ? "将替换" : "已替换", this.conflicts));
		}
	}

	private String counted() {
		var parts = new ArrayList<String>();
		this.sharers.forEach((who, n) -> parts.add(sharer(who, this.names) + " (" + n + " firm" + (n == 1 ? "" : "s") + ")"));
		return String.join(", ", parts);
	}

	private String sharers(List<String> who) {
		return sharers(who, this.names);
	}

	/** Sources in the loader's words: a data set by id and recorded name ({@link #dataSetNames}), the API, the import. */
	static String sharers(List<String> who, Map<String, String> names) {
		return String.join(", ", who.stream().map(s -> sharer(s, names)).toList());
	}

	private static String sharer(String who, Map<String, String> names) {
		if (IMPORT.equals(who)) {
			return "the ChainKnowledgeGraph import (产业链知识图谱导入)";
		}
		if (CURATION.equals(who)) {
			return "the curation API (数据维护)";
		}
		var name = names.get(who);
		return "data set " + who + (name == null ? "" : " '" + name + "'");
	}

	private static String firm(String name, String key) {
		return name == null || name.equals(key) ? key : name + " (" + key + ")";
	}

	/** A column in the loader's words: {@code stockCode (股票代码)}. */
	private static String column(String field) {
		var chinese = Tables.chineseHeaders(Tables.ENTERPRISES, field);
		return chinese.isEmpty() ? field : field + " (" + chinese.getFirst() + ")";
	}

}

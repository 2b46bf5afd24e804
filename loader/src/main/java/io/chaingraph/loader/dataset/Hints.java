package io.chaingraph.loader.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import io.chaingraph.loader.chain.Chain;
import io.chaingraph.loader.region.Region;
import io.chaingraph.loader.region.RegionLevel;
import io.chaingraph.loader.source.LoadProblem;
import io.chaingraph.model.rules.FieldRule;
import io.chaingraph.model.rules.RegionCodes;
import io.chaingraph.model.rules.Slips;
import io.chaingraph.model.rules.Vocabulary;

/**
 * Adds to a problem what the person most likely meant, for the slips a spreadsheet user makes: a name where a code
 * or id belongs (a region's: 南昌市 → 3601; a chain's or a segment's of this data set: 铜冶炼 →
 * jx-nonferrous/copper-smelting), and a code the spreadsheet turned into a number in scientific notation
 * (9.13600001583041E+17: the digits after the 15th are gone, so the code has to be typed again); and a firm's name
 * where its id belongs ({@link #firmNames}).
 */
final class Hints implements Consumer<LoadProblem> {

	/** How a reference to nothing reads after its quoted key (References, StreamingDataSet). */
	static final String UNKNOWN = "', which neither this data set nor the graph has";

	/** Firm problems held back for {@link #firmNames} at most; later ones pass on as they are. */
	private static final int HELD = 1000;

	private final List<Region> regions;

	/** The built-in regions by code, built on the first padded code. */
	private Map<String, Region> byCode;

	/** Problems about a reference to a firm no one has, held back until {@link #firmNames}. */
	private final List<LoadProblem> firms = new ArrayList<>();

	private final Consumer<LoadProblem> next;

	/** Chain ids by the chain's names and aliases, once the chains are read. */
	private final Map<String, List<String>> chains = new HashMap<>();

	/** Segment ids, each with its chain's name, by the segment's names and aliases. */
	private final Map<String, List<String>> segments = new HashMap<>();

	/** Per file, each column's header as the file writes it where that is not its name (企业编号 for id). */
	private final Map<String, Map<String, String>> labels = new HashMap<>();

	Hints(List<Region> regions, Consumer<LoadProblem> next) {
		this.regions = regions;
		this.next = next;
	}

	/** Learns the data set's chains, whose names a table may give where their ids belong. */
	void chains(List<Chain> read) {
		for (var chain : read) {
			named(this.chains, chain.name(), chain.aliases(), chain.id());
			for (var segment : chain.segments()) {
				named(this.segments, segment.name(), segment.aliases(), segment.id() + " (" + chain.name() + ")");
			}
		}
	}

	private static void named(Map<String, List<String>> byName, String name, List<String> aliases, String id) {
		var names = new java.util.LinkedHashSet<String>();
		names.add(name);
		names.addAll(aliases);
		names.forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(id));
	}

	@Override
	public void accept(LoadProblem problem) {
		var hinted = withHint(problem);
		if (hinted == problem && this.firms.size() < HELD && value(problem) != null) {
			this.firms.add(problem);
			return;
		}
		this.next.accept(labelled(hinted));
	}

	/** Learns how a table's file heads its columns, so that every problem names them so ({@link Table#read}). */
	void labels(String file, Map<String, String> written) {
		if (!written.isEmpty()) {
			this.labels.put(file, written);
		}
	}

	/**
	 * The problem with its field named as the file's header writes it: a table with Chinese headers read 字段 id,
	 * 字段 source, 字段 enterpriseId+segmentId in the problems found after the table (keys, references, provenance).
	 */
	private LoadProblem labelled(LoadProblem problem) {
		var written = this.labels.get(problem.file());
		if (written == null || problem.field() == null) {
			return problem;
		}
		var parts = problem.field().split("\\+");
		for (int i = 0; i < parts.length; i++) {
			parts[i] = written.getOrDefault(parts[i], parts[i]);
		}
		var field = String.join("+", parts);
		return field.equals(problem.field()) ? problem
				: new LoadProblem(problem.file(), problem.line(), field, problem.expected(), problem.found());
	}

	/**
	 * Passes on the problems about firms no one has the id of, held back until now, each with the id of the firm of
	 * the data set so named, where there is one (a supplier written as 江西铜业股份有限公司 rather than its id). The
	 * names are looked up by reading the enterprises table once more, for the names wanted only: the streaming reader
	 * keeps ids, not the names of a million firms. Nothing is read when there is no such problem.
	 */
	void firmNames(Path folder) {
		if (this.firms.isEmpty()) {
			return;
		}
		var wanted = new HashSet<String>();
		this.firms.forEach(p -> wanted.add(value(p)));
		var ids = new HashMap<String, List<String>>();
		Tables.ENTERPRISES.stream(folder, p -> {
		}, new Refused(), row -> {
			var names = new java.util.LinkedHashSet<String>();
			names.add(row.text("name"));
			names.addAll(row.list("aliases"));
			for (var name : names) {
				if (wanted.contains(name)) {
					ids.computeIfAbsent(name, k -> new ArrayList<>()).add(row.text("id"));
				}
			}
		});
		for (var problem : this.firms) {
			var named = ids.getOrDefault(value(problem), List.of());
			this.next.accept(labelled(named.isEmpty() ? problem
					: hinted(problem, Slips.idName("firm", "企业", named, named.getFirst()))));
		}
		this.firms.clear();
	}

	/**
	 * The value a problem about a reference to a firm quotes, or null for any other problem: a value that is no firm
	 * id ({@code '江西铜业股份有限公司'}, outside the enterprises table, whose ids it would be), or an id no one has
	 * ({@code 'key', which neither …}).
	 */
	private static String value(LoadProblem problem) {
		var found = problem.found();
		if (!found.startsWith("'")) {
			return null;
		}
		if (FieldRule.ENTERPRISE_ID.expected().equals(problem.expected()) && !problem.file().startsWith("enterprises.")
				&& found.length() > 2 && found.endsWith("'")) {
			return found.substring(1, found.length() - 1).strip();
		}
		if (KeySpace.ENTERPRISE.expected().equals(problem.expected()) && found.contains(UNKNOWN)) {
			return found.substring(1, found.indexOf(UNKNOWN));
		}
		return null;
	}

	/** What a list of tags is separated by in a sentence or a spreadsheet cell, where the loader reads ; and ；. */
	private static final Pattern OTHER_SEPARATORS = Pattern.compile("[、,，/／\\s]+");

	private LoadProblem withHint(LoadProblem problem) {
		var found = problem.found();
		if (KeySpace.REGION.expected().equals(problem.expected()) && found.startsWith("'") && found.contains(UNKNOWN)) {
			var meant = unpadded(found.substring(1, found.indexOf(UNKNOWN)));
			return meant == null ? problem : hinted(problem, RegionCodes.paddedHint(meant.fullName(), meant.code()));
		}
		if (found.length() <= 2 || !found.startsWith("'") || !found.endsWith("'")) {
			return problem;
		}
		var name = found.substring(1, found.length() - 1).strip();
		var scientific = Slips.scientific(name);
		if (scientific != null) {
			return hinted(problem, scientific);
		}
		var field = String.valueOf(problem.field());
		if (Tables.isColumn(field, "tags") && problem.expected().startsWith("one of ")) {
			// 专精特新、高新技术企业: tags, each one of the list, separated as a sentence separates them. "Did you mean 专精特新,
			// 高新技术企业?" read as the text given back.
			var parts = List.of(OTHER_SEPARATORS.split(name)).stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
			if (parts.size() > 1 && Tables.TAGS.containsAll(parts)) {
				return hinted(problem, "tags separated by ; or ；: " + String.join(";", parts) + " (标签之间请用分号分隔：" + String.join("；",
						parts) + ")");
			}
			var meant = Vocabulary.meant(Tables.TAGS, name);
			return meant.isEmpty() ? problem : hinted(problem, Slips.didYouMean(meant));
		}
		if (Tables.isColumn(field, "chainId") || Tables.isColumn(field, "chainIds")) {
			return named(problem, "chain", "产业链", this.chains.getOrDefault(name, List.of()));
		}
		if (Tables.isColumn(field, "segmentId")) {
			return named(problem, "segment", "环节", this.segments.getOrDefault(name, List.of()));
		}
		if (FieldRule.REGION_CODE.expected().equals(problem.expected())) {
			var statistical = unpadded(name); // 360700000000
			if (statistical != null) {
				return hinted(problem, RegionCodes.paddedHint(statistical.fullName(), statistical.code()));
			}
			var meant = byName(name);
			if (meant.size() == 1) {
				return hinted(problem, Slips.regionName(meant.getFirst().fullName(),
						meant.getFirst().code()));
			}
			if (meant.size() > 1) {
				return hinted(problem, Slips.regionNameShared(meant.size(),
						meant.stream().map(r -> r.code() + " " + r.fullName()).toList()));
			}
		}
		return problem;
	}

	/** The hint for a chain's or segment's name given where its id belongs. */
	private static LoadProblem named(LoadProblem problem, String kind, String chinese, List<String> ids) {
		if (ids.isEmpty()) {
			return problem;
		}
		var id = ids.getFirst();
		var bare = id.contains(" (") ? id.substring(0, id.indexOf(" (")) : id;
		return hinted(problem, Slips.idName(kind, chinese, ids, bare));
	}

	private static LoadProblem hinted(LoadProblem problem, String hint) {
		return new LoadProblem(problem.file(), problem.line(), problem.field(), problem.expected(),
				problem.found() + ", " + hint);
	}

	/**
	 * The built-in region a code names in GB/T 2260's padded form (360700 for 3607), or null: the API reads that form,
	 * a data set is kept as the code the graph stores, so the loader says which to write.
	 */
	private Region unpadded(String code) {
		var forms = RegionCodes.unpadded(code);
		if (forms.isEmpty()) {
			return null;
		}
		if (this.byCode == null) {
			this.byCode = new HashMap<>();
			this.regions.forEach(r -> this.byCode.put(r.code(), r));
		}
		return forms.stream().map(this.byCode::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
	}

	/** The regions a name means: as given, else without its suffix; the highest level of those found only. */
	private List<Region> byName(String name) {
		var exact = this.regions.stream().filter(r -> r.name().equals(name) || r.fullName().equals(name)).toList();
		var found = !exact.isEmpty() || name.length() < 2 ? exact : this.regions.stream()
			.filter(r -> r.level().compareTo(RegionLevel.COUNTY) <= 0 && r.name().startsWith(name)
					&& Slips.REGION_SUFFIX.matcher(r.name().substring(name.length())).matches())
			.toList();
		var best = found.stream().map(Region::level).min(Comparator.naturalOrder()).orElse(null);
		return found.stream().filter(r -> r.level() == best).sorted(Comparator.comparing(Region::code)).toList();
	}

}

package io.chaingraph.loader.chain;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.chaingraph.loader.dataset.Column;
import io.chaingraph.loader.dataset.Provenance;
import io.chaingraph.loader.dataset.Table;
import io.chaingraph.loader.source.LoadProblem;
import io.chaingraph.loader.source.YamlSyntax;
import io.chaingraph.model.rules.Characters;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one {@code chains/<id>.yaml} (loader/FORMATS.md) into a {@link Chain}, reporting every problem with its
 * line. The YAML is composed into nodes, never constructed into objects, so a file cannot instantiate anything.
 */
public final class ChainFile {

	/** A segment's position as stored, and its Chinese word, which the file may use instead (上游 for UPSTREAM). */
	public static final Map<String, String> POSITIONS = ordered("UPSTREAM", "上游", "MIDSTREAM", "中游", "DOWNSTREAM", "下游");

	/** A segment's kind as stored, and its Chinese word, as the schema's SegmentKind describes them. */
	public static final Map<String, String> KINDS = ordered("MATERIAL", "材料", "COMPONENT", "零部件", "EQUIPMENT", "装备",
			"PRODUCT", "产品", "SERVICE", "服务");

	private static final Set<String> CHAIN_KEYS = Set.of("id", "name", "aliases", "description", "source", "quote",
			"policy", "segments", "supplies");

	private static final Set<String> SEGMENT_KEYS = Set.of("id", "name", "aliases", "position", "kind", "description",
			"source", "quote", "children");

	private static final Set<String> POLICY_KEYS = Set.of("region", "program", "tier", "chief", "source", "quote");

	private static final Set<String> SUPPLY_KEYS = Set.of("from", "to", "source", "quote");

	/** Commas and the 顿号, which separate words in Chinese but not the items of a YAML list written as one value. */
	private static final java.util.regex.Pattern ENUMERATION = java.util.regex.Pattern.compile("[、，,]");

	private final String file;

	private final Consumer<LoadProblem> problems;

	private int errors;

	/** What the file names, when it has problems. */
	private Keys keys;

	private ChainFile(String file, Consumer<LoadProblem> problems) {
		this.file = file;
		this.problems = p -> {
			this.errors++;
			problems.accept(p);
		};
	}

	/**
	 * What a chain file with problems still names: its id and its segments' keys ({@code <chain id>/<segment id>}),
	 * so that a reference to them can be told from a reference to nothing.
	 */
	public record Keys(String chainId, List<String> segmentIds) {
	}

	/**
	 * Reads the file; returns null when it has problems (all of them reported), after handing {@code refused} the
	 * keys the file names as far as they could be read: a null chain id when not even that could.
	 */
	public static Chain read(Path path, String name, Consumer<LoadProblem> problems, Consumer<Keys> refused) {
		var reader = new ChainFile(name, problems);
		Chain chain;
		try {
			var text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
				.toString();
			chain = reader.parse(text);
		}
		catch (CharacterCodingException ex) {
			problems.accept(new LoadProblem(name, 0, null, "a YAML file in UTF-8", "bytes that are not UTF-8 (请以 UTF-8 保存)"));
			chain = null;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("Cannot read " + path, ex);
		}
		if (chain == null) {
			refused.accept(reader.keys != null ? reader.keys : new Keys(null, List.of()));
		}
		return chain;
	}

	private Chain parse(String text) {
		Node root;
		try {
			var options = new LoaderOptions();
			options.setMaxAliasesForCollections(10);
			// Composing checks no duplicate keys (constructing would): fields() does, with both values.
			root = new Yaml(options).compose(new java.io.StringReader(text));
		}
		catch (MarkedYAMLException ex) {
			this.problems.accept(YamlSyntax.problem(this.file, text, ex));
			return null;
		}
		if (!(root instanceof MappingNode mapping)) {
			this.problems.accept(new LoadProblem(this.file, root == null ? 0 : line(root), null,
					"a chain: a mapping with id, name, segments …", root == null ? "an empty file (空文件)" : "something else"));
			return null;
		}
		var fields = fields(mapping, CHAIN_KEYS);
		var id = slug(fields, "id", mapping);
		var name = required(fields, "name", mapping);
		var source = scalar(fields.get("source"), "source");
		var quote = scalar(fields.get("quote"), "quote");
		Provenance.check(this.file, line(mapping), source, quote, this.problems);

		var segments = new ArrayList<Chain.Segment>();
		var localIds = new HashMap<String, Integer>();
		var segmentNode = fields.get("segments");
		if (!(segmentNode instanceof SequenceNode list) || list.getValue().isEmpty()) {
			this.problems.accept(new LoadProblem(this.file, segmentNode == null ? line(mapping) : line(segmentNode),
					"segments", "a list of at least one segment (至少一个环节)", segmentNode == null ? "nothing" : "something else"));
		}
		else {
			segments(list, null, id, segments, localIds, new java.util.ArrayDeque<>());
		}

		var policies = new ArrayList<Chain.Policy>();
		if (fields.get("policy") instanceof SequenceNode list) {
			for (var item : list.getValue()) {
				var entry = mappingOf(item, "policy", POLICY_KEYS);
				if (entry == null) {
					continue;
				}
				var region = required(entry, "region", item);
				var program = required(entry, "program", item);
				var entrySource = scalar(entry.get("source"), "source");
				var entryQuote = scalar(entry.get("quote"), "quote");
				Provenance.check(this.file, line(item), entrySource, entryQuote, this.problems);
				var named = region == null ? null
						: policies.stream().filter(p -> p.region().equals(region)).findFirst().orElse(null);
				if (named != null) {
					// The graph holds one HAS_POLICY_CHAIN per region and chain: the second had replaced the first's
					// programme and tier without a word, and been counted as a second link created.
					this.problems.accept(new LoadProblem(this.file, line(item), "region",
							"a region once in a chain's policy list, with one programme (同一地区只能列一次)", "'" + region
									+ "', already on line " + named.line() + " (" + named.program() + ")"));
					continue;
				}
				if (region != null && program != null) {
					policies.add(new Chain.Policy(region, program, scalar(entry.get("tier"), "tier"),
							scalar(entry.get("chief"), "chief"), entrySource, entryQuote, line(item)));
				}
			}
		}
		else if (fields.containsKey("policy")) {
			this.problems.accept(new LoadProblem(this.file, line(fields.get("policy")), "policy", "a list", "something else"));
		}

		var supplies = new ArrayList<Chain.Supply>();
		if (fields.get("supplies") instanceof SequenceNode list) {
			for (var item : list.getValue()) {
				var entry = mappingOf(item, "supplies", SUPPLY_KEYS);
				if (entry == null) {
					continue;
				}
				var from = required(entry, "from", item);
				var to = required(entry, "to", item);
				var entrySource = scalar(entry.get("source"), "source");
				var entryQuote = scalar(entry.get("quote"), "quote");
				Provenance.check(this.file, line(item), entrySource, entryQuote, this.problems);
				if (from != null && to != null) {
					var fromId = qualify(id, from);
					var toId = qualify(id, to);
					if (fromId.equals(toId)) {
						this.problems.accept(new LoadProblem(this.file, line(item), "to", "a segment other than 'from'",
								"'" + to + "', the same segment (环节不能供给自身)"));
						continue;
					}
					var listed = supplies.stream().filter(sup -> sup.from().equals(fromId) && sup.to().equals(toId))
						.findFirst().orElse(null);
					if (listed != null) {
						this.problems.accept(new LoadProblem(this.file, line(item), "to",
								"a supply link listed once (供给关系重复)", "'" + from + "' → '" + to + "', already on line "
										+ listed.line()));
						continue;
					}
					supplies.add(new Chain.Supply(fromId, toId, entrySource, entryQuote, line(item)));
				}
			}
		}
		else if (fields.containsKey("supplies")) {
			this.problems.accept(new LoadProblem(this.file, line(fields.get("supplies")), "supplies", "a list", "something else"));
		}
		if (this.errors > 0 || id == null || name == null) {
			if (id != null) {
				this.keys = new Keys(id, localIds.keySet().stream().map(local -> id + "/" + local).toList());
			}
			return null;
		}
		return new Chain(id, name, list(fields.get("aliases"), "aliases"), scalar(fields.get("description"), "description"),
				source, quote, this.file, line(mapping), List.copyOf(segments), List.copyOf(policies), List.copyOf(supplies));
	}

	private void segments(SequenceNode list, String parentId, String chainId, List<Chain.Segment> out,
			Map<String, Integer> localIds, java.util.Deque<String> ancestors) {
		int order = 0;
		for (var item : list.getValue()) {
			var fields = mappingOf(item, "segments", SEGMENT_KEYS);
			if (fields == null) {
				continue;
			}
			var localId = slug(fields, "id", item);
			var name = required(fields, "name", item);
			var position = oneOf(fields, "position", POSITIONS, item);
			var kind = oneOf(fields, "kind", KINDS, item);
			var source = scalar(fields.get("source"), "source");
			var quote = scalar(fields.get("quote"), "quote");
			Provenance.check(this.file, line(item), source, quote, this.problems);
			String id = null;
			if (localId != null) {
				var first = localIds.putIfAbsent(localId, line(item));
				if (ancestors.contains(localId)) {
					var path = new ArrayList<>(ancestors.reversed());
					path.add(localId);
					this.problems.accept(new LoadProblem(this.file, line(item), "id",
							"a segment that is not its own ancestor in the tree",
							"'" + localId + "' under itself: " + String.join(" → ", path) + " (环节树出现循环)"));
				}
				else if (first != null) {
					this.problems.accept(new LoadProblem(this.file, line(item), "id",
							"a segment id used once in the chain (the tree cannot repeat a segment)",
							"'" + localId + "', already used on line " + first + " (环节编号重复)"));
				}
				else if (chainId != null) {
					id = chainId + "/" + localId;
				}
			}
			if (id != null && name != null && position != null && kind != null) {
				out.add(new Chain.Segment(id, localId, name, list(fields.get("aliases"), "aliases"), position, kind,
						scalar(fields.get("description"), "description"), parentId, order++, source, quote, line(item)));
			}
			var children = fields.get("children");
			if (children instanceof SequenceNode childList) {
				ancestors.push(localId == null ? "?" : localId);
				segments(childList, id, chainId, out, localIds, ancestors);
				ancestors.pop();
			}
			else if (children != null) {
				this.problems.accept(new LoadProblem(this.file, line(children), "children", "a list of segments", "something else"));
			}
		}
	}

	private static String qualify(String chainId, String segment) {
		return segment.contains("/") ? segment : chainId + "/" + segment;
	}

	private Map<String, Node> fields(MappingNode mapping, Set<String> allowed) {
		var fields = new LinkedHashMap<String, Node>();
		var keyLines = new HashMap<String, Integer>();
		for (var tuple : mapping.getValue()) {
			var key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : null;
			if (key == null || !allowed.contains(key)) {
				this.problems.accept(new LoadProblem(this.file, line(tuple.getKeyNode()), key,
						"one of the keys " + allowed.stream().sorted().toList(), "an unknown key '" + key + "' (未知字段)"));
				continue;
			}
			var first = fields.get(key);
			if (first != null) {
				// YAML would keep the last and drop the first without a word: which one is meant is the person's call.
				this.problems.accept(new LoadProblem(this.file, line(tuple.getKeyNode()), key,
						"each key once in a mapping (同一层级的字段不能重复)", shown(key, tuple.getValueNode()) + " again, after "
								+ shown(key, first) + " on line " + keyLines.get(key) + " (字段重复：请删去其中一个)"));
				continue;
			}
			fields.put(key, tuple.getValueNode());
			keyLines.put(key, line(tuple.getKeyNode()));
		}
		return fields;
	}

	/** {@code name: 锂盐}, or the key alone when its value is a list or mapping. */
	private static String shown(String key, Node value) {
		return value instanceof ScalarNode scalar ? "'" + key + ": " + scalar.getValue() + "'" : "'" + key + "'";
	}

	private Map<String, Node> mappingOf(Node node, String what, Set<String> allowed) {
		if (node instanceof MappingNode mapping) {
			return fields(mapping, allowed);
		}
		this.problems.accept(new LoadProblem(this.file, line(node), what, "a mapping (key: value lines)", "something else"));
		return null;
	}

	private String scalar(Node node, String field) {
		if (node == null) {
			return null;
		}
		if (node instanceof ScalarNode scalar) {
			var value = scalar.getValue().strip();
			if (value.length() > Column.MAX_LENGTH) {
				this.problems.accept(new LoadProblem(this.file, line(node), field, "at most " + Column.MAX_LENGTH + " characters",
						value.length() + " characters (内容过长)"));
				return null;
			}
			// A description or quote may be a block of lines (description: |); names and ids are one line
			var hidden = Characters.hiddenIn(field, value);
			if (hidden != null) {
				this.problems.accept(new LoadProblem(this.file, line(node), field, Characters.EXPECTED, hidden));
				return null;
			}
			return value.isEmpty() || "null".equals(value) || "~".equals(value) ? null : value;
		}
		this.problems.accept(new LoadProblem(this.file, line(node), field, "a single value", "a list or mapping"));
		return null;
	}

	private List<String> list(Node node, String field) {
		if (node == null) {
			return List.of();
		}
		if (node instanceof SequenceNode sequence) {
			var values = new ArrayList<String>();
			for (var item : sequence.getValue()) {
				var value = scalar(item, field);
				if (value != null) {
					values.add(value);
				}
			}
			return List.copyOf(values);
		}
		var single = scalar(node, field);
		if (single == null) {
			return List.of();
		}
		if (ENUMERATION.matcher(single).find()) {
			// 锂电、新能源电池 would be stored as one alias nobody searches for; a table cell has no other list syntax
			// than ;, a chain file has YAML's
			this.problems.accept(new LoadProblem(this.file, line(node), field,
					"a list, written [锂电, 新能源电池] or one '- ' line per item (请写成列表)",
					"one value '" + single + "' (一个值：逗号或顿号不分隔列表)"));
			return List.of();
		}
		// As in a table cell: ; or ； separates the values
		return java.util.Arrays.stream(Table.LIST_SEPARATOR.split(single)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	private String required(Map<String, Node> fields, String field, Node owner) {
		var value = scalar(fields.get(field), field);
		if (value == null) {
			this.problems.accept(new LoadProblem(this.file, line(owner), field, "a value (必填)", "nothing"));
		}
		return value;
	}

	private String slug(Map<String, Node> fields, String field, Node owner) {
		var value = required(fields, field, owner);
		if (value != null && !Column.SLUG.matcher(value).matches()) {
			this.problems.accept(new LoadProblem(this.file, line(fields.get(field)), field,
					"an id of lower-case letters, digits and hyphens, e.g. copper-foil (小写字母、数字和连字符)", "'" + value + "'"));
			return null;
		}
		return value;
	}

	/** The stored value of a field that takes one of some words, English or Chinese. */
	private String oneOf(Map<String, Node> fields, String field, Map<String, String> allowed, Node owner) {
		var value = required(fields, field, owner);
		if (value == null || allowed.containsKey(value)) {
			return value;
		}
		for (var word : allowed.entrySet()) {
			if (word.getValue().equals(value)) {
				return word.getKey();
			}
		}
		var words = allowed.entrySet().stream().map(w -> w.getKey() + " (" + w.getValue() + ")").toList();
		this.problems.accept(new LoadProblem(this.file, line(fields.get(field)), field,
				"one of " + String.join(", ", words), "'" + value + "'"));
		return null;
	}

	private static Map<String, String> ordered(String... pairs) {
		var words = new LinkedHashMap<String, String>();
		for (int i = 0; i < pairs.length; i += 2) {
			words.put(pairs[i], pairs[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(words);
	}

	private static int line(Node node) {
		return node.getStartMark().getLine() + 1;
	}

}

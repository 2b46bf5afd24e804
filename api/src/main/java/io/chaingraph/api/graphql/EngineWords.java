package io.chaingraph.api.graphql;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import graphql.GraphQL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Chinese words for a message GraphQL Java writes itself (a field the schema does not have, a missing argument, a
 * value of the wrong type, a syntax error), so that a 招商 analyst reads what is wrong, not only that something is.
 * GraphQL Java's English bundles give each message's form; a message is matched against them, and its parts are
 * put into the Chinese form of the same key ({@code graphql-engine-words.properties}), AST dumps and Java type names
 * turned into words ({@code StringValue{value='三'}}: “三”; {@code 'Int'}: 整数（Int）). The English message stays
 * first, as GraphQL clients and their users know it.
 */
final class EngineWords {

	/**
	 * One message form: GraphQL Java's English as a pattern, the number of the part each group takes, the Chinese to
	 * fill.
	 */
	private record Form(String key, Pattern english, List<Integer> parts, MessageFormat chinese) {
	}

	private static final List<String> BUNDLES = List.of("Validation", "Parsing", "Scalars", "Execution");

	/** Messages GraphQL Java writes without a bundle: a variable's value it could not take. */
	private static final Pattern INVALID_VARIABLE = Pattern.compile("^Variable '([^']+)' has an invalid value: (.*)$",
			Pattern.DOTALL);

	/**
	 * The lexer's refusal of a character no GraphQL token starts with: a Chinese word written without quotes (status:
	 * [断点], region: 赣州) or a quote never closed. "Are the brackets and quotes paired?" missed both.
	 */
	private static final Pattern UNREADABLE = Pattern
		.compile("^Invalid syntax with ANTLR error 'token recognition error at: '(.+)'' at line (\\d+) column (\\d+)$", Pattern.DOTALL);

	private static final Pattern NULL_VARIABLE = Pattern
		.compile("^Variable '([^']+)' has coerced Null value for NonNull type '([^']+)'$");

	/** A space between two Chinese characters or marks, left where a part in words took the place of a name. */
	private static final Pattern BETWEEN_CHINESE = Pattern
		.compile("(?<=[\\p{IsHan}\\uFF01-\\uFF5E\\u201C\\u201D]) (?=[\\p{IsHan}\\uFF01-\\uFF5E\\u201C\\u201D])");

	private static final Pattern AST_VALUE = Pattern
		.compile("^(String|Int|Float|Boolean|Enum)Value\\{(?:value|name)=(.*)}$", Pattern.DOTALL);

	private static final Map<String, String> TYPE_WORDS = Map.ofEntries(Map.entry("Int", "整数"),
			Map.entry("Float", "数值"), Map.entry("String", "文字"), Map.entry("Boolean", "true 或 false"),
			Map.entry("ID", "标识符"), Map.entry("IntValue", "整数"), Map.entry("FloatValue", "数值"),
			Map.entry("StringValue", "文字"), Map.entry("BooleanValue", "true 或 false"),
			Map.entry("EnumValue", "可选值"), Map.entry("ObjectValue", "对象"), Map.entry("ArrayValue", "列表"),
			Map.entry("NullValue", "null"), Map.entry("Integer", "整数"), Map.entry("Long", "整数"),
			Map.entry("Double", "数值"), Map.entry("BigDecimal", "数值"), Map.entry("LinkedHashMap", "对象"),
			Map.entry("ArrayList", "列表"), Map.entry("<EOF>", "结尾"));

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

	private static final Logger log = LoggerFactory.getLogger(EngineWords.class);

	/** Read once; empty, with a warning, if the bundles cannot be read: an error is then told in general words. */
	private static final List<Form> FORMS = safely();

	private EngineWords() {
	}

	/** The Chinese for one of GraphQL Java's messages, or null when its form has no Chinese here. */
	static String chinese(String message) {
		if (message == null) {
			return null;
		}
		var text = message.strip();
		var unreadable = UNREADABLE.matcher(text);
		if (unreadable.matches()) {
			var at = "查询语法错误：第 " + unreadable.group(2) + " 行第 " + unreadable.group(3) + " 列";
			var what = unreadable.group(1);
			if (what.startsWith("\"")) {
				return at + "的引号没有闭合：请在文字末尾补上英文双引号";
			}
			if (Character.UnicodeScript.of(what.codePointAt(0)) == Character.UnicodeScript.HAN) {
				return at + "的“" + what + "”没有加引号：文字须写在英文双引号内（如 region: \"赣州\"）；可选值（枚举）请用英文名"
						+ "（如 status: [MISSING]，而不是 断点）";
			}
		}
		var variable = NULL_VARIABLE.matcher(text);
		if (variable.matches()) {
			return "变量 " + variable.group(1) + " 必填，不能为空（" + word(variable.group(2)) + "）";
		}
		variable = INVALID_VARIABLE.matcher(text);
		if (variable.matches()) {
			var why = chinese(variable.group(2));
			if (NULL_VARIABLE.matcher(variable.group(2)).matches()) {
				return why; // the variable named once
			}
			return "变量 " + variable.group(1) + " 的值无效" + (why == null ? "" : "：" + why);
		}
		for (var form : FORMS) {
			var matcher = form.english().matcher(text);
			if (matcher.matches()) {
				var arguments = new Object[form.parts().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1];
				for (int i = 0; i < form.parts().size(); i++) {
					arguments[form.parts().get(i)] = word(matcher.group(i + 1));
				}
				return BETWEEN_CHINESE.matcher(form.chinese().format(arguments)).replaceAll("");
			}
		}
		return null;
	}

	/** A part of a message in words: a value without its AST dump, a type with what it is in Chinese. */
	static String word(String part) {
		var value = AST_VALUE.matcher(part);
		if (value.matches()) {
			var inner = value.group(2);
			return value.group(1).equals("String") ? "“" + unquoted(inner) + "”" : unquoted(inner);
		}
		boolean required = part.endsWith("!");
		var type = required ? part.substring(0, part.length() - 1) : part;
		var words = TYPE_WORDS.get(type);
		if (words == null) {
			return part;
		}
		if (type.equals("<EOF>")) {
			return words;
		}
		return words + "（" + type + (required ? "，必填" : "") + "）";
	}

	private static String unquoted(String text) {
		return text.length() >= 2 && text.startsWith("'") && text.endsWith("'") ? text.substring(1, text.length() - 1)
				: text;
	}

	private static List<Form> safely() {
		try {
			return forms();
		}
		catch (RuntimeException ex) {
			log.warn("GraphQL Java's messages get general Chinese words only (只有概括的中文说明): {}", ex.toString());
			return List.of();
		}
	}

	/**
	 * Every form with Chinese words, the longest English first: a form that ends in a part ({@code … - {4}}) is
	 * tried before the shorter form its message also fits.
	 */
	private static List<Form> forms() {
		var chinese = load(EngineWords.class.getClassLoader(), "graphql-engine-words.properties");
		var forms = new ArrayList<Form>();
		for (var bundle : BUNDLES) {
			var english = load(GraphQL.class.getClassLoader(), "i18n/" + bundle + ".properties");
			for (var key : english.stringPropertyNames()) {
				var words = chinese.getProperty(key);
				if (words != null) {
					var format = english.getProperty(key);
					forms.add(new Form(key, pattern(format), parts(format), new MessageFormat(words, Locale.CHINA)));
				}
			}
		}
		forms.sort(Comparator.comparingInt((Form f) -> f.english().pattern().length()).reversed());
		return List.copyOf(forms);
	}

	/** A message format as a pattern that takes each of its parts ({0}, {1} …) as a group, in the order they stand. */
	static Pattern pattern(String format) {
		var text = format.strip().replace("''", "'");
		var regex = new StringBuilder("^");
		var placeholder = PLACEHOLDER.matcher(text);
		int at = 0;
		while (placeholder.find()) {
			regex.append(Pattern.quote(text.substring(at, placeholder.start()))).append("(.*?)");
			at = placeholder.end();
		}
		regex.append(Pattern.quote(text.substring(at))).append('$');
		return Pattern.compile(regex.toString(), Pattern.DOTALL);
	}

	/** The numbers of a message format's parts, in the order they stand ({3} alone in a form: [3]). */
	static List<Integer> parts(String format) {
		return PLACEHOLDER.matcher(format).results().map(m -> Integer.parseInt(m.group(1))).toList();
	}

	static Properties load(ClassLoader loader, String name) {
		var properties = new Properties();
		try (var in = loader.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("No " + name + " on the class path");
			}
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}

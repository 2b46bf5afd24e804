package io.chaingraph.loader.source;

import java.util.regex.Pattern;

import org.yaml.snakeyaml.constructor.DuplicateKeyException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML file the parser refused, said for a person who edits it by hand with a Chinese input method: the characters
 * that look right but are not what YAML reads (a tab or a full-width space as indentation, a full-width colon after a
 * key) are named at their own line, and the parser's own words lose their doubled "found".
 */
public final class YamlSyntax {

	/** {@code name：锂盐}, {@code - id：x}: a key followed by a full-width colon where YAML needs {@code :}. */
	private static final Pattern FULL_WIDTH_COLON = Pattern.compile("^[ \\t\\u3000]*(?:-[ \\t\\u3000]+)?([\\p{L}\\p{N}_-]+)[ \\t\\u3000]*：");

	private YamlSyntax() {
	}

	/**
	 * The problem to report for a file the parser refused.
	 * @param file the file as the user named it
	 * @param text the file's text
	 */
	public static LoadProblem problem(String file, String text, MarkedYAMLException ex) {
		var lines = text.lines().toList();
		int line = ex.getProblemMark() == null ? 0 : ex.getProblemMark().getLine() + 1;
		// The parser stops at the line it cannot read, or at the next one (a key without its colon runs on into it).
		for (int at = Math.min(line, lines.size()); at >= Math.max(1, line - 1); at--) {
			var typed = typed(file, at, lines.get(at - 1));
			if (typed != null) {
				return typed;
			}
		}
		var problem = withoutFound(ex.getProblem());
		if (ex instanceof DuplicateKeyException) {
			// the manifest's parser (the chain files' duplicates are reported by ChainFile, with both values)
			var key = problem.replaceFirst("^duplicate key ", "");
			return new LoadProblem(file, line, key, "each key once (字段不能重复)", "'" + key + "' a second time (字段重复：请删去其中一个)");
		}
		var contextLine = ex.getContextMark() == null ? 0 : ex.getContextMark().getLine() + 1;
		if ("while scanning a quoted scalar".equals(ex.getContext()) && contextLine > 0) {
			// the parser reads on to the end of the file looking for the closing quote, and reports the end
			return new LoadProblem(file, contextLine, null, "a closing quote for the quote that opens here (引号须成对)",
					"none before the end of the file (引号未闭合：请补上结尾的引号)");
		}
		if ("while parsing a flow sequence".equals(ex.getContext()) && contextLine > 0 && line > contextLine
				&& problem.startsWith("expected ',' or ']'")) {
			// [铜, 铜业 with no ]: the list runs on to wherever YAML gives up, often the end of the file
			return new LoadProblem(file, contextLine, null, "a list [ … ] closed by ] (方括号须成对)",
					"a [ that opens here and is never closed (方括号未闭合：请补上 ])");
		}
		var context = ex.getContext() != null && contextLine > 0 && contextLine != line
				? ", " + ex.getContext() + " on line " + contextLine : "";
		return new LoadProblem(file, line, null, "valid YAML (YAML 格式错误)", "what YAML cannot read here (" + problem
				+ context + "): check the indentation, colons and quotes of this line and the one before (请检查本行及上一行的缩进、冒号和引号)");
	}

	/** What an input method left on this line that YAML does not read as it looks, or null. */
	private static LoadProblem typed(String file, int line, String text) {
		int indent = 0;
		while (indent < text.length() && " \t\u3000".indexOf(text.charAt(indent)) >= 0) {
			indent++;
		}
		var indentation = text.substring(0, indent);
		if (indentation.indexOf('\t') >= 0) {
			return new LoadProblem(file, line, null, "indentation with spaces, as YAML needs (缩进只能用空格)",
					"a tab at the start of the line (行首有 Tab 键：请换成空格)");
		}
		if (indentation.indexOf('\u3000') >= 0) {
			return new LoadProblem(file, line, null, "indentation with ASCII spaces, as YAML needs (缩进请用半角空格)",
					"a full-width space 　 (U+3000) at the start of the line (行首有全角空格：请换成半角空格)");
		}
		var colon = FULL_WIDTH_COLON.matcher(text);
		if (colon.find()) {
			return new LoadProblem(file, line, colon.group(1), "the colon : that YAML needs after a key (请使用英文冒号 :)",
					"a full-width colon ： (全角冒号)");
		}
		return null;
	}

	/** SnakeYAML's problems often start with "found", and a problem is rendered "…, found …". */
	private static String withoutFound(String problem) {
		return problem == null ? "a file YAML cannot read" : problem.replaceFirst("^found ", "");
	}

}

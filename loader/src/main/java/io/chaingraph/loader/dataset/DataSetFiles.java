package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.chaingraph.loader.source.LoadProblem;
import io.chaingraph.model.rules.Slips;

/**
 * The files of a data set folder: which the loader reads, and the ones it would silently pass over. Each table is a
 * CSV file or an Excel workbook of the same name ({@code enterprises.csv} or {@code enterprises.xlsx}), not both. A
 * data file the loader does not know, in the folder or under chains/ (a misspelt name, a spreadsheet in an older
 * format, a chain in another format), is a problem, as an unknown column is: loading without it would lose its rows
 * without a word. Notes may sit beside the data: any file whose name starts with {@code _}, {@code #} or
 * {@code 备注}, any file that does not look like data (README.md, a PDF), and the lock and hidden files editors
 * leave ({@code ~$enterprises.xlsx}, {@code .~lock…}).
 */
final class DataSetFiles {

	static final String MANIFEST = "dataset.yaml";

	static final String CHAINS = "chains";

	/** Extensions of spreadsheet files; only .xlsx is read, the others are to be saved as .xlsx or CSV. */
	private static final Set<String> SPREADSHEETS = Set.of("xlsx", "xlsm", "xls", "et", "ods", "numbers");

	/**
	 * Extensions that say "text" or "data" after a table's whole file name ({@code enterprises.csv.txt}: Windows hides
	 * the last one); others there are a backup's ({@code enterprises.csv.bak}) and stay the team's own.
	 */
	private static final Set<String> TEXT = Set.of("txt", "text", "tsv", "tab", "prn", "dat", "csv", "xlsx");

	/** Extensions of files that hold data, the kinds a person might expect the loader to read. */
	private static final Set<String> DATA = Stream.concat(Stream.of("csv", "tsv", "yaml", "yml", "json", "jsonl"),
			SPREADSHEETS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

	private DataSetFiles() {
	}

	/** The chain files: {@code chains/*.yaml} (or {@code .yml}), in sub-folders too, in name order. */
	static List<Path> chainFiles(Path folder) {
		var dir = folder.resolve(CHAINS);
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(dir)) {
			return files.filter(f -> Files.isRegularFile(f) && isChain(f) && !skipped(dir.relativize(f)))
				.sorted(Comparator.comparing(Path::toString))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** How a chain file is named in messages: {@code chains/jx-copper.yaml}. */
	static String chainName(Path folder, Path file) {
		return folder.relativize(file).toString().replace('\\', '/');
	}

	/**
	 * Reports every data file of the folder that the loader would not read, and a table given twice (as CSV and as
	 * a workbook). A table saved under its name in a form the loader does not read ({@code enterprises.txt}, Excel's
	 * 文本文件) is reported as such; when it is the table's only file, what it defines is marked unread in
	 * {@code refused}, so the rows that name its records are not each reported again.
	 */
	static void checkUnknown(Path folder, Consumer<LoadProblem> problems, Refused refused) {
		var known = new ArrayList<String>();
		known.add(MANIFEST);
		for (var table : Tables.ALL) {
			known.add(table.file());
			known.add(table.sheetFile());
			if (Files.exists(folder.resolve(table.file())) && Files.exists(folder.resolve(table.sheetFile()))) {
				problems.accept(new LoadProblem(table.sheetFile(), 0, null, "one file per table, CSV or Excel",
						"both " + table.file() + " and " + table.sheetFile() + " (同一张表只能有一个文件，请删除其一)"));
			}
		}
		var chains = folder.resolve(CHAINS);
		// The folder itself and chains/ with its sub-folders: other folders are the team's own (sources, drafts).
		try (Stream<Path> top = Files.list(folder);
				Stream<Path> inChains = Files.isDirectory(chains) ? Files.walk(chains) : Stream.empty()) {
			for (var file : Stream.concat(top, inChains).filter(Files::isRegularFile).sorted().toList()) {
				var name = chainName(folder, file);
				if (skipped(folder.relativize(file)) || known.contains(name) || (file.startsWith(chains) && isChain(file))) {
					continue;
				}
				var table = file.getParent().equals(folder) ? tableNamed(file) : null;
				if (table != null && table.defines() != null && !Files.exists(folder.resolve(table.file()))
						&& !Files.exists(folder.resolve(table.sheetFile()))) {
					refused.all(table.defines());
				}
				if (table != null && !SPREADSHEETS.contains(extension(file))) {
					problems.accept(new LoadProblem(name, 0, null, "the table " + stem(table) + " as " + table.file()
							+ " (CSV: UTF-8 or GBK, comma-separated) or " + table.sheetFile()
							+ " (Excel workbook), the two kinds of file the loader reads",
							"'" + name + "', a kind of file the loader does not read: in Excel or WPS save it as"
									+ " \"CSV UTF-8 (逗号分隔)\" or as an Excel workbook (.xlsx) under the table's name"
									+ " (请另存为 " + table.file() + " 或 " + table.sheetFile() + "；要留作备注请以 _ 开头命名)"));
					continue;
				}
				if (!DATA.contains(extension(file))) {
					continue;
				}
				problems.accept(new LoadProblem(name, 0, null, "only the files of a data set: " + MANIFEST + ", "
						+ CHAINS + "/*.yaml and the tables " + String.join(", ", Tables.ALL.stream().map(Table::file).toList())
						+ ", each as .csv or .xlsx (notes may be kept in files whose names start with _ or 备注)",
						unknown(name, file, known)));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String unknown(String name, Path file, List<String> known) {
		var extension = extension(file);
		if (name.startsWith(CHAINS + "/")) {
			return "'" + name + "', which is not a chain file (产业链文件须为 .yaml)";
		}
		var stem = file.getFileName().toString();
		stem = stem.substring(0, stem.length() - extension.length() - 1);
		if (SPREADSHEETS.contains(extension) && !extension.equals("xlsx")) {
			var table = stem + ".xlsx";
			return "a spreadsheet in a format the loader does not read: save it as an Excel workbook or as CSV UTF-8"
					+ (known.contains(table) ? " (" + table + " or " + stem + ".csv)" : "") + " (请另存为 .xlsx 或 CSV UTF-8 格式)";
		}
		var closest = known.stream().min(Comparator.comparingInt(k -> Slips.distance(k, name))).orElseThrow();
		return "an unknown file '" + name + "'" + (Slips.distance(closest, name) <= 3
				? " (未知文件名，是否应为 " + closest + "？)" : " (未知文件名，请以表名命名，如 enterprises.xlsx)");
	}

	/**
	 * The table a file is named after though not as the loader reads it: {@code enterprises.txt},
	 * {@code enterprises.tsv}, {@code enterprises.csv.txt}; null for any other name ({@code enterprises.csv.bak} is a
	 * backup).
	 */
	private static Table tableNamed(Path file) {
		var name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		if (dot <= 0) {
			return null;
		}
		var base = name.substring(0, dot);
		var extension = extension(file);
		for (var table : Tables.ALL) {
			// Enterprises.CSV is a table the loader reads under a name it does not: the unknown file's message says so.
			if ((base.equalsIgnoreCase(stem(table)) && !extension.equals("csv") && !extension.equals("xlsx"))
					|| (TEXT.contains(extension)
							&& (base.equalsIgnoreCase(table.file()) || base.equalsIgnoreCase(table.sheetFile())))) {
				return table;
			}
		}
		return null;
	}

	/** A table's name without its extension: {@code enterprises}. */
	private static String stem(Table table) {
		return table.file().substring(0, table.file().lastIndexOf('.'));
	}

	private static boolean isChain(Path file) {
		var extension = extension(file);
		return extension.equals("yaml") || extension.equals("yml");
	}

	/** A name a person gives their own notes, a file's or a column's: starting with _, # or 备注. */
	static boolean isNote(String name) {
		return name.startsWith("_") || name.startsWith("#") || name.startsWith("备注");
	}

	/**
	 * A workbook's sheet that holds notes, not the table: named as a note file is ({@link #isNote}), or as offices
	 * name the sheets of instructions and examples they send with a table to fill in: 填表说明, 填写说明, 使用说明,
	 * 说明 (any name with 说明 in it), 示例 or 样例, 填写示例 (a name starting or ending with 示例 or 样例; 名单（示例）
	 * is a table's name).
	 */
	static boolean isNoteSheet(String name) {
		return isNote(name) || name.contains("说明") || name.startsWith("示例") || name.endsWith("示例")
				|| name.startsWith("样例") || name.endsWith("样例");
	}

	/** Notes, and the lock and hidden files of editors: in the name of the file or of any folder on its way. */
	private static boolean skipped(Path relative) {
		for (var part : relative) {
			var name = part.toString();
			if (isNote(name) || name.startsWith(".")
					|| name.startsWith("~$")) {
				return true;
			}
		}
		return false;
	}

	private static String extension(Path file) {
		var name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}

}

package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.chaingraph.loader.ShellWord;

/**
 * {@code template DIR}: an empty data set to fill in, for a team that starts its own: {@code dataset.yaml}, every
 * table as a CSV file with its header line only (Chinese headers unless {@code --english}; UTF-8 with a byte order
 * mark, so that Excel and WPS open the Chinese right), an example chain under {@code chains/_example.yaml} (a name
 * starting with {@code _}, so it is not loaded until copied), a README saying what goes where, and the format
 * reference ({@code loader/FORMATS.md}) as {@code FORMATS.md}, since the folder usually lives far from the repository.
 * The folder must be missing or empty: nothing is overwritten. The empty data set loads as it is, with nothing in it.
 */
public final class TemplateCommand {

	static final String USAGE_TEXT = """
			usage: template DIR [--english]
			  DIR         a folder that does not exist yet, or is empty: nothing is overwritten
			  --english   English column headers (regionCode …) instead of Chinese ones (地区代码 …); the loader reads both
			Writes an empty data set to fill in (空数据集模板): dataset.yaml, every table with its header line
			(CSV, UTF-8 with BOM for Excel/WPS), an example chain under chains/_example.yaml, a README, and
			FORMATS.md, the reference of every file and column (格式说明).
			Then: ./chaingraph load DIR --dry-run
			""";

	private TemplateCommand() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		Path folder = null;
		boolean english = false;
		for (var argument : args) {
			switch (argument) {
				case "--help", "-h" -> {
					out.print(USAGE_TEXT);
					return 0;
				}
				case "--english" -> english = true;
				default -> {
					if (argument.startsWith("-") || folder != null) {
						err.println("Unknown argument '" + argument + "' (未知参数)");
						err.print(USAGE_TEXT);
						return 2;
					}
					folder = Path.of(argument);
				}
			}
		}
		if (folder == null) {
			err.println("DIR is required (缺少目录参数)");
			err.print(USAGE_TEXT);
			return 2;
		}
		try {
			if (Files.exists(folder) && (!Files.isDirectory(folder) || !isEmpty(folder))) {
				err.println(folder + " exists and is not an empty folder; nothing written (目录已存在且非空，未写入任何文件)");
				return 2;
			}
			write(folder, english);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + folder, ex);
		}
		out.println("Wrote an empty data set to " + folder.toAbsolutePath() + " (已生成空数据集模板). Fill it in, then:");
		out.println("  ./chaingraph load " + ShellWord.of(folder.toString()) + " --dry-run");
		return 0;
	}

	/** Writes the template into the folder, which is missing or empty. */
	static void write(Path folder, boolean english) throws IOException {
		Files.createDirectories(folder.resolve(DataSetFiles.CHAINS));
		var name = folder.toAbsolutePath().getFileName().toString();
		var id = DataSetId.fromFolderName(name);
		Files.writeString(folder.resolve(DataSetFiles.MANIFEST), """
				format: %s
				id: %s                 # lower-case letters, digits and hyphens; what --prune compares against (数据集编号)
				name: '%s'
				description: 写明这个数据集收录什么、数据从哪里来。
				# asOf: 2026-10-31     # the date the lists describe, YYYY-MM-DD (数据截至日期，可选)
				""".formatted(DataSet.FORMAT, id, name.replace("'", "''")), StandardCharsets.UTF_8);
		for (var table : Tables.ALL) {
			var header = table.columns().stream()
				.map(c -> english ? c.name() : Tables.chineseHeaders(table, c.name()).getFirst())
				.collect(Collectors.joining(","));
			Files.writeString(folder.resolve(table.file()), "\uFEFF" + header + "\r\n", StandardCharsets.UTF_8);
		}
		Files.writeString(folder.resolve(DataSetFiles.CHAINS).resolve("_example.yaml"), EXAMPLE_CHAIN, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve("README.md"), README, StandardCharsets.UTF_8);
		Files.writeString(folder.resolve(FORMATS), formats(), StandardCharsets.UTF_8);
	}

	/** The format reference's name in the template, beside the files it describes. */
	static final String FORMATS = "FORMATS.md";

	/**
	 * A link into the repository ({@code ../graph-model/…}): it leads nowhere from the user's folder. Its text on one
	 * line: a lone bracket in prose ("a `[` never closed") is no link's start.
	 */
	private static final Pattern REPOSITORY_LINK = Pattern.compile("\\[([^\\]\\n]*)]\\((?!https?:|#)[^)\\n]*\\)");

	/** loader/FORMATS.md as packaged, its links into the repository kept as their text only. */
	static String formats() throws IOException {
		try (var in = TemplateCommand.class.getClassLoader().getResourceAsStream("template/" + FORMATS)) {
			if (in == null) {
				throw new IOException("template/" + FORMATS + " is missing from the build");
			}
			return REPOSITORY_LINK.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8)).replaceAll("$1");
		}
	}

	private static boolean isEmpty(Path folder) throws IOException {
		try (var files = Files.list(folder)) {
			return files.findAny().isEmpty();
		}
	}

	private static final String EXAMPLE_CHAIN = """
			# 示例产业链（不会被加载：文件名以 _ 开头）。复制为 chains/<产业链编号>.yaml 后修改。
			# An example chain, not loaded (its name starts with _): copy it to chains/<chain id>.yaml and edit.
			# Every field: FORMATS.md in this folder (格式说明). source: illustrative marks made-up records; real ones
			# name their source (seed:<file> with quote, registry:<name>, web:<publisher>, file:<path>).
			id: example-copper
			name: 示例·铜产业链
			aliases: [示例铜]
			source: illustrative
			segments:
			  - id: ore
			    name: 铜矿采选
			    position: 上游            # 上游 | 中游 | 下游 (UPSTREAM | MIDSTREAM | DOWNSTREAM)
			    kind: 材料                # 材料 | 零部件 | 装备 | 产品 | 服务
			    source: illustrative
			  - id: smelting
			    name: 铜冶炼
			    position: 中游
			    kind: 材料
			    source: illustrative
			    children:
			      - id: cathode
			        name: 阴极铜
			        position: 中游
			        kind: 材料
			        source: illustrative
			supplies:
			  - from: ore
			    to: smelting
			    source: illustrative
			""";

	private static final String README = """
			# 数据集模板

			按 ChainGraph 的数据格式（chaingraph/v1，每个文件和列的说明见本目录的 [FORMATS.md](FORMATS.md)，英文）填写后导入。

			- `dataset.yaml`：数据集编号和名称；可选 `asOf`（数据截至日期，如 2026-10-31），接口中与导入时间一并显示。
			- `chains/`：每条产业链一个 YAML 文件（环节树、供给关系、哪些地区列为政策产业链）。`_example.yaml` 是示例，
			  以下划线开头的文件不会被加载。
			- 其余各表（企业、企业-环节、企业供货关系、链主等认定、产业集群、政策文件与目标……）：第一行是表头（表头上方可以
			  有标题行），可用 Excel 或 WPS 编辑，另存为 CSV（UTF-8）或直接保存为同名 .xlsx（如 enterprises.xlsx）。
			  用不到的表可以删除或留空。“序号”列和以“备注”开头的列不会被读取，可以自由填写。
			- 每一行都要写来源（来源列）：政策文件写 `seed:<文件>` 并在原文列摘录原句，公开名录写 `registry:<名称>`，
			  示例数据写 `illustrative`。
			- 地区用国家标准区划代码（江西省 36，南昌市 3601），企业编号用统一社会信用代码、股票代码（600362-sh）或
			  小写字母与连字符。

			先检查再导入（检查不写入任何数据，问题会列出文件、行和列）：

			    ./chaingraph load 本目录 --dry-run
			    ./chaingraph load 本目录
			""";

}

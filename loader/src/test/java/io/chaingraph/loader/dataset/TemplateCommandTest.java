package io.chaingraph.loader.dataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import io.chaingraph.loader.region.RegionReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class TemplateCommandTest {

	@TempDir
	Path parent;

	@Test
	void theTemplateLoadsEmptyAndItsExampleChainLoadsOnceCopied() throws IOException {
		var folder = this.parent.resolve("江西招商数据");
		assertThat(run(folder.toString())).isZero();

		assertThat(Files.readString(folder.resolve("enterprises.csv")))
			.isEqualTo("\uFEFF企业编号,企业名称,别名,统一社会信用代码,股票代码,地区代码,标签,成立年份,来源,原文\r\n");
		assertThat(Files.readString(folder.resolve("dataset.yaml"))).contains("id: jiang-xi-zhao-shang-shu-ju ")
			.contains("name: '江西招商数据'");
		var regions = RegionReference.shipped();
		var empty = DataSet.read(folder, regions, (space, keys) -> Set.of());
		assertThat(empty.rows().size()).as("rows of the empty data set").isZero();

		Files.copy(folder.resolve("chains/_example.yaml"), folder.resolve("chains/example-copper.yaml"));
		assertThat(DataSet.read(folder, regions, (space, keys) -> Set.of()).rows().batches())
			.anySatisfy(batch -> assertThat(batch.rows()).anySatisfy(row -> assertThat(row.toString()).contains("阴极铜")));
	}

	/**
	 * The id is what --prune goes by: two offices' templates must not share one (with one fixed id, loading the second
	 * with --prune deleted the first's firms). A Chinese folder name gives its 拼音, read as names read it (长沙
	 * cháng, 厦门 xià); one with nothing to read a random id; every one an id the loader accepts.
	 */
	@Test
	void eachTemplateGetsAnIdOfItsOwnFromItsFolderName() throws IOException {
		var ids = new java.util.ArrayList<String>();
		for (var name : new String[] { "南昌招商数据", "赣州招商数据", "长沙·厦门 2025 Ｑ３", "My Data", "！！", "……" }) {
			var folder = this.parent.resolve(name);
			assertThat(run(folder.toString())).isZero();
			var id = DataSet.read(folder, RegionReference.shipped(), (space, keys) -> Set.of()).id();
			assertThat(Column.SLUG.matcher(id).matches()).as("%s: %s", name, id).isTrue();
			ids.add(id);
		}
		assertThat(ids.subList(0, 4)).containsExactly("nan-chang-zhao-shang-shu-ju", "gan-zhou-zhao-shang-shu-ju",
				"chang-sha-xia-men-2025-q3", "my-data");
		assertThat(ids.subList(4, 6)).allSatisfy(id -> assertThat(id).matches("dataset-[a-z2-9]{6}"));
		assertThat(ids).doesNotHaveDuplicates();
	}

	@Test
	void theFormatReferenceTravelsWithTheTemplate() throws IOException {
		var folder = this.parent.resolve("园区数据");
		assertThat(run(folder.toString())).isZero();

		// The folder is the user's, far from the repository: what its files point to must be in it.
		var readme = Files.readString(folder.resolve("README.md"));
		assertThat(readme).contains("[FORMATS.md](FORMATS.md)").doesNotContain("loader/");
		assertThat(Files.readString(folder.resolve("chains/_example.yaml"))).contains("FORMATS.md in this folder")
			.doesNotContain("loader/");
		var formats = Files.readString(folder.resolve("FORMATS.md"));
		var source = Files.readString(Path.of("FORMATS.md"));
		assertThat(formats).startsWith("# ChainGraph input formats, version 1 (`chaingraph/v1`)")
			.contains("## Editing in a spreadsheet")
			.as("links into the repository are kept as text")
			.doesNotContain("](../")
			.contains("(`Characters`)");
		assertThat(source).contains("](../graph-model/");
		assertThat(formats.lines().count()).as("the whole reference, line for line").isEqualTo(source.lines().count());
	}

	@Test
	void englishHeadersOnRequestAndNothingIsOverwritten() throws IOException {
		var folder = this.parent.resolve("my-data");
		assertThat(run(folder.toString(), "--english")).isZero();
		assertThat(Files.readString(folder.resolve("enterprises.csv")))
			.isEqualTo("\uFEFFid,name,aliases,creditCode,stockCode,regionCode,tags,founded,source,quote\r\n");
		assertThat(Files.readString(folder.resolve("dataset.yaml"))).contains("id: my-data");

		Files.writeString(folder.resolve("enterprises.csv"), "id,name\nmine,我的\n");
		assertThat(run(folder.toString())).isEqualTo(2);
		assertThat(Files.readString(folder.resolve("enterprises.csv"))).isEqualTo("id,name\nmine,我的\n");
	}

	/**
	 * The next step is a command to paste into a shell: a folder with a space (or a quote) in its name had been printed
	 * bare, and the pasted command named two folders.
	 */
	@Test
	void theNextStepQuotesTheFolderAsAShellNeeds() {
		assertThat(nextStep(this.parent.resolve("江西 招商数据").toString()))
			.isEqualTo("  ./chaingraph load '" + this.parent.resolve("江西 招商数据") + "' --dry-run");
		assertThat(nextStep(this.parent.resolve("it's (2026)").toString()))
			.isEqualTo("  ./chaingraph load '" + this.parent + "/it'\\''s (2026)' --dry-run");
		assertThat(nextStep(this.parent.resolve("南昌招商数据").toString()))
			.as("a plain folder stays as typed").isEqualTo("  ./chaingraph load " + this.parent.resolve("南昌招商数据")
					+ " --dry-run");
	}

	private static String nextStep(String folder) {
		var out = new ByteArrayOutputStream();
		var print = new PrintStream(out, true, StandardCharsets.UTF_8);
		assertThat(TemplateCommand.run(new String[] { folder }, print, print)).isZero();
		return out.toString(StandardCharsets.UTF_8).strip().lines().reduce((a, b) -> b).map(l -> l.stripTrailing())
			.map(l -> "  " + l.strip())
			.orElseThrow();
	}

	private static int run(String... args) {
		var out = new ByteArrayOutputStream();
		return TemplateCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(out, true, StandardCharsets.UTF_8));
	}

}

package io.chaingraph.loader.chain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.chaingraph.loader.source.LoadProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Lists written as one value in a chain file read as a table cell reads them (loader/FORMATS.md). */
class ChainFileTest {

	@TempDir
	Path folder;

	@Test
	void aListWrittenAsOneValueIsSplitAtSemicolonsAsInATableCell() throws IOException {
		var problems = new ArrayList<LoadProblem>();
		var chain = read("""
				id: test-copper
				name: 测试铜产业链
				aliases: 铜产业链；铜
				description: 目标：全产业链营收突破一万亿元
				source: illustrative
				segments:
				  - id: ore
				    name: 铜矿采选
				    aliases: 铜矿
				    position: 上游
				    kind: 材料
				    source: illustrative
				""", problems);

		assertThat(problems).isEmpty();
		assertThat(chain.aliases()).containsExactly("铜产业链", "铜");
		assertThat(chain.segments().getFirst().aliases()).containsExactly("铜矿");
	}

	private Chain read(String text, List<LoadProblem> problems) throws IOException {
		var file = Files.writeString(this.folder.resolve("test-copper.yaml"), text);
		return ChainFile.read(file, "chains/test-copper.yaml", problems::add, keys -> {
		});
	}

}

package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * loader/FORMATS.md names, in each table's own section, every column the loader reads from that table: a team fills
 * in the columns the reference shows (the aliases of zones and clusters were read but shown only in the list of
 * Chinese headers).
 */
class FormatsReferenceTest {

	@Test
	void eachTablesSectionNamesEveryColumnTheLoaderReads() throws IOException {
		var formats = Files.readString(Path.of("FORMATS.md"));
		for (var table : Tables.ALL) {
			var heading = "\n## `" + table.file() + "`\n";
			assertThat(formats).as("a section for %s", table.file()).contains(heading);
			var start = formats.indexOf(heading) + heading.length();
			var end = formats.indexOf("\n## ", start);
			var section = formats.substring(start, end < 0 ? formats.length() : end);
			for (var column : table.columns()) {
				assertThat(section).as("%s's section names its column %s", table.file(), column.name())
					.contains("`" + column.name() + "`");
			}
		}
	}

}

package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.chaingraph.loader.region.RegionReference;

import static org.assertj.core.api.Assertions.assertThat;

/** Copies of the fixture data sets, for tests that edit them, and what the readers say about them. */
final class Fixtures {

	private Fixtures() {
	}

	/** Copies the folder {@code source} into {@code target}, sub-folders included. */
	static void copy(Path source, Path target) throws IOException {
		try (var files = Files.walk(source)) {
			for (var file : files.sorted(Comparator.naturalOrder()).toList()) {
				var to = target.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(to);
				}
				else {
					Files.copy(file, to, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		}
	}

	/** Replaces the first occurrence of the text in the file of the data set {@code folder}. */
	static void replace(Path folder, String file, String text, String by) throws IOException {
		var path = folder.resolve(file);
		var content = Files.readString(path);
		assertThat(content).contains(text);
		Files.writeString(path, content.replaceFirst(Pattern.quote(text), Matcher.quoteReplacement(by)));
	}

	/** The problems of the in-memory reader, after checking that the streaming reader reports the same. */
	static List<String> problemsOfBothReaders(Path folder) {
		var regions = RegionReference.shipped();
		var inMemory = StreamingDataSetTest.problems(() -> DataSet.read(folder, regions, (space, keys) -> Set.of()));
		var streamed = StreamingDataSetTest.problems(() -> StreamingDataSet.read(folder, regions, new GraphRows()));
		assertThat(streamed).containsExactlyInAnyOrderElementsOf(inMemory);
		return inMemory;
	}

}

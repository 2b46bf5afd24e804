package io.chaingraph.loader.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;

/** Copies of the fixture data sets, for tests that edit them. */
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

}

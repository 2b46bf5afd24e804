package io.chaingraph.loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The demo data set shipped inside the loader jar ({@code demo/}), copied to a temporary folder so that it is read
 * exactly like a team's own data set folder. The build writes {@code demo/INDEX}, the list of its files, because a
 * folder inside a nested jar cannot be listed.
 */
final class ShippedDataSet implements AutoCloseable {

	private final Path folder;

	private ShippedDataSet(Path folder) {
		this.folder = folder;
	}

	static ShippedDataSet extract() {
		var loader = ShippedDataSet.class.getClassLoader();
		try (InputStream index = loader.getResourceAsStream("demo/INDEX")) {
			if (index == null) {
				throw new IllegalStateException("The demo data set (demo/INDEX) is missing from the loader jar");
			}
			var folder = Files.createTempDirectory("chaingraph-demo");
			for (var name : new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip).toList()) {
				if (name.isEmpty()) {
					continue;
				}
				var target = folder.resolve(name).normalize();
				if (!target.startsWith(folder)) {
					throw new IllegalStateException("demo/INDEX names a file outside the data set: " + name);
				}
				Files.createDirectories(target.getParent());
				try (InputStream in = loader.getResourceAsStream("demo/" + name)) {
					Files.copy(in, target);
				}
			}
			return new ShippedDataSet(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot extract the demo data set", ex);
		}
	}

	Path folder() {
		return this.folder;
	}

	@Override
	public void close() {
		try (var paths = Files.walk(this.folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// A leftover temporary folder is harmless.
		}
	}

}

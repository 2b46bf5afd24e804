package io.chaingraph.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.chaingraph.loader.LoaderCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class LoadCommandTest {

	@Test
	void aDryRunWithoutAStoreChecksAgainstAnEmptyGraphAndMakesNoStore(@TempDir Path home, CapturedOutput output)
			throws IOException {
		var store = home.resolve("data/graph");
		long scratchBefore = scratchFolders();
		assertThat(LoadCommand.intoEmbedded(store, List.of("--demo", "--dry-run"))).isEqualTo(LoaderCommand.OK);
		assertThat(output.getOut()).contains("Checking against an empty graph (no store at " + store.toAbsolutePath())
			.contains("nothing will be written");
		assertThat(home.resolve("data")).doesNotExist();
		assertThat(scratchFolders()).as("the temporary store is removed").isEqualTo(scratchBefore);
	}

	private static long scratchFolders() throws IOException {
		try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(f -> f.getFileName().toString().startsWith("chaingraph-dry-run")).count();
		}
	}

	@Test
	void aFolderThatIsNotThereIsToldBeforeTheEmbeddedServerStarts(@TempDir Path folder) {
		assertThat(LoadCommand.missingFolder(List.of("/no/such/data-set", "--dry-run"))).isEqualTo("/no/such/data-set");
		assertThat(LoadCommand.missingFolder(List.of("--dry-run", folder.toString()))).isNull();
		assertThat(LoadCommand.missingFolder(List.of("--format", "chainkg", folder.toString()))).isNull();
		assertThat(LoadCommand.missingFolder(List.of("--demo"))).isNull();
	}

	@Test
	void aDryRunSaysItWritesNothing() {
		assertThat(LoadCommand.into("the embedded store at /s", List.of("data", "--dry-run")))
			.isEqualTo("Checking against the embedded store at /s; nothing will be written (仅校验，不写入)");
		assertThat(LoadCommand.into("the embedded store at /s", List.of("data"))).isEqualTo("Loading into the embedded store at /s");
	}

}

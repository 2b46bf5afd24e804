package io.chaingraph.standalone;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class LoadCommandTest {

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

package io.chaingraph.standalone;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import io.chaingraph.loader.LoaderCommand;
import io.chaingraph.loader.generate.SyntheticDataSet;
import io.chaingraph.standalone.bulk.UnfinishedFirstLoad;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first load (the bulk importer into an empty store) stopped by its user, SIGTERM as Ctrl-C sends it: the real
 * command in its own process. It said nothing and left its scratch folder beside the store (a gigabyte of CSV at a
 * million firms); stopped after the import it left a store that looked loaded, without its schema or data set
 * record. Now it says what the store holds, removes the folder, and marks an unfinished store, which {@code serve}
 * refuses and the same {@code load --bulk} loads again from the start.
 */
@ExtendWith(OutputCaptureExtension.class)
class FirstLoadStoppedTest {

	private static final int FIRMS = 2_000;

	@TempDir
	static Path shared;

	private static Path data;

	@TempDir
	Path home;

	@BeforeAll
	static void dataSet() {
		data = SyntheticDataSet.write(new SyntheticDataSet.Options(FIRMS, 3), shared.resolve("data")).folder();
	}

	@Test
	void stoppedDuringTheImportItLeavesTheStoreAsItWasAndNoScratchFolder() throws Exception {
		var store = this.home.resolve("graph");

		var said = stopWhen(store, () -> scratchFolders(store).stream().anyMatch(f -> Files.isDirectory(f.resolve("home"))));

		assertThat(said).contains("Stopped before the import finished (导入已中断): the store " + store.toAbsolutePath()
				+ " is as it was", "Run the same command again");
		assertThat(store).as("no store made").doesNotExist();
		assertThat(scratchFolders(store)).as("the scratch folder is removed").isEmpty();
	}

	@Test
	void stoppedAfterTheImportTheStoreIsMarkedRefusedByServeAndLoadedAgainFromTheStart(CapturedOutput output)
			throws Exception {
		var store = this.home.resolve("graph");

		var said = stopWhen(store, () -> Files.exists(store.resolve("first-load-unfinished")));

		assertThat(said).contains("Stopped after the import, before the load was recorded (首次导入未完成): "
				+ store.toAbsolutePath(), "./chaingraph serve will not start on it", "Run ./chaingraph load " + data
				+ " --bulk to load it again from the start");
		assertThat(scratchFolders(store)).as("the scratch folder is removed").isEmpty();
		var unfinished = UnfinishedFirstLoad.in(store).orElseThrow();
		assertThat(unfinished.dataSet()).isEqualTo(data.toAbsolutePath().normalize().toString());

		assertThat(unfinished.problem()).contains("holds a first load that did not finish (首次导入未完成): the bulk"
				+ " import of " + data.toAbsolutePath().normalize()); // serve's refusal: EmbeddedNeo4jConfigurationTest
		var env = Map.of("CHAINGRAPH_EMBEDDED_DATADIR", store.toString(), "CHAINGRAPH_EMBEDDED_BOLTADDRESS",
				"localhost:" + freePort());
		assertThat(LoadCommand.run(new String[] { "--demo" }, env)).as("a transactional load would make it look finished")
			.isEqualTo(LoaderCommand.DATABASE);
		assertThat(output.getErr()).contains("holds a first load that did not finish", "--bulk");

		// A load killed outright (SIGKILL, a power cut) leaves its folder, with nobody holding it.
		var killed = Files.createDirectories(store.resolveSibling("graph.import-1234567"));
		Files.writeString(killed.resolve("enterprises.csv"), "id\n");

		assertThat(LoadCommand.run(new String[] { data.toString(), "--bulk" }, env)).isEqualTo(LoaderCommand.OK);

		assertThat(output.getOut()).contains("It is replaced (重新导入)", "Loaded by bulk import");
		assertThat(output.getErr()).contains("Removed " + killed + ", the scratch folder of an earlier first load that"
				+ " was stopped");
		assertThat(UnfinishedFirstLoad.in(store)).as("the data set is recorded").isEmpty();
		assertThat(scratchFolders(store)).isEmpty();
		assertThat(output.getOut()).as("every firm imported again").containsPattern("Enterprise +2,000\\n");
	}

	/** Runs {@code load DATA --bulk} into the store in its own process, SIGTERMs it when the condition holds. */
	private String stopWhen(Path store, Check condition) throws Exception {
		var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		var command = new ArrayList<>(List.of(java, "--add-opens=java.base/java.nio=ALL-UNNAMED",
				"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED", "-cp",
				System.getProperty("java.class.path"), ChainGraph.class.getName(), "load", data.toString(), "--bulk"));
		var err = this.home.resolve("err.txt");
		var builder = new ProcessBuilder(command).redirectOutput(this.home.resolve("out.txt").toFile())
			.redirectError(err.toFile());
		builder.environment().put("CHAINGRAPH_EMBEDDED_DATADIR", store.toString());
		builder.environment().put("CHAINGRAPH_EMBEDDED_BOLTADDRESS", "localhost:" + freePort());
		var load = builder.start();
		try {
			long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
			boolean reached = false;
			while (load.isAlive() && System.nanoTime() < deadline && !(reached = condition.holds())) {
				Thread.sleep(10);
			}
			assertThat(reached).as("the load reached the moment to stop it (%s)", this.home).isTrue();
			load.destroy(); // SIGTERM
			assertThat(load.waitFor(60, TimeUnit.SECONDS)).as("the load exits on SIGTERM").isTrue();
		}
		finally {
			load.destroyForcibly();
		}
		return Files.readString(err, StandardCharsets.UTF_8);
	}

	@FunctionalInterface
	private interface Check {

		boolean holds() throws IOException;

	}

	private static List<Path> scratchFolders(Path store) throws IOException {
		if (!Files.isDirectory(store.getParent())) {
			return List.of();
		}
		try (var files = Files.list(store.getParent())) {
			Predicate<Path> scratch = f -> f.getFileName().toString().startsWith(store.getFileName() + ".import-");
			return files.filter(scratch).toList();
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}

package io.chaingraph.loader;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.chaingraph.model.schema.SchemaLevelGuard;
import io.chaingraph.model.schema.SchemaMigrator;
import io.chaingraph.testsupport.GraphFingerprint;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The documented exit codes and messages of {@code load}. */
class LoaderCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(org.neo4j.driver.Driver driver, String... args) {
		return LoaderCommand.run(args, driver, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void theLoaderJarExportsWithTheWordExport(@TempDir java.nio.file.Path temp) throws java.io.IOException {
		TestNeo4j.clearData();
		new GraphLoader(TestNeo4j.driver()).load(java.nio.file.Path.of("src/test/resources/datasets/small"),
				new GraphLoader.Options(false, false));
		var folder = temp.resolve("jar-export");

		assertThat(LoaderCommand.command(new String[] { "export", folder.toString(), "--id", "nanchang-backup" },
				TestNeo4j.driver(), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8))).isEqualTo(LoaderCommand.OK);

		assertThat(java.nio.file.Files.readString(folder.resolve("dataset.yaml"))).contains("id: nanchang-backup");
		assertThat(java.nio.file.Files.readString(folder.resolve("enterprises.csv"))).contains("test-a,示例·甲铜业有限公司");
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("as data set nanchang-backup");
	}

	@Test
	void aValidDataSetExitsZeroAndPrintsTheSummary() {
		assertThat(run(TestNeo4j.driver(), "src/test/resources/datasets/small", "--dry-run")).isEqualTo(LoaderCommand.OK);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Dry run").contains("Enterprise");
	}

	@Test
	void invalidInputExitsOneAndSaysWhatIsWrong() {
		assertThat(run(TestNeo4j.driver(), "src/test/resources/no-such-folder")).isEqualTo(LoaderCommand.INVALID_INPUT);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("文件夹不存在");
	}

	@Test
	void aWrongCommandLineExitsTwo() {
		assertThat(run(TestNeo4j.driver(), "--bogus")).isEqualTo(LoaderCommand.USAGE);
		assertThat(run(TestNeo4j.driver(), "--format", "xml", "x")).isEqualTo(LoaderCommand.USAGE);
		assertThat(run(TestNeo4j.driver(), "--format", "chainkg")).isEqualTo(LoaderCommand.USAGE);
		assertThat(run(TestNeo4j.driver(), "a", "b")).isEqualTo(LoaderCommand.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("usage: load");
		assertThat(run(TestNeo4j.driver(), "--format", "chainkg", "src/test/resources/chainkg/quirks", "--prune"))
			.as("an import only adds and updates: --prune would do nothing").isEqualTo(LoaderCommand.USAGE);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("--prune 仅适用于 chaingraph 格式");
	}

	/**
	 * Two loads at once giving two firms one credit code: the later commit meets the constraint, after its own checks
	 * passed. Neo4j's refusal, the real one, read as what happened, without its node number.
	 */
	@Test
	void aKeyAnotherLoadWroteMeanwhileIsSaidSo() {
		new SchemaMigrator(TestNeo4j.driver()).migrate(); // the unique credit codes
		var refusal = catchThrowableOfType(org.neo4j.driver.exceptions.Neo4jException.class, () -> {
			try (var session = TestNeo4j.driver().session()) {
				session.executeWrite(tx -> tx.run("CREATE (:Enterprise {id: 'race-a', creditCode: '91360000RACE00001X'}), "
						+ "(:Enterprise {id: 'race-b', creditCode: '91360000RACE00001X'})").consume());
			}
		});
		assertThat(refusal).as("the graph's unique credit codes").isNotNull();
		assertThat(LoaderCommand.refused(refusal)).startsWith("Another load or change gave creditCode '91360000RACE00001X' "
				+ "to another Enterprise while this load ran").contains("Nothing of it was written", "本次导入未写入任何数据")
			.doesNotContain("Node(");
		assertThat(LoaderCommand.refused(new org.neo4j.driver.exceptions.ClientException("Neo.ClientError.Security.Forbidden",
				"Writes are not allowed"))).isEqualTo("Neo4j refused the load (数据库拒绝写入): Writes are not allowed\nNothing was written.");
	}

	/**
	 * Neo4j failing in its own commit, as on a full disk ("Could not apply the transaction … to the store after written
	 * to log"): the load was in the graph once Neo4j ran again, where "Nothing was written" had been said. Neo4j's
	 * refusals, and any failure before the commit, still say that nothing was written.
	 */
	@Test
	void aFailureOfNeo4jDuringTheCommitDoesNotSayNothingWasWritten() {
		var failed = new org.neo4j.driver.exceptions.DatabaseException("Neo.DatabaseError.Transaction.TransactionCommitFailed",
				"Could not apply the transaction: Transaction #122 to the store after written to log.");
		assertThat(LoaderCommand.refused(failed, Progress.Stage.COMMITTING))
			.startsWith("Neo4j failed while it committed the load (提交时数据库出错): Could not apply the transaction")
			.contains("the graph holds all of it or none of it", "run the same command again")
			.doesNotContain("Nothing was written");
		assertThat(LoaderCommand.refused(failed, Progress.Stage.WRITING)).endsWith("Nothing was written.");
		var constraint = new org.neo4j.driver.exceptions.ClientException(
				"Neo.ClientError.Schema.ConstraintValidationFailed", "Node(1) already exists with label `Enterprise` and"
						+ " property `creditCode` = '91360000RACE00001X'");
		assertThat(LoaderCommand.refused(constraint, Progress.Stage.COMMITTING)).as("refused at the commit: rolled back")
			.contains("Nothing of it was written");
	}

	/**
	 * Neo4j's memory limit for one transaction, reached at the commit of a 100,000-firm data set just under the bulk
	 * load's threshold: rolled back, so said to have written nothing, with what to do (--bulk, more memory), not a
	 * full disk to look for.
	 */
	@Test
	void aLoadTooBigForOneTransactionSaysNothingWasWrittenAndWhatToDo() {
		var tooBig = new org.neo4j.driver.exceptions.TransientException("Neo.TransientError.General.MemoryPoolOutOfMemoryError",
				"The allocation of an extra 2.0 MiB would use more than the limit 1.4 GiB. Currently using 1.4 GiB."
						+ " dbms.memory.transaction.total.max threshold reached");
		for (var stage : java.util.List.of(Progress.Stage.WRITING, Progress.Stage.COMMITTING)) {
			assertThat(LoaderCommand.refused(tooBig, stage)).as(stage.toString())
				.startsWith("Neo4j refused the load: it is too big for one transaction")
				.contains("Nothing of it was written", "--bulk", "CHAINGRAPH_JAVA_OPTS=-Xmx4g", "dbms.memory.transaction.total.max")
				.doesNotContain("full disk", "holds all of it or none of it");
		}
		// A Neo4j server with a limit per transaction (dbms.memory.transaction.max) answers with another code.
		var overItsOwnLimit = new org.neo4j.driver.exceptions.TransientException(
				"Neo.TransientError.General.TransactionMemoryLimit",
				"The allocation of an extra 2.0 MiB would use more than the limit 512.0 MiB. Currently using 511.0 MiB.");
		assertThat(LoaderCommand.refused(overItsOwnLimit, Progress.Stage.WRITING))
			.startsWith("Neo4j refused the load: it is too big for one transaction")
			.contains("Nothing of it was written", "dbms.memory.transaction.max");
	}

	@Test
	void theHelpSaysWhereTheBulkLoadIs() {
		assertThat(run(TestNeo4j.driver(), "--help")).isEqualTo(LoaderCommand.OK);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("usage: load", "--dry-run", "--bulk",
				"./chaingraph load DIR --bulk");
	}

	@Test
	void anUnreachableNeo4jExitsThreeAndWritesNothing() {
		try (var nowhere = GraphDatabase.driver("bolt://localhost:1", AuthTokens.none(), LoaderCommand.QUIET)) {
			assertThat(run(nowhere, "src/test/resources/datasets/small")).isEqualTo(LoaderCommand.DATABASE);
		}
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("无法连接 Neo4j").contains("Nothing was written");
	}

	/**
	 * A graph a newer ChainGraph migrated (V9999): both formats exit three, say why in both languages and write
	 * nothing; so does a graph whose applied migration file changed, where it was a stack trace.
	 */
	@Test
	void aGraphThisLoaderCannotWriteToExitsThreeAndWritesNothing() {
		new SchemaMigrator(TestNeo4j.driver()).migrate(); // this one's migrations first: a newer one applied them too
		try (var session = TestNeo4j.driver().session()) {
			session.run("MERGE (m:SchemaMigration {version: 9999}) SET m.description = 'A newer migration'").consume();
		}
		try {
			var before = GraphFingerprint.of(TestNeo4j.driver());
			assertThat(run(TestNeo4j.driver(), "src/test/resources/datasets/small")).isEqualTo(LoaderCommand.DATABASE);
			assertThat(run(TestNeo4j.driver(), "--format", "chainkg", "src/test/resources/chainkg/quirks"))
				.isEqualTo(LoaderCommand.DATABASE);
			assertThat(GraphFingerprint.of(TestNeo4j.driver())).isEqualTo(before);
			assertThat(this.err.toString(StandardCharsets.UTF_8).split("V9999 A newer migration", -1)).hasSize(3);
			assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("本服务只支持到 " + SchemaLevelGuard.standard().knownLevel(), "Nothing was written");
		}
		finally {
			try (var session = TestNeo4j.driver().session()) {
				session.run("MATCH (m:SchemaMigration {version: 9999}) DELETE m").consume();
			}
		}
		this.err.reset();
		try (var session = TestNeo4j.driver().session()) {
			session.run("MATCH (m:SchemaMigration {version: 1}) SET m.checksum = 'tampered'").consume();
		}
		try {
			assertThat(run(TestNeo4j.driver(), "src/test/resources/datasets/small")).isEqualTo(LoaderCommand.DATABASE);
			assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("数据库结构迁移失败", "V0001__Create_constraints",
					"数据集未导入").doesNotContain("\tat ");
		}
		finally {
			var original = new SchemaMigrator(TestNeo4j.driver()).migrations().getFirst().checksum();
			try (var session = TestNeo4j.driver().session()) {
				session.run("MATCH (m:SchemaMigration {version: 1}) SET m.checksum = $c", java.util.Map.of("c", original))
					.consume();
			}
		}
	}

	@Test
	void theChainKnowledgeGraphFormatIsSelectedByFormat() {
		assertThat(run(TestNeo4j.driver(), "--format", "chainkg", "src/test/resources/chainkg/quirks", "--dry-run"))
			.isEqualTo(LoaderCommand.OK);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("Product");
	}

	/** What a stopped load says at each stage (the stop itself: LoadStoppedTest, in a process of its own). */
	@Test
	void aStoppedLoadSaysWhatTheGraphHolds() {
		var progress = Progress.silent();
		assertThat(LoaderCommand.stopNotice(progress, true)).contains("A dry run writes nothing");
		assertThat(LoaderCommand.stopNotice(progress, false)).contains("nothing of it was written");
		progress.writing();
		assertThat(LoaderCommand.stopNotice(progress, false)).contains("nothing of it was written", "图谱未改变");
		progress.committing();
		assertThat(LoaderCommand.stopNotice(progress, false)).startsWith("Stopped while Neo4j committed the load")
			.contains("all of it or none of it");
		assertThat(LoaderCommand.stopNotice(null, false)).startsWith("Stopped before the import finished")
			.contains("all of it or none of it");
		progress.finish();
		assertThat(LoaderCommand.stopNotice(progress, false)).as("finished: the summary says it").isNull();
	}

}

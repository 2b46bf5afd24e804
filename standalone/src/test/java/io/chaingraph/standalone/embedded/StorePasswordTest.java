package io.chaingraph.standalone.embedded;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import io.chaingraph.api.system.StartProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.SecurityException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** The store's password on stores that had none: made by an older ChainGraph (no authentication), or a file lost. */
class StorePasswordTest {

	@TempDir
	Path home;

	@Test
	void aStoreOfAnOlderVersionGetsAPasswordAndKeepsItsGraph() throws Exception {
		// As an older ChainGraph left it: authentication off, neo4j with Neo4j's default password, no password file.
		var old = new DatabaseManagementServiceBuilder(this.home)
			.setConfig(org.neo4j.configuration.connectors.BoltConnector.enabled, false)
			.setConfig(org.neo4j.configuration.connectors.HttpConnector.enabled, false)
			.build();
		old.database("neo4j").executeTransactionally("CREATE (:Enterprise {id: 'kept'})");
		old.shutdown();
		assertThat(StorePassword.file(this.home)).doesNotExist();

		String first;
		try (var server = EmbeddedNeo4j.start(this.home, "localhost:0", "32m")) {
			first = server.password();
			assertThat(StorePassword.read(this.home)).contains(first);
			assertThat(Files.getPosixFilePermissions(StorePassword.file(this.home)))
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
			assertThat(first).hasSize(20).doesNotContainAnyWhitespaces().matches("[a-zA-Z2-9]+").doesNotContain("0", "O",
					"1", "l", "I");
			assertThat(kept(server, server.authToken())).isEqualTo(1);
			assertThat(refused(server, AuthTokens.none())).isTrue();
			assertThat(refused(server, AuthTokens.basic("neo4j", "neo4j"))).as("Neo4j's default password").isTrue();
			assertThat(this.home.resolve("data/dbms/auth.ini")).as("read at the start, then removed").doesNotExist();
		}

		// The file lost (or replaced): the next start makes a new one and gives it to neo4j; the graph stays.
		StorePassword.file(this.home).toFile().delete();
		try (var server = EmbeddedNeo4j.start(this.home, "localhost:0", "32m")) {
			assertThat(server.password()).isNotEqualTo(first);
			assertThat(kept(server, server.authToken())).isEqualTo(1);
			assertThat(refused(server, AuthTokens.basic("neo4j", first))).as("the old password").isTrue();
		}

		// CHAINGRAPH_EMBEDDED_PASSWORD: given to neo4j and kept in the file for the commands that come after.
		try (var server = EmbeddedNeo4j.start(this.home, "localhost:0", "32m", "chosen-by-the-office")) {
			assertThat(kept(server, AuthTokens.basic("neo4j", "chosen-by-the-office"))).isEqualTo(1);
			assertThat(StorePassword.read(this.home)).contains("chosen-by-the-office");
		}
		assertThatThrownBy(() -> EmbeddedNeo4j.start(this.home, "localhost:0", "32m", "short"))
			.isInstanceOf(StartProblem.class)
			.hasMessageContaining("CHAINGRAPH_EMBEDDED_PASSWORD has 5 characters")
			.hasMessageContaining("(密码至少 8 个字符)");
	}

	@Test
	void generatedPasswordsDiffer() {
		assertThat(StorePassword.generate()).isNotEqualTo(StorePassword.generate());
	}

	private static long kept(EmbeddedNeo4j server, AuthToken auth) {
		try (var driver = GraphDatabase.driver(server.boltUri(), auth); var session = driver.session()) {
			return session.run("MATCH (e:Enterprise {id: 'kept'}) RETURN count(e) AS n").single().get("n").asLong();
		}
	}

	private static boolean refused(EmbeddedNeo4j server, AuthToken auth) {
		try (var driver = GraphDatabase.driver(server.boltUri(), auth)) {
			return catchThrowable(driver::verifyConnectivity) instanceof SecurityException;
		}
	}

}

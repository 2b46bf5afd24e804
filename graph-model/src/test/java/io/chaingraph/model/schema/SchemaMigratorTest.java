package io.chaingraph.model.schema;

import java.util.ArrayList;
import java.util.List;

import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.model.order.NameOrder;
import io.chaingraph.testsupport.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaMigratorTest {

	@BeforeAll
	static void migrate() {
		new SchemaMigrator(TestNeo4j.driver()).migrate();
	}

	@Test
	void appliesEveryMigrationOnceAndRecordsIt() {
		var migrator = new SchemaMigrator(TestNeo4j.driver());
		int files = migrator.migrations().size();
		assertThat(files).isGreaterThanOrEqualTo(3);

		int level = migrator.migrate();

		assertThat(level).isEqualTo(migrator.migrations().getLast().version());
		assertThat(migrator.level()).isEqualTo(level);
		try (var session = TestNeo4j.driver().session()) {
			assertThat(session.run("MATCH (m:SchemaMigration) RETURN count(m) AS n").single().get("n").asInt())
				.isEqualTo(files);
		}
	}

	@Test
	void appliedTogetherTheMigrationsGiveTheSameSchema() {
		try (var fresh = TestNeo4j.startSeparate();
				var driver = org.neo4j.driver.GraphDatabase.driver(fresh.boltURI(), org.neo4j.driver.AuthTokens.none())) {
			var migrator = new SchemaMigrator(driver);

			int level = migrator.migrateTogether();

			assertThat(level).isEqualTo(migrator.migrations().getLast().version());
			assertThat(migrator.level()).isEqualTo(level);
			assertThat(migrator.migrateTogether()).as("nothing left to apply").isEqualTo(level);
			assertThat(schema(driver)).isEqualTo(schema(TestNeo4j.driver()));
		}
	}

	@Test
	void anIndexALaterMigrationDropsIsNeverBuiltWhenAppliedTogether() {
		var net = SchemaMigrator.netSchemaChange(java.util.List.of(
				"CREATE INDEX a_name IF NOT EXISTS FOR (a:A) ON (a.name)",
				"CREATE TEXT INDEX b_name IF NOT EXISTS FOR (b:B) ON (b.name)",
				"// an index from before\nDROP INDEX old_one IF EXISTS",
				"DROP INDEX a_name IF EXISTS"));
		assertThat(net).containsExactly("// an index from before\nDROP INDEX old_one IF EXISTS",
				"CREATE TEXT INDEX b_name IF NOT EXISTS FOR (b:B) ON (b.name)");
		assertThat(SchemaMigrator.netSchemaChange(java.util.List.of("MATCH (n) SET n.x = 1")))
			.as("anything else goes one by one").isNull();
	}

	@Test
	void aNewStoreNeverBuildsTheTextIndexOnFirmNames() {
		// V0005 created it, V0008 drops it (the one-character search reads the full-text index instead).
		var all = new SchemaMigrator(TestNeo4j.driver()).migrations()
			.stream()
			.flatMap(m -> m.statements().stream())
			.toList();
		assertThat(SchemaMigrator.netSchemaChange(all)).noneMatch(s -> s.contains("enterprise_name_text"));
		assertThat(indexNames(TestNeo4j.driver())).doesNotContain("enterprise_name_text", "enterprise_name")
			.contains("name_search", "chain_name_text", "segment_name_text", "product_name_text", "region_name_text",
					"cluster_name_text");
	}

	@Test
	void aStoreAtV0007LosesTheTextIndexOnFirmNames() {
		try (var old = TestNeo4j.startSeparate();
				var driver = org.neo4j.driver.GraphDatabase.driver(old.boltURI(), org.neo4j.driver.AuthTokens.none())) {
			var upToV0007 = new SchemaMigrator(driver, new CypherCatalog(catalogUpTo(7)), java.util.List.of(), null);
			assertThat(upToV0007.migrate()).isEqualTo(7);
			assertThat(indexNames(driver)).contains("enterprise_name_text");

			var migrator = new SchemaMigrator(driver);
			assertThat(migrator.migrateTogether()).isEqualTo(migrator.migrations().getLast().version());
			assertThat(indexNames(driver)).doesNotContain("enterprise_name_text").contains("region_name_text");
		}
	}

	/** The class path with the catalog's migrations up to this version only. */
	private static ClassLoader catalogUpTo(int version) {
		return new ClassLoader(SchemaMigratorTest.class.getClassLoader()) {
			@Override
			public java.io.InputStream getResourceAsStream(String name) {
				if (!name.equals("cypher/INDEX")) {
					return super.getResourceAsStream(name);
				}
				var kept = CypherCatalog.standard()
					.files()
					.stream()
					.filter(f -> !f.startsWith("migrations/")
							|| Migration.parse(f, CypherCatalog.standard().file(f)).version() <= version)
					.collect(java.util.stream.Collectors.joining("\n"));
				return new java.io.ByteArrayInputStream(kept.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			}
		};
	}

	private static java.util.List<String> indexNames(org.neo4j.driver.Driver driver) {
		try (var session = driver.session()) {
			return session.run("SHOW INDEXES YIELD name RETURN collect(name) AS names")
				.single()
				.get("names")
				.asList(org.neo4j.driver.Value::asString);
		}
	}

	@Test
	void aFirmIsFoundByItsExactNameThroughTheFullTextIndex() {
		// What the README tells analysts to run instead of MATCH (e:Enterprise {name: '…'}), a scan of every firm.
		var lookup = "CALL db.index.fulltext.queryNodes('name_search', $phrase) YIELD node WHERE node.name = $name "
				+ "RETURN node.id AS id";
		var name = "江西铜业集团有限公司";
		var parameters = java.util.Map.<String, Object>of("phrase", "name:\"" + name + "\"", "name", name);
		try (var session = TestNeo4j.driver().session()) {
			session.run("CREATE (:Enterprise {id: 'by-name-1', name: $name}), (:Enterprise {id: 'by-name-2', name: $name + '南昌分公司'})",
					java.util.Map.of("name", name)).consume();
			try {
				assertThat(session.run(lookup, parameters).list(r -> r.get("id").asString())).containsExactly("by-name-1");
				var plan = describe(session.run("EXPLAIN " + lookup, parameters).consume().plan());
				assertThat(plan).contains("ProcedureCall").doesNotContain("NodeByLabelScan").doesNotContain("AllNodesScan");
			}
			finally {
				session.run("MATCH (e:Enterprise) WHERE e.id IN ['by-name-1', 'by-name-2'] DELETE e").consume();
			}
		}
	}

	/** Every operator of a plan with its details, one per line. */
	private static String describe(org.neo4j.driver.summary.Plan plan) {
		var out = new StringBuilder(plan.operatorType()).append(' ').append(plan.arguments().get("Details")).append('\n');
		plan.children().forEach(child -> out.append(describe(child)));
		return out.toString();
	}

	private static java.util.List<String> schema(org.neo4j.driver.Driver driver) {
		try (var session = driver.session()) {
			session.run("CALL db.awaitIndexes(60)").consume();
			return session.run("SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint "
					+ "RETURN name + ' ' + type + ' ' + reduce(s = '', l IN coalesce(labelsOrTypes, []) | s + l + ',') + ' ' "
					+ "+ reduce(s = '', p IN coalesce(properties, []) | s + p + ',') + ' ' + coalesce(owningConstraint, '-') "
					+ "AS index ORDER BY index")
				.list(r -> r.get("index").asString());
		}
	}

	/** V0009 gives every firm of an older store its name order key, page by page, and keeps keys already there. */
	@Test
	void aStoreLoadedBeforeV0009GetsANameKeyForEveryFirm() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					UNWIND range(1, 25000) AS i
					CREATE (:Enterprise {id: 'v9-' + right('0000' + i, 5), name: ['中国', '阿里', 'ABC'][i % 3] + i})
					""").consume();
			session.run("CREATE (:Enterprise {id: 'v9-kept', name: '安徽', nameKey: 'kept'})").consume();
			session.run("MATCH (m:SchemaMigration {version: 9}) DELETE m").consume();
		}
		try {
			new SchemaMigrator(TestNeo4j.driver()).migrate();

			try (var session = TestNeo4j.driver().session()) {
				var firms = session.run("MATCH (e:Enterprise) WHERE e.id STARTS WITH 'v9-' RETURN e.id AS id, e.name AS name,"
						+ " e.nameKey AS nameKey").list();
				assertThat(firms).hasSize(25001).allSatisfy(firm -> assertThat(firm.get("nameKey").asString())
					.isEqualTo(firm.get("id").asString().equals("v9-kept") ? "kept"
							: NameOrder.key(firm.get("name").asString())));
				assertThat(session.run("MATCH (m:SchemaMigration {version: 9}) RETURN m.path AS path").single()
					.get("path").asString()).isEqualTo("java:NameKeysMigration");
			}
		}
		finally {
			try (var session = TestNeo4j.driver().session()) {
				session.run("MATCH (e:Enterprise) WHERE e.id STARTS WITH 'v9-' DELETE e").consume();
			}
		}
	}

	/**
	 * V0013 gives back the region an older --prune deleted from a firm the curation API still listed (as a8db8b3 left
	 * a tagged 链主 of 赣州 after its data set dropped it): the region of the firm's last audit snapshot that names one,
	 * with the firm's provenance, and the stored counts of its chain; a firm without such a record stays as it is.
	 */
	@Test
	void aFirmAnOlderPruneLeftWithoutARegionGetsItBackFromItsAuditTrail() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("""
					CREATE (old:Region {code: 'V13OLD', name: '旧地区', level: 'CITY'}),
					       (r:Region {code: 'V13GZ', name: '赣州测试区', level: 'CITY'}),
					       (c:Chain {id: 'v13-chain', name: '测试链'}),
					       (s:Segment {id: 'v13-chain/lithium', name: '锂盐'})-[:IN_CHAIN]->(c),
					       (a:Enterprise {id: 'v13-tagged', name: '赣州某锂电材料有限公司', source: 'file:名单.xlsx',
					                      illustrative: false, datasets: ['curation:api']}),
					       (a)-[:OPERATES_IN {source: 'file:核查.pdf', datasets: ['curation:api']}]->(s),
					       (:Enterprise {id: 'v13-unrecorded', name: '某无记录企业', source: 'file:名单.xlsx',
					                     datasets: ['other']}),
					       (placed:Enterprise {id: 'v13-placed', name: '某已定位企业', datasets: ['curation:api']})-[:LOCATED_IN]->(old),
					       (:Enterprise {id: 'v13-chainkg', name: '某上市公司', source: 'chainkg:company.json:12'}),
					       (:AuditEntry {id: 'v13-1', at: datetime('2026-11-20T08:00:00Z'), mutation: 'upsertEnterprise',
					                     entityType: 'Enterprise', entityKey: 'v13-tagged',
					                     after: '{"id":"v13-tagged","regionCode":"V13OLD","tags":[]}'}),
					       (:AuditEntry {id: 'v13-2', at: datetime('2026-11-21T08:00:00Z'), mutation: 'tagEnterprise',
					                     entityType: 'Enterprise', entityKey: 'v13-tagged',
					                     after: '{"id":"v13-tagged","regionCode":"V13GZ","tags":["专精特新"]}'}),
					       (:AuditEntry {id: 'v13-3', at: datetime('2026-11-22T08:00:00Z'), mutation: 'load',
					                     entityType: 'Enterprise', entityKey: 'v13-tagged', after: '{"tags":["规上"]}'}),
					       (:AuditEntry {id: 'v13-4', at: datetime('2026-11-23T08:00:00Z'), mutation: 'upsertEnterprise',
					                     entityType: 'Enterprise', entityKey: 'v13-placed',
					                     after: '{"id":"v13-placed","regionCode":"V13GZ"}'})
					""").consume();
			session.run("MATCH (m:SchemaMigration {version: 13}) DELETE m").consume();
		}
		try {
			new SchemaMigrator(TestNeo4j.driver()).migrate();

			try (var session = TestNeo4j.driver().session()) {
				var regions = session.run("""
						MATCH (e:Enterprise) WHERE e.id STARTS WITH 'v13-'
						OPTIONAL MATCH (e)-[l:LOCATED_IN]->(r:Region)
						RETURN e.id AS id, r.code AS region, l.source AS source, coalesce(l.datasets, []) AS datasets ORDER BY id
						""").list(r -> r.get("id").asString() + " " + r.get("region").asString(null) + " "
								+ r.get("source").asString(null) + " " + r.get("datasets").asList());
				assertThat(regions).containsExactly("v13-chainkg null null []", "v13-placed V13OLD null []",
						"v13-tagged V13GZ file:名单.xlsx [curation:api]", "v13-unrecorded null null []");
				assertThat(session.run(CypherCatalog.standard()
					.query("enterprise/regions-given-back")).list(r -> r.get("key").asString()))
					.as("left to be placed by hand, and named in the log: not a firm only the ChainKnowledgeGraph import"
							+ " states, which never had a region (4,654 of them in a full import)")
					.filteredOn(k -> k.startsWith("v13-")).containsExactly("v13-unrecorded");
				assertThat(session.run("""
						MATCH (s:Segment {id: 'v13-chain/lithium'})-[k:FIRM_COUNT]->(:Region {code: 'V13GZ'})
						RETURN k.firms AS firms, k.firstFirms AS first
						""").single().asMap()).containsEntry("firms", 1L).containsEntry("first", List.of("v13-tagged"));
				assertThat(session.run("MATCH (m:SchemaMigration {version: 13}) RETURN m.path AS path").single()
					.get("path").asString()).isEqualTo("java:FirmRegionsMigration");
			}
		}
		finally {
			try (var session = TestNeo4j.driver().session()) {
				session.run("""
						MATCH (n) WHERE n.id STARTS WITH 'v13-' OR n.code STARTS WITH 'V13' DETACH DELETE n
						""").consume();
			}
		}
	}

	/**
	 * V0011 rewrites the keys of the JDK's collation that firms stored before it carry (重庆 under z, 亳州 after z),
	 * every page of them, and the stored counts' first firms, which are in name order.
	 */
	@Test
	void aStoreKeyedBeforeV0011GetsICUsKeysAndItsFirstFirmsAgain() {
		var jdk = java.text.Collator.getInstance(java.util.Locale.SIMPLIFIED_CHINESE);
		jdk.setStrength(java.text.Collator.PRIMARY);
		var names = java.util.List.of("长城汽车", "亳州药业", "中国铜业", "常州星宇", "厦门钨业", "西部超导", "阿里巴巴");
		try (var session = TestNeo4j.driver().session()) {
			// more firms than a page, with the keys an older ChainGraph wrote (the JDK's collation keys, as hex)
			var rows = new ArrayList<java.util.Map<String, Object>>();
			for (int i = 0; i < 10_500; i++) {
				var name = names.get(i % names.size()) + i;
				rows.add(java.util.Map.of("id", "v11-" + String.format("%05d", i), "name", name, "nameKey",
						java.util.HexFormat.of().formatHex(jdk.getCollationKey(name).toByteArray())));
			}
			session.run("UNWIND $rows AS row CREATE (e:Enterprise) SET e = row", java.util.Map.of("rows", rows)).consume();
			session.run("""
					CREATE (c:Chain {id: 'v11-chain'})<-[:IN_CHAIN]-(s:Segment {id: 'v11-segment'}),
					  (r:Region {code: 'v11-region'})
					WITH s, r
					MATCH (e:Enterprise) WHERE e.id IN ['v11-00000', 'v11-00001', 'v11-00002', 'v11-00003', 'v11-00004',
					  'v11-00005', 'v11-00006']
					CREATE (e)-[:OPERATES_IN]->(s), (e)-[:LOCATED_IN]->(r)
					""").consume();
			session.run("MATCH (m:SchemaMigration {version: 11}) DELETE m").consume();
		}
		try {
			new SchemaMigrator(TestNeo4j.driver()).migrate();

			try (var session = TestNeo4j.driver().session()) {
				var firms = session.run("MATCH (e:Enterprise) WHERE e.id STARTS WITH 'v11-' RETURN e.name AS name,"
						+ " e.nameKey AS nameKey").list();
				assertThat(firms).hasSize(10_500).allSatisfy(firm -> assertThat(firm.get("nameKey").asString())
					.isEqualTo(NameOrder.key(firm.get("name").asString())));
				var first = session.run("""
						MATCH (:Segment {id: 'v11-segment'})-[k:FIRM_COUNT]->(:Region {code: 'v11-region'})
						UNWIND k.firstFirms AS id
						MATCH (e:Enterprise {id: id})
						RETURN collect(e.name) AS names""").single().get("names").asList(org.neo4j.driver.Value::asString);
				assertThat(first).containsExactly("阿里巴巴6", "亳州药业1", "长城汽车0", "常州星宇3", "西部超导5");
				assertThat(session.run("MATCH (m:SchemaMigration {version: 11}) RETURN m.path AS path").single()
					.get("path").asString()).isEqualTo("java:NameKeysMigration");
			}
		}
		finally {
			try (var session = TestNeo4j.driver().session()) {
				session.run("MATCH (e:Enterprise) WHERE e.id STARTS WITH 'v11-' DETACH DELETE e").consume();
				session.run("MATCH (n:Chain|Segment|Region) WHERE n.id = 'v11-chain' OR n.id = 'v11-segment'"
						+ " OR n.code = 'v11-region' DETACH DELETE n").consume();
			}
		}
	}

	/**
	 * V0011 runs again when the name order it keyed by changes (a new ICU, a new reading): keys written by the old
	 * order are rewritten, and the record then holds the new revision. A file's change is still refused.
	 */
	@Test
	void aChangedNameOrderRunsV0011Again() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("CREATE (:Enterprise {id: 'rev-1', name: '中国银行', nameKey: 'stale'})").consume();
			session.run("MATCH (m:SchemaMigration {version: 11}) SET m.checksum = 'java:NameKeysMigration@icu-old'")
				.consume();
		}
		try {
			new SchemaMigrator(TestNeo4j.driver()).migrate();

			try (var session = TestNeo4j.driver().session()) {
				assertThat(session.run("MATCH (e:Enterprise {id: 'rev-1'}) RETURN e.nameKey AS key").single().get("key")
					.asString()).isEqualTo(NameOrder.key("中国银行"));
				assertThat(session.run("MATCH (m:SchemaMigration {version: 11}) RETURN m.checksum AS checksum").single()
					.get("checksum").asString()).isEqualTo("java:NameKeysMigration@" + NameOrder.revision())
					.contains("icu-", "-readings-");
			}
		}
		finally {
			try (var session = TestNeo4j.driver().session()) {
				session.run("MATCH (e:Enterprise {id: 'rev-1'}) DELETE e").consume();
			}
		}
	}

	/**
	 * Instances that start together take turns: a migration pending for three of them at once runs once, the others
	 * wait for it and find it applied; and while one holds the lock, another's migrate() waits.
	 */
	@Test
	void instancesStartingTogetherApplyAMigrationOnce() throws Exception {
		var runs = new java.util.concurrent.atomic.AtomicInteger();
		var slow = migration(99, "A slow test migration", () -> {
			runs.incrementAndGet();
			Thread.sleep(800); // long enough for every instance to have read what is applied
		});
		var executor = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			var start = new java.util.concurrent.CyclicBarrier(3);
			var levels = new ArrayList<java.util.concurrent.Future<Integer>>();
			for (int i = 0; i < 3; i++) {
				levels.add(executor.submit(() -> {
					start.await();
					return new SchemaMigrator(TestNeo4j.driver(), CypherCatalog.standard(), java.util.List.of(slow), null)
						.migrate();
				}));
			}
			for (var level : levels) {
				assertThat(level.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(99);
			}
			assertThat(runs).hasValue(1);

			// While the lock is held, a migration waits for it.
			try (var session = TestNeo4j.driver().session()) {
				session.run("MATCH (m:SchemaMigration {version: 99}) DELETE m").consume();
			}
			var held = MigrationLock.take(TestNeo4j.driver().session(), CypherCatalog.standard(), 0);
			var waiting = executor.submit(() -> new SchemaMigrator(TestNeo4j.driver(), CypherCatalog.standard(),
					java.util.List.of(slow), null).migrate());
			Thread.sleep(1_500);
			assertThat(waiting).as("waits while the lock is held").isNotDone();
			assertThat(runs).hasValue(1);
			held.close();
			assertThat(waiting.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(99);
			assertThat(runs).hasValue(2);
		}
		finally {
			executor.shutdownNow();
			try (var session = TestNeo4j.driver().session()) {
				session.run("MATCH (m:SchemaMigration {version: 99}) DELETE m").consume();
				session.run("MATCH (l:SchemaMigrationLock) DELETE l").consume(); // it announced level 99
			}
		}
	}

	/**
	 * A migration that meets a deadlock with another client (an index over labels a running replica's search reads:
	 * two replicas starting on an empty graph) is tried again, where the instance used to fail to start. The deadlock
	 * is a real one: another transaction holds probe 1 and waits for probe 2, which the migration's first attempt holds
	 * when it asks for probe 1.
	 */
	@Test
	void aMigrationCaughtInADeadlockIsTriedAgain() throws Exception {
		try (var session = TestNeo4j.driver().session()) {
			session.run("CREATE (:DeadlockProbe {n: 1}), (:DeadlockProbe {n: 2})").consume();
		}
		var attempts = new java.util.concurrent.atomic.AtomicInteger();
		var executor = java.util.concurrent.Executors.newSingleThreadExecutor();
		var otherSession = TestNeo4j.driver().session();
		var other = otherSession.beginTransaction(); // older than the migration's: Neo4j breaks the cycle at the younger
		try {
			other.run("MATCH (p:DeadlockProbe {n: 1}) SET p.by = 'other'").consume();
			var otherWaits = new java.util.concurrent.atomic.AtomicReference<java.util.concurrent.Future<?>>();
			var deadlocked = new JavaMigration() {
				@Override
				public int version() {
					return 98;
				}

				@Override
				public String description() {
					return "A test migration caught in a deadlock once";
				}

				@Override
				public void apply(org.neo4j.driver.Session session, CypherCatalog catalog) {
					if (attempts.incrementAndGet() > 1) {
						return;
					}
					try (var tx = session.beginTransaction()) {
						tx.run("MATCH (p:DeadlockProbe {n: 2}) SET p.by = 'migration'").consume();
						otherWaits.set(executor.submit(() -> other.run("MATCH (p:DeadlockProbe {n: 2}) SET p.by = 'other'").consume()));
						awaitBlocked();
						tx.run("MATCH (p:DeadlockProbe {n: 1}) SET p.by = 'migration'").consume();
						tx.commit();
					}
				}
			};

			int level = new SchemaMigrator(TestNeo4j.driver(), CypherCatalog.standard(), java.util.List.of(deadlocked), null)
				.migrate();

			assertThat(attempts).as("the first attempt met the deadlock, the second applied it").hasValue(2);
			assertThat(level).isEqualTo(98);
			otherWaits.get().get(30, java.util.concurrent.TimeUnit.SECONDS); // the other transaction went on
		}
		finally {
			executor.shutdownNow();
			other.close();
			otherSession.close();
			try (var session = TestNeo4j.driver().session()) {
				session.run("MATCH (p:DeadlockProbe) DELETE p").consume();
				session.run("MATCH (m:SchemaMigration {version: 98}) DELETE m").consume();
				session.run("MATCH (l:SchemaMigrationLock) DELETE l").consume(); // it announced level 98
			}
		}
	}

	/** Waits until a transaction of the test waits for a lock another holds. */
	private static void awaitBlocked() {
		long deadline = System.nanoTime() + 30_000_000_000L;
		try (var session = TestNeo4j.driver().session()) {
			while (session.run("SHOW TRANSACTIONS YIELD status WHERE status STARTS WITH 'Blocked' RETURN count(*) AS n")
				.single()
				.get("n")
				.asInt() == 0) {
				assertThat(System.nanoTime()).as("a transaction blocked on the probe").isLessThan(deadline);
				Thread.onSpinWait();
			}
		}
	}

	/**
	 * A graph a newer ChainGraph migrated (a rolling upgrade: V9999 is its migration): an older one applies nothing,
	 * not even V0011 again for a name order it sees changed (which would undo the newer one's keys), and its writes
	 * are refused, naming both levels.
	 */
	@Test
	void aGraphANewerChainGraphMigratedIsLeftAsItIsAndNotWritten() {
		var guard = SchemaLevelGuard.standard();
		try (var session = TestNeo4j.driver().session()) {
			session.executeWriteWithoutResult(guard::beforeWrite); // nothing newer yet: no refusal
			session.run("CREATE (:Enterprise {id: 'newer-1', name: '中国银行', nameKey: 'newer'})").consume();
			session.run("MATCH (m:SchemaMigration {version: 11}) SET m.checksum = 'java:NameKeysMigration@icu-newer'")
				.consume();
			session.run(CypherCatalog.standard().query("system/record-migration"), java.util.Map.of("version", 9999,
					"description", "Something a newer ChainGraph does", "checksum", "x", "path", "V9999__Newer.cypher"))
				.consume();
		}
		try {
			var migrator = new SchemaMigrator(TestNeo4j.driver());

			assertThat(migrator.migrate()).isEqualTo(9999);
			assertThat(migrator.knownLevel()).isEqualTo(guard.knownLevel()).isEqualTo(13);
			try (var session = TestNeo4j.driver().session()) {
				assertThat(session.run("MATCH (e:Enterprise {id: 'newer-1'}) RETURN e.nameKey AS key").single().get("key")
					.asString()).as("V0011 not run again").isEqualTo("newer");
				assertThat(session.run("MATCH (m:SchemaMigration {version: 11}) RETURN m.checksum AS c").single().get("c")
					.asString()).isEqualTo("java:NameKeysMigration@icu-newer");
				assertThatThrownBy(() -> session.executeWriteWithoutResult(guard::beforeWrite))
					.isInstanceOfSatisfying(NewerSchemaException.class, ex -> {
						assertThat(ex.graphLevel()).isEqualTo(9999);
						assertThat(ex.knownLevel()).isEqualTo(13);
					})
					.hasMessageContaining("schema level 9999 (V9999 Something a newer ChainGraph does)")
					.hasMessageContaining("knows up to level 13")
					.hasMessageContaining("本服务只支持到 13")
					.hasMessageContaining("未写入任何数据");
			}
		}
		finally {
			try (var session = TestNeo4j.driver().session()) {
				session.run("MATCH (m:SchemaMigration {version: 9999}) DELETE m").consume();
				session.run("MATCH (e:Enterprise {id: 'newer-1'}) DELETE e").consume();
				session.run("MATCH (m:SchemaMigration {version: 11}) SET m.checksum = $c", java.util.Map.of("c",
						Migration.of(NameKeysMigration.rekeyed()).checksum())).consume();
			}
		}
	}

	/**
	 * Writes stop when a newer ChainGraph begins migrating, not when it is done: it announces its level before it
	 * applies anything (V0011 on 1,000,000 firms takes over a minute, time enough for an old replica to write many
	 * firms with the old keys).
	 */
	@Test
	void writesStopWhileANewerChainGraphIsStillMigrating() throws Exception {
		var started = new java.util.concurrent.CountDownLatch(1);
		var release = new java.util.concurrent.CountDownLatch(1);
		var newer = migration(9998, "A newer ChainGraph's long migration", () -> {
			started.countDown();
			release.await(60, java.util.concurrent.TimeUnit.SECONDS);
		});
		var guard = SchemaLevelGuard.standard();
		var executor = java.util.concurrent.Executors.newSingleThreadExecutor();
		try {
			var migrating = executor.submit(() -> new SchemaMigrator(TestNeo4j.driver(), CypherCatalog.standard(),
					java.util.List.of(NameKeysMigration.missing(), NameKeysMigration.rekeyed(), newer), null).migrate());
			assertThat(started.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			try (var session = TestNeo4j.driver().session()) {
				assertThatThrownBy(() -> session.executeWriteWithoutResult(guard::beforeWrite))
					.as("while V9998 is applied")
					.isInstanceOf(NewerSchemaException.class)
					.hasMessageContaining("V9998 being applied (迁移中)");
			}
			release.countDown();
			assertThat(migrating.get(60, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(9998);
			try (var session = TestNeo4j.driver().session()) {
				assertThatThrownBy(() -> session.executeWriteWithoutResult(guard::beforeWrite)).as("once it is applied")
					.hasMessageContaining("V9998 A newer ChainGraph's long migration")
					.hasMessageNotContaining("迁移中");
			}
		}
		finally {
			release.countDown();
			executor.shutdownNow();
			try (var session = TestNeo4j.driver().session()) {
				session.run("MATCH (m:SchemaMigration {version: 9998}) DELETE m").consume();
				session.run("MATCH (l:SchemaMigrationLock) DELETE l").consume();
			}
		}
	}

	@Test
	void createsAUniqueConstraintForEveryBusinessKey() {
		try (var session = TestNeo4j.driver().session()) {
			var constrained = session
				.run("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' "
						+ "RETURN labelsOrTypes[0] + '.' + properties[0] AS key")
				.list(r -> r.get("key").asString());
			assertThat(constrained).contains("Chain.id", "Segment.id", "Product.name", "Industry.code",
					"Enterprise.id", "Enterprise.creditCode", "Region.code", "Cluster.id", "Designation.id",
					"PolicyDocument.id", "PolicyTarget.id");
		}
	}

	@Test
	void fullTextIndexUsesTheCjkAnalyzerAndFindsChineseNames() {
		try (var session = TestNeo4j.driver().session()) {
			var analyzer = session
				.run("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'name_search' "
						+ "RETURN options.indexConfig['fulltext.analyzer'] AS analyzer")
				.single()
				.get("analyzer")
				.asString();
			assertThat(analyzer).isEqualTo("cjk");
			session.run("CREATE (:Enterprise {id: 'fts-test', name: '江西铜业集团有限公司', aliases: ['江铜集团']})").consume();
			session.run("CALL db.awaitIndexes(60)").consume();
			try {
				var byName = session.run("CALL db.index.fulltext.queryNodes('name_search', '铜业') YIELD node "
						+ "RETURN node.id AS id").list(r -> r.get("id").asString());
				var byAlias = session.run("CALL db.index.fulltext.queryNodes('name_search', '江铜') YIELD node "
						+ "RETURN node.id AS id").list(r -> r.get("id").asString());
				assertThat(byName).contains("fts-test");
				assertThat(byAlias).contains("fts-test");
			}
			finally {
				session.run("MATCH (e:Enterprise {id: 'fts-test'}) DELETE e").consume();
			}
		}
	}

	@Test
	void refusesAMigrationChangedAfterItWasApplied() {
		try (var session = TestNeo4j.driver().session()) {
			session.run("MATCH (m:SchemaMigration {version: 1}) SET m.checksum = 'tampered'").consume();
		}
		try {
			assertThatThrownBy(() -> new SchemaMigrator(TestNeo4j.driver()).migrate())
				.isInstanceOf(MigrationException.class)
				.hasMessageContaining("V0001__Create_constraints.cypher")
				.hasMessageContaining("changed after it was applied");
		}
		finally {
			var original = new SchemaMigrator(TestNeo4j.driver()).migrations().getFirst().checksum();
			try (var session = TestNeo4j.driver().session()) {
				session.run("MATCH (m:SchemaMigration {version: 1}) SET m.checksum = $c",
						java.util.Map.of("c", original)).consume();
			}
		}
	}

	@Test
	void refusesTwoMigrationsWithOneVersionAndBadNames() {
		var migrations = new ArrayList<>(new SchemaMigrator(TestNeo4j.driver()).migrations());
		migrations.add(Migration.parse("migrations/V0001__Again.cypher", "RETURN 1;"));
		assertThatThrownBy(() -> SchemaMigrator.inOrder(migrations)).isInstanceOf(MigrationException.class)
			.hasMessageContaining("share version 1");
		assertThatThrownBy(() -> Migration.parse("migrations/create.cypher", "RETURN 1;"))
			.isInstanceOf(MigrationException.class)
			.hasMessageContaining("V<number>__<description>.cypher");
	}

	@Test
	void splitsStatementsAtLineEndingSemicolonsAndSkipsComments() {
		var statements = Migration.split("""
				// a comment; not a statement end
				CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);

				// only a comment
				CREATE INDEX b IF NOT EXISTS
				FOR (n:B) ON (n.y);
				""");
		assertThat(statements).hasSize(2);
		assertThat(statements.get(0)).endsWith("ON (n.x)");
		assertThat(statements.get(1)).contains("CREATE INDEX b").doesNotContain("INDEX a");
	}

	/** What a test migration does; it may wait, and is interrupted when the test ends. */
	private interface Work {

		void run() throws InterruptedException;

	}

	/** A code migration of the given version that does the given work (not reading the graph). */
	private static JavaMigration migration(int version, String description, Work work) {
		return new JavaMigration() {
			@Override
			public int version() {
				return version;
			}

			@Override
			public String description() {
				return description;
			}

			@Override
			public void apply(org.neo4j.driver.Session session, CypherCatalog catalog) {
				try {
					work.run();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		};
	}

}

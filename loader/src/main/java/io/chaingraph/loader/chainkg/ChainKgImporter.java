package io.chaingraph.loader.chainkg;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

import io.chaingraph.loader.CuratedRemovals;
import io.chaingraph.loader.chainkg.ChainKgReport.Written;
import io.chaingraph.loader.source.LoadException;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.model.schema.SchemaLevelGuard;
import io.chaingraph.model.schema.SchemaMigrator;
import org.neo4j.driver.Driver;

/**
 * Imports a folder of the public ChainKnowledgeGraph data set (产业链知识图谱: {@code company.json},
 * {@code industry.json}, {@code industry_industry.json}, {@code company_industry.json}, {@code product.json},
 * {@code company_product.json}, {@code product_product.json}) into the graph:
 * <pre>
 * (:Enterprise)-[:IN_INDUSTRY]->(:Industry)-[:SUB_INDUSTRY_OF]->(:Industry)
 * (:Enterprise)-[:MAKES {weight}]->(:Product)
 * (:Product)-[:SUPPLIES]->(:Product)          upstream to downstream
 * (:Product)-[:SUB_PRODUCT_OF]->(:Product)    sub-category to category
 * </pre>
 * Every node and relationship carries {@code source = chainkg:<file>:<line>} of the line that first stated it.
 * Everything is read and checked before the first write; the writes share one transaction, so a failed import leaves
 * the graph as it was; importing the same folder again changes nothing. A firm or product link a curator removed
 * through the API stays removed unless {@code restoreRemoved} is asked for (as with the data-set loader).
 */
public final class ChainKgImporter {

	private final Driver driver;

	private final CypherCatalog cypher = CypherCatalog.standard();

	/** Told each phase of a write as it begins, in the import's transaction: a test acts there. */
	private final Consumer<String> phases;

	public ChainKgImporter(Driver driver) {
		this(driver, phase -> {
		});
	}

	/** An import that tells {@code phases} each phase as it begins (a test's change made at a given point). */
	ChainKgImporter(Driver driver, Consumer<String> phases) {
		this.driver = driver;
		this.phases = phases;
	}

	/** Imports the folder, leaving out what curation removed through the API; see the three-argument form. */
	public ChainKgReport importDirectory(Path directory, boolean dryRun) {
		return importDirectory(directory, dryRun, false);
	}

	/**
	 * Imports the folder.
	 * @param directory the folder holding the seven files
	 * @param dryRun read and check only, write nothing (the report then counts what would be written)
	 * @param restoreRemoved write the firms and product links curation removed through the API too (by default they
	 * are left out, with the removed firms' links, and listed: {@link CuratedRemovals})
	 * @return what was read, written and met on the way
	 * @throws LoadException listing every problem with file and line when the input is not usable; nothing written
	 */
	public ChainKgReport importDirectory(Path directory, boolean dryRun, boolean restoreRemoved) {
		long started = System.nanoTime();
		var report = new ChainKgReport(directory);
		var data = new ChainKgReader(report).read(directory);
		if (dryRun) {
			ChainKgWriter.distinct(data).forEach(report::written);
			try (var session = this.driver.session()) {
				report.removals(CuratedRemovals.listedIn(ChainKgWriter.listed(data), session, this.cypher),
						restoreRemoved);
			}
		}
		else {
			new SchemaMigrator(this.driver).migrate();
			var writer = new ChainKgWriter();
			try (var session = this.driver.session()) {
				// One transaction for the whole import; the driver may run the function again on a transient
				// failure, which is why it starts from the data each time.
				var removals = session.executeWrite(tx -> {
					SchemaLevelGuard.standard().beforeWrite(tx);
					var listed = CuratedRemovals.listedIn(ChainKgWriter.listed(data), tx, this.cypher);
					this.phases.accept("writing");
					var written = writer.write(tx, data, restoreRemoved ? CuratedRemovals.none() : listed);
					// A curator's removal committed after the first read and before the import wrote its line: read
					// again, last, and what the import wrote back of it deleted (as the data-set loader does), with
					// restoreRemoved too, which restores only what the first read found. One committed after this waits
					// for the commit, on the firms the import wrote.
					this.phases.accept("removed while importing");
					listed = listed.takeBackSince(ChainKgWriter.listed(data), null, tx, this.cypher,
							type -> written.computeIfPresent(type, (t, w) -> new Written(w.distinct(), w.created() - 1,
									w.updated(), w.unchanged(), w.skipped() + 1)));
					written.forEach(report::written);
					return listed;
				});
				report.removals(removals, restoreRemoved);
			}
		}
		report.finish(Duration.ofNanos(System.nanoTime() - started), dryRun);
		return report;
	}

}

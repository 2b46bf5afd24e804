package io.chaingraph.loader.chainkg;

import java.nio.file.Path;
import java.time.Duration;

import io.chaingraph.loader.source.LoadException;
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
 * the graph as it was; importing the same folder again changes nothing.
 */
public final class ChainKgImporter {

	private final Driver driver;

	public ChainKgImporter(Driver driver) {
		this.driver = driver;
	}

	/**
	 * Imports the folder.
	 * @param directory the folder holding the seven files
	 * @param dryRun read and check only, write nothing (the report then counts what would be written)
	 * @return what was read, written and met on the way
	 * @throws LoadException listing every problem with file and line when the input is not usable; nothing written
	 */
	public ChainKgReport importDirectory(Path directory, boolean dryRun) {
		long started = System.nanoTime();
		var report = new ChainKgReport(directory);
		var data = new ChainKgReader(report).read(directory);
		if (dryRun) {
			ChainKgWriter.distinct(data).forEach(report::written);
		}
		else {
			new SchemaMigrator(this.driver).migrate();
			var writer = new ChainKgWriter();
			try (var session = this.driver.session()) {
				// One transaction for the whole import; the driver may run the function again on a transient
				// failure, which is why it starts from the data each time.
				session.executeWrite(tx -> writer.write(tx, data)).forEach(report::written);
			}
		}
		report.finish(Duration.ofNanos(System.nanoTime() - started), dryRun);
		return report;
	}

}

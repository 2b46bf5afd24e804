package io.chaingraph.loader;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bar counts the rows of the transaction that commits: a transaction Neo4j retries writes every row again, and
 * the bar said "416,972/413,629 rows ETA -2 s" of a load retried after its regions.
 */
class ProgressTest {

	@Test
	void aRetriedTransactionCountsItsRowsAgainFromTheFirst() {
		var bytes = new ByteArrayOutputStream();
		var progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
		progress.start(10);
		progress.writing();
		progress.advance(4);
		progress.writing(); // Neo4j retries the transaction
		progress.advance(10);
		progress.finish();
		var last = bytes.toString(StandardCharsets.UTF_8).lines().toList().getLast();
		assertThat(last).contains("100% 10/10 rows").doesNotContain("ETA -");
	}

	@Test
	void moreRowsThanCountedNeverPassAHundredPercent() {
		var bytes = new ByteArrayOutputStream();
		var progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
		progress.start(10);
		progress.writing();
		progress.advance(13);
		progress.finish();
		var last = bytes.toString(StandardCharsets.UTF_8).lines().toList().getLast();
		assertThat(last).contains("100% 13/13 rows").doesNotContain("ETA -");
	}

}

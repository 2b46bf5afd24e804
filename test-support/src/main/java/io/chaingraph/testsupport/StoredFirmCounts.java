package io.chaingraph.testsupport;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * The stored firm counts (FIRM_COUNT) against a fresh count: the result of {@code cypher/queries/firmcount/check}
 * (the caller passes its text: this module reads no catalog).
 *
 * @param pairs the (segment or chain, region) pairs stored or counted
 * @param storedFirms the sum of the stored counts
 * @param mismatchCount pairs stored twice, missing, or stored with another number
 * @param mismatches the first of them
 */
public record StoredFirmCounts(long pairs, long storedFirms, long mismatchCount, List<Map<String, Object>> mismatches) {

	public static StoredFirmCounts check(Driver driver, String checkQuery) {
		try (var session = driver.session()) {
			var r = session.run(checkQuery).single();
			return new StoredFirmCounts(r.get("pairs").asLong(), r.get("storedFirms").asLong(),
					r.get("mismatchCount").asLong(), r.get("mismatches").asList(v -> v.asMap()));
		}
	}

}

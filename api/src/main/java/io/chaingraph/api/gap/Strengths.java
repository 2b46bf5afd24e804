package io.chaingraph.api.gap;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;

/**
 * 长板 (strong segments), the other half of 补短板、锻长板: a COVERED row of the gap table whose 区位熵 (location
 * quotient) is at least a threshold, {@code strongFrom}. COVERED because a segment with one or two firms stays a
 * 短板 however much the region leans to it; by the quotient because a count alone favours big regions.
 */
public final class Strengths {

	/**
	 * The default threshold: the region's share of its chain's firms in the segment half as large again as the
	 * country's (Chinese regional studies commonly read 1.5 as a clear comparative advantage).
	 */
	public static final double DEFAULT_FROM = 1.5;

	/** The largest threshold accepted: quotients of small regions reach tens, none sensibly a hundred. */
	public static final double MAX_FROM = 100;

	private Strengths() {
	}

	/**
	 * @param given the threshold asked for, or null for the default
	 * @throws ApiException BAD_INPUT below 1 (a quotient under 1 leans away from the segment), LIMIT_EXCEEDED above the maximum
	 */
	public static double from(Double given) {
		double from = given == null ? DEFAULT_FROM : given;
		if (from > MAX_FROM) {
			throw ApiException.overLimit("maxStrongFrom", (int) MAX_FROM, from, "strongFrom is at most " + (int) MAX_FROM
					+ ", was " + given + " (长板阈值 strongFrom 最大为 " + (int) MAX_FROM + ")");
		}
		if (!(from >= 1)) {
			throw new ApiException(ErrorCode.BAD_INPUT, "strongFrom must be from 1 to " + (int) MAX_FROM + ", was " + given
					+ " (长板阈值 strongFrom 应在 1 到 " + (int) MAX_FROM + " 之间：区位熵低于 1 的环节不集聚)",
					Map.of("strongFrom", from));
		}
		return from;
	}

	/** Whether the row is a 长板, given its quotient (null: the region has no firm in the chain). */
	public static boolean strong(SegmentGap row, Double quotient) {
		return row.status() == GapStatus.COVERED && quotient != null && quotient >= row.strongFrom();
	}

	/** The 长板 among rows of one table with their quotients, as {@link #of(List, List)} orders them. */
	public static Map<SegmentGap, Double> of(List<SegmentGap> rows, Map<SegmentGap, Double> quotients) {
		var strong = new LinkedHashMap<SegmentGap, Double>();
		of(rows, rows.stream().map(quotients::get).toList()).forEach(row -> strong.put(row, quotients.get(row)));
		return strong;
	}

	/**
	 * The 长板 among rows of one table, highest quotient first, rows of equal quotient in the table's order.
	 * @param quotients each row's quotient, in the rows' order
	 */
	public static List<SegmentGap> of(List<SegmentGap> rows, List<Double> quotients) {
		var order = Comparator.<Integer>comparingDouble(i -> -quotients.get(i)).thenComparingInt(i -> i);
		return IntStream.range(0, rows.size())
			.filter(i -> strong(rows.get(i), quotients.get(i)))
			.boxed()
			.sorted(order)
			.map(rows::get)
			.toList();
	}

}

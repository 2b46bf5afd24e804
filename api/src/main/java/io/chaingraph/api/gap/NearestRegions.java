package io.chaingraph.api.gap;

import java.util.Map;

import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;

/**
 * How many covering regions a gap lists ({@code nearest}): the same default for {@code chainGaps} and the gap table
 * download, which a 招商 team compares side by side (the download listed 3 where GraphQL listed 5).
 */
public final class NearestRegions {

	/** The default, as the schema's {@code nearest: Int = 5} says. */
	public static final int DEFAULT = 5;

	/** The most covering regions listed per gap segment. */
	public static final int MAX = 20;

	private NearestRegions() {
	}

	/**
	 * @param given the number asked for, or null for the default
	 * @throws ApiException BAD_INPUT below 0, LIMIT_EXCEEDED above {@link #MAX}
	 */
	public static int count(Integer given) {
		int n = given == null ? DEFAULT : given;
		if (n < 0) {
			throw new ApiException(ErrorCode.BAD_INPUT, "nearest must be from 0 to " + MAX + ", was " + n + " (nearest 应在 0 到 "
					+ MAX + " 之间)", Map.of("max", MAX));
		}
		if (n > MAX) {
			throw ApiException.overLimit("maxNearest", MAX, n, "nearest is at most " + MAX + ", was " + n
					+ " (每个缺口最多列出 " + MAX + " 个地区)");
		}
		return n;
	}

}

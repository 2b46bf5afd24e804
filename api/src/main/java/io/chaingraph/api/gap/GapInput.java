package io.chaingraph.api.gap;

import java.util.Map;

import io.chaingraph.api.graphql.ApiException;
import io.chaingraph.api.graphql.ErrorCode;
import io.chaingraph.api.graphql.GlobalId;

/**
 * The arguments every gap and 补链 question takes, as the user may write them: a chain by key ({@code jx-nonferrous})
 * or global ID, a region by code ({@code 36}, {@code 3601}) or global ID, and the WEAK threshold.
 *
 * @param chain the chain key
 * @param region the region code
 * @param weakBelow fewer firms than this is WEAK (短板)
 */
public record GapInput(String chain, String region, int weakBelow) {

	/** The default threshold: one or two firms in a segment is a 短板, three or more covers it. */
	public static final int DEFAULT_WEAK_BELOW = 3;

	/** The largest threshold accepted. */
	public static final int MAX_WEAK_BELOW = 10_000;

	public static GapInput of(String chain, String region, Integer weakBelow) {
		if (chain == null || chain.isBlank()) {
			throw ApiException.badInput("chain is required: a chain key such as jx-nonferrous or its ID (请指定产业链)");
		}
		var asked = of(region, weakBelow);
		return new GapInput(key(chain.strip(), "Chain"), asked.region(), asked.weakBelow());
	}

	/** A region and a threshold without a chain ({@code chain} is null): every chain at once. */
	public static GapInput of(String region, Integer weakBelow) {
		if (region == null || region.isBlank()) {
			throw ApiException.badInput("region is required: a region code such as 36 or its ID (请指定地区)");
		}
		int threshold = weakBelow == null ? DEFAULT_WEAK_BELOW : weakBelow;
		if (threshold < 1) {
			throw new ApiException(ErrorCode.BAD_INPUT, "weakBelow must be from 1 to " + MAX_WEAK_BELOW + ", was " + threshold
					+ " (weakBelow 应在 1 到 " + MAX_WEAK_BELOW + " 之间)", Map.of("weakBelow", threshold));
		}
		if (threshold > MAX_WEAK_BELOW) {
			throw ApiException.overLimit("maxWeakBelow", MAX_WEAK_BELOW, threshold, "weakBelow is at most " + MAX_WEAK_BELOW
					+ ", was " + threshold + " (weakBelow 最大为 " + MAX_WEAK_BELOW + ")");
		}
		return new GapInput(null, key(region.strip(), "Region"), threshold);
	}

	/** A business key, or the key inside a global ID of the expected type. */
	private static String key(String value, String type) {
		var key = GlobalId.keyIn(value, type);
		return key == null ? value : key;
	}

}

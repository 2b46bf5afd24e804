package io.chaingraph.api.gap;

import java.util.List;
import java.util.Map;

import io.chaingraph.api.graphql.ApiException;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code chainGaps}: the table in one statement, the nearest covering regions of all gaps in one more. */
@Controller
public class GapController {

	/** The most covering regions listed per gap segment. */
	static final int MAX_NEAREST = 20;

	private final ChainGapQuery gaps;

	public GapController(ChainGapQuery gaps) {
		this.gaps = gaps;
	}

	@QueryMapping
	public ChainGaps chainGaps(@Argument String chain, @Argument String region, @Argument Integer weakBelow,
			@Argument Integer nearest) {
		int n = nearest == null ? 5 : nearest;
		if (n < 0 || n > MAX_NEAREST) {
			throw new ApiException(io.chaingraph.api.graphql.ErrorCode.BAD_INPUT, "nearest must be from 0 to " + MAX_NEAREST
					+ ", was " + n + " (nearest 应在 0 到 " + MAX_NEAREST + " 之间)", Map.of("max", MAX_NEAREST));
		}
		return this.gaps.table(GapInput.of(chain, region, weakBelow), n);
	}

	@QueryMapping
	public ChainGapOverview chainGapOverview(@Argument String region, @Argument Integer weakBelow,
			@Argument Boolean policyOnly) {
		return this.gaps.overview(GapInput.of(region, weakBelow), Boolean.TRUE.equals(policyOnly));
	}

	/** {@code segments(status:)}: the table, or the rows of the statuses asked for (the gaps alone, say). */
	@SchemaMapping(typeName = "ChainGaps", field = "segments")
	public List<SegmentGap> segments(ChainGaps table, @Argument List<GapStatus> status) {
		return table.segments(status);
	}

	@SchemaMapping(typeName = "SegmentGap", field = "statusLabel")
	public String statusLabel(SegmentGap gap) {
		return gap.status().label();
	}

	@BatchMapping(typeName = "SegmentGap", field = "localDownstream")
	public Map<SegmentGap, List<LocalLink>> localDownstream(List<SegmentGap> rows) {
		return this.gaps.localLinks(rows, true);
	}

	@BatchMapping(typeName = "SegmentGap", field = "localUpstream")
	public Map<SegmentGap, List<LocalLink>> localUpstream(List<SegmentGap> rows) {
		return this.gaps.localLinks(rows, false);
	}

	@BatchMapping(typeName = "SegmentGap", field = "locationQuotient")
	public Map<SegmentGap, Double> locationQuotient(List<SegmentGap> rows) {
		return this.gaps.locationQuotients(rows);
	}

	@BatchMapping(typeName = "SegmentGap", field = "nearestRegions")
	public Map<SegmentGap, List<RegionCoverage>> nearestRegions(List<SegmentGap> gaps) {
		return this.gaps.nearestRegions(gaps);
	}

}

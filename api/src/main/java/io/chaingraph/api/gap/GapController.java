package io.chaingraph.api.gap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetchingEnvironment;
import io.chaingraph.api.chain.Segment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * {@code chainGaps}: the table in one statement, the nearest covering regions of all gaps in one more. The rows'
 * 区位熵 come from one DataLoader, so {@code locationQuotient}, {@code strong} and {@code strengths} asked together
 * share its statement.
 */
@Controller
public class GapController {

	private static final String QUOTIENTS = "locationQuotients";

	private final ChainGapQuery gaps;

	public GapController(ChainGapQuery gaps, BatchLoaderRegistry registry) {
		this.gaps = gaps;
		registry.forTypePair(SegmentGap.class, Double.class)
			.withName(QUOTIENTS)
			.registerMappedBatchLoader((rows, environment) -> Mono.fromCallable(() -> gaps.locationQuotients(rows)));
	}

	@QueryMapping
	public ChainGaps chainGaps(@Argument String chain, @Argument String region, @Argument Integer weakBelow,
			@Argument Integer nearest, @Argument Double strongFrom) {
		return this.gaps.table(GapInput.of(chain, region, weakBelow), NearestRegions.count(nearest),
				Strengths.from(strongFrom));
	}

	@QueryMapping
	public ChainGapOverview chainGapOverview(@Argument String region, @Argument Integer weakBelow,
			@Argument Boolean policyOnly, @Argument Double strongFrom) {
		return this.gaps.overview(GapInput.of(region, weakBelow), Boolean.TRUE.equals(policyOnly),
				Strengths.from(strongFrom));
	}

	@BatchMapping(typeName = "ChainGapOverviewRow", field = "strengths")
	public Map<ChainGapOverview.Row, List<Segment>> overviewStrengths(List<ChainGapOverview.Row> rows) {
		var result = new LinkedHashMap<ChainGapOverview.Row, List<Segment>>();
		this.gaps.strengths(rows).forEach((row, strong) -> result.put(row, List.copyOf(strong.keySet())));
		return result;
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

	@SchemaMapping(typeName = "SegmentGap", field = "locationQuotient")
	public CompletableFuture<Double> locationQuotient(SegmentGap row, DataFetchingEnvironment env) {
		return quotients(env).load(row);
	}

	@SchemaMapping(typeName = "SegmentGap", field = "strong")
	public CompletableFuture<Boolean> strong(SegmentGap row, DataFetchingEnvironment env) {
		return quotients(env).load(row).thenApply(quotient -> Strengths.strong(row, quotient));
	}

	/**
	 * The 长板. Every row's quotient is asked for, not the COVERED rows' alone: the rows' own {@code locationQuotient}
	 * and {@code strong}, resolved a level further down, then find theirs loaded, in the same statement.
	 */
	@SchemaMapping(typeName = "ChainGaps", field = "strengths")
	public CompletableFuture<List<SegmentGap>> strengths(ChainGaps table, DataFetchingEnvironment env) {
		var rows = table.segments();
		return quotients(env).loadMany(rows).thenApply(quotients -> Strengths.of(rows, quotients));
	}

	private static DataLoader<SegmentGap, Double> quotients(DataFetchingEnvironment env) {
		return env.getDataLoader(QUOTIENTS);
	}

	@BatchMapping(typeName = "SegmentGap", field = "nearestRegions")
	public Map<SegmentGap, List<RegionCoverage>> nearestRegions(List<SegmentGap> gaps) {
		return this.gaps.nearestRegions(gaps);
	}

}

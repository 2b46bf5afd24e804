package io.chaingraph.api.overlap;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import graphql.schema.DataFetchingEnvironment;
import io.chaingraph.api.chain.Chain;
import io.chaingraph.api.chain.Segment;
import io.chaingraph.api.enterprise.Enterprise;
import io.chaingraph.api.gap.SegmentGap;
import io.chaingraph.api.graphql.Batches;
import io.chaingraph.api.graphql.Connection;
import io.chaingraph.api.graphql.CursorScope;
import io.chaingraph.api.graphql.QueryLimits;
import io.chaingraph.api.region.Region;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * {@code regionalOverlap} and {@code compareRegions}. The paged lists of an overlap are cut from its coverage in
 * memory; what their rows show (a segment's data, a region's firms in a gap) goes through one batch loader, so the
 * rows of every page of a response load in one statement (GraphQL Java dispatches the loader once every field that
 * can be resolved without it has been).
 */
@Controller
public class OverlapController {

	/** The batch loader of {@link OverlapAnalysis#load}: segment data and firms of gaps. */
	static final String PAGE = "overlap.page";

	private static final int SEGMENT_PAGE = 100;

	private static final int FIRM_PAGE = 5;

	/** The fields of Segment that only a loaded segment holds (a coverage row has the others). */
	private static final Set<String> LOADED_FIELDS = Set.of("aliases", "position", "kind", "source");

	private final OverlapAnalysis analysis;

	private final Batches batches;

	private final QueryLimits limits;

	public OverlapController(OverlapAnalysis analysis, Batches batches, QueryLimits limits,
			BatchLoaderRegistry registry) {
		this.analysis = analysis;
		this.batches = batches;
		this.limits = limits;
		registry.<OverlapAnalysis.Wanted, Object>forName(PAGE)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> analysis.load(keys))
				.subscribeOn(Schedulers.boundedElastic()));
	}

	@QueryMapping
	public RegionalOverlap regionalOverlap(@Argument List<String> regions, @Argument String chain) {
		return this.analysis.overlap(regions, chain);
	}

	@QueryMapping
	public RegionComparison compareRegions(@Argument List<String> regions, @Argument String chain) {
		return this.analysis.compare(regions, chain);
	}

	@SchemaMapping(typeName = "RegionalOverlap")
	public CompletableFuture<Connection<OverlapSegment>> segments(RegionalOverlap overlap,
			@Argument Integer first, @Argument String after) {
		return done(segmentPage("RegionalOverlap.segments", overlap.coverage(), overlap.coverage().segments(), first,
				after));
	}

	@SchemaMapping(typeName = "RegionalOverlap")
	public CompletableFuture<Connection<OverlapChain>> chains(RegionalOverlap overlap,
			@Argument Integer first, @Argument String after) {
		return done(chainPage("RegionalOverlap.chains", overlap.coverage(), overlap.coverage().chains(), first, after));
	}

	@SchemaMapping(typeName = "RegionalOverlap")
	public CompletableFuture<Connection<OverlapSegment>> segmentsCoveredByAll(RegionalOverlap overlap,
			@Argument Integer first,
			@Argument String after) {
		var coverage = overlap.coverage();
		return done(segmentPage("RegionalOverlap.segmentsCoveredByAll", coverage, coverage.segments(coverage.all()), first,
				after));
	}

	@SchemaMapping(typeName = "RegionalOverlap")
	public CompletableFuture<Connection<OverlapChain>> chainsCoveredByAll(RegionalOverlap overlap, @Argument Integer first,
			@Argument String after) {
		var coverage = overlap.coverage();
		return done(chainPage("RegionalOverlap.chainsCoveredByAll", coverage, coverage.chains(coverage.all()), first,
				after));
	}

	@SchemaMapping(typeName = "RegionalOverlap")
	public List<OverlapPolicyChain> policyChains(RegionalOverlap overlap) {
		return this.analysis.policyChains(overlap);
	}

	@SchemaMapping(typeName = "OverlapRegion")
	public CompletableFuture<Connection<OverlapSegment>> segmentsAlone(OverlapRegion region,
			@Argument Integer first, @Argument String after) {
		var coverage = region.coverage();
		return done(segmentPage("OverlapRegion.segmentsAlone", coverage, coverage.segments(Coverage.alone(region.index())),
				first, after));
	}

	@SchemaMapping(typeName = "OverlapRegion")
	public CompletableFuture<Connection<OverlapChain>> chainsAlone(OverlapRegion region,
			@Argument Integer first, @Argument String after) {
		var coverage = region.coverage();
		return done(chainPage("OverlapRegion.chainsAlone", coverage, coverage.chains(Coverage.alone(region.index())),
				first, after));
	}

	@SchemaMapping(typeName = "OverlapComplement")
	public CompletableFuture<Connection<OverlapGap>> gaps(OverlapComplement complement,
			@Argument Integer first, @Argument String after) {
		var code = complement.coveredBy().code();
		var gaps = complement.coverage().segments(Coverage.gapOfCoveredBy(complement.a(), complement.b()));
		return done(page(scope("OverlapComplement.gaps", complement.coverage()), gaps, Coverage.CoveredSegment::sortKey,
				first, after, s -> new OverlapGap(s.row().light(), code)));
	}

	@SchemaMapping(typeName = "OverlapSegment")
	public CompletableFuture<Segment> segment(OverlapSegment segment, DataFetchingEnvironment env) {
		return segment(segment.row(), env);
	}

	@SchemaMapping(typeName = "OverlapGap", field = "segment")
	public CompletableFuture<Segment> gapSegment(OverlapGap gap, DataFetchingEnvironment env) {
		return segment(gap.row(), env);
	}

	@SchemaMapping(typeName = "OverlapGap")
	public CompletableFuture<Connection<Enterprise>> firms(OverlapGap gap, @Argument Integer first, @Argument String after,
			DataFetchingEnvironment env) {
		return load(env, gapFirms(OverlapAnalysis.GAP_FIRMS, gap.row().key(), gap.coveredByCode(), first, after));
	}

	/**
	 * The firms behind a gap table row's count: the same question as a gap's firms here (a region's firms in a
	 * segment's subtree, from the stored count's first firms or a walk), so through the same loader: one statement
	 * for every row of the table.
	 */
	@SchemaMapping(typeName = "SegmentGap", field = "enterprises")
	public CompletableFuture<Connection<Enterprise>> gapTableFirms(SegmentGap row, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		return load(env, gapFirms(OverlapAnalysis.TABLE_FIRMS, row.segment().key(), row.regionCode(), first, after));
	}

	@BatchMapping(typeName = "OverlapChain", field = "chain")
	public Map<OverlapChain, Chain> overlapChain(List<OverlapChain> chains) {
		return this.batches.one("chain/by-keys", chains, OverlapChain::chainKey, Chain::of);
	}

	/**
	 * The segment of a page row: the coverage row itself when the request selects only what it holds (key, name, and
	 * what is reached through key, chain or parent), else the loaded segment.
	 */
	private static CompletableFuture<Segment> segment(Segment row, DataFetchingEnvironment env) {
		if (env.getSelectionSet().getImmediateFields().stream().noneMatch(f -> LOADED_FIELDS.contains(f.getName()))) {
			return done(row);
		}
		return load(env, new OverlapAnalysis.SegmentData(row.key()));
	}

	@SuppressWarnings("unchecked")
	private static <T> CompletableFuture<T> load(DataFetchingEnvironment env, OverlapAnalysis.Wanted key) {
		return (CompletableFuture<T>) env.<OverlapAnalysis.Wanted, Object>getDataLoader(PAGE).load(key);
	}

	/** Which firms a gap's {@code firms(first, after)} asks for: the cursor carries name key and key of the last firm. */
	private OverlapAnalysis.GapFirms gapFirms(CursorScope scope, String segment, String region, Integer first,
			String after) {
		int size = Connection.size(first, FIRM_PAGE, this.limits.maxPageSize());
		var position = Enterprise.Position.of(scope.position(after));
		return new OverlapAnalysis.GapFirms(scope, segment, region, size, position.nameKey(), position.key());
	}

	/** The cursors of one of an overlap's lists: the field, and the regions compared (their codes, in order). */
	private static CursorScope scope(String list, Coverage coverage) {
		return CursorScope.of(list, "regions", coverage.regions().stream().map(Region::code).toList());
	}

	private Connection<OverlapSegment> segmentPage(String list, Coverage coverage, List<Coverage.CoveredSegment> segments,
			Integer first, String after) {
		return page(scope(list, coverage), segments, Coverage.CoveredSegment::sortKey, first, after,
				s -> new OverlapSegment(s.row().light(), coverage.regions(s.coveredBy())));
	}

	private Connection<OverlapChain> chainPage(String list, Coverage coverage, List<Coverage.CoveredChain> chains,
			Integer first, String after) {
		return page(scope(list, coverage), chains, Coverage.CoveredChain::chainKey, first, after,
				c -> new OverlapChain(c.chainKey(), coverage.regions(c.coveredBy()), c.segmentCount(),
						Arrays.stream(c.segmentsCovered()).boxed().toList()));
	}

	/**
	 * An answer computed in memory, handed back as a completed future: Spring then calls the method on the request's
	 * own thread instead of its executor, so the nested fields below (the rows of every page) are all asked for before
	 * the data loaders dispatch, and load in one statement.
	 */
	private static <T> CompletableFuture<T> done(T value) {
		return CompletableFuture.completedFuture(value);
	}

	/** A page of an in-memory list sorted by {@code sortKey}: the cursor carries the sort key, as database pages do. */
	private <T, R> Connection<R> page(CursorScope scope, List<T> items, Function<T, String> sortKey, Integer first,
			String after, Function<T, R> mapper) {
		int size = Connection.size(first, SEGMENT_PAGE, this.limits.maxPageSize());
		var from = scope.position(after);
		var fetched = items.stream()
			.filter(item -> from == null || sortKey.apply(item).compareTo(from) > 0)
			.limit(size + 1L)
			.toList();
		var keys = new IdentityHashMap<R, String>();
		var mapped = fetched.stream().map(item -> {
			var result = mapper.apply(item);
			keys.put(result, sortKey.apply(item));
			return result;
		}).toList();
		return Connection.of(mapped, size, scope, keys::get, items.size());
	}

}

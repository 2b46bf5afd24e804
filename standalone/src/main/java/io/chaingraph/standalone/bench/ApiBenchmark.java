package io.chaingraph.standalone.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Stream;

import io.chaingraph.api.chain.ChainMap;
import io.chaingraph.api.enterprise.EnterprisePartners;
import io.chaingraph.api.enterprise.EnterpriseProfile;
import io.chaingraph.api.search.Search;
import io.chaingraph.api.supply.SupplyTraversal;
import io.chaingraph.api.target.TargetWeights;
import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.standalone.StandaloneApplication;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * {@code ./chaingraph bench api}: a load generator on loopback. Starts the service on the current store, then asks a
 * fixed mix of questions (chain map, enterprise profile, upstream 3 hops, search, chain gaps, 补链 targets, regional
 * overlap) for a while, through the GraphQL API over HTTP and as the same questions in direct Cypher over Bolt, with
 * the same number of concurrent clients, and prints throughput, p50/p95/p99 per question and the API/Cypher ratio as a Markdown table.
 * <p>
 * The two sides alternate in rounds ({@code --rounds}), so a burst of load from elsewhere on the machine hits both.
 * A question is one entry of {@link #QUESTIONS}: its GraphQL request, its direct-Cypher file in
 * {@code cypher/queries/bench/} and the kind of sample it asks about (a list of {@code bench/samples}).
 */
public final class ApiBenchmark {

	/**
	 * One question of the mix.
	 * @param name short name, for {@code --only}
	 * @param graphQl the GraphQL request for one sample
	 * @param cypher the direct-Cypher equivalent, a file of {@code cypher/queries}
	 * @param parameters its parameters for one sample
	 * @param sampleKind which list of {@code bench/samples} the samples come from
	 */
	record Question(String name, Function<String, String> graphQl, String cypher,
			Function<String, Map<String, Object>> parameters, String sampleKind) {
	}

	/** The mix, in the order the clients cycle through it. */
	static final List<Question> QUESTIONS = List.of(
			new Question("chain-map", key -> """
					{ chain(key: "%s") { name policies { region { name } tier } segments { key name position parent { key } }
					  supplyLinks { from { key } to { key } } chainLeaders { enterprise { name } } } }""".formatted(key),
					"bench/chain-map", key -> Map.of("key", key), "chains"),
			new Question("enterprise-profile", key -> """
					{ enterprise(key: "%s") { name tags region { fullName } segments { name chain { name } }
					  designations { label } customers { totalCount edges { node { name } } }
					  suppliers { totalCount edges { node { name } } } } }""".formatted(key),
					"bench/enterprise-profile", key -> Map.of("key", key), "enterprises"),
			new Question("upstream-3", key -> """
					{ upstream(from: "%s", maxHops: 3) { reached { hops node { ... on Segment { key name } } } } }"""
				.formatted(globalId("Segment", key)), "bench/upstream-3", key -> Map.of("key", key), "segments"),
			new Question("search", word -> """
					{ search(text: "%s", first: 20) { type name score } }""".formatted(word), "bench/search",
					word -> Map.of("query", Search.lucene(word)), "words"),
			new Question("chain-gaps", pair -> """
					{ chainGaps(chain: "%s", region: "%s", nearest: 0) { segments { segment { key name position } depth firms status } } }"""
				.formatted(second(pair), first(pair)), "bench/chain-gaps",
					pair -> Map.of("chain", second(pair), "region", first(pair), "weakBelow", 3), "chainRegions"),
			new Question("supplement-targets", pair -> """
					{ supplementTargets(chain: "%s", region: "%s", first: 20) { totalCount
					  edges { node { score enterprise { key name } reasons { code weight } fills { key } } } } }"""
				.formatted(second(pair), first(pair)), "bench/supplement-targets",
					pair -> Map.of("chain", second(pair), "region", first(pair), "weakBelow", 3, "limit", 20,
							"tagWeights", Map.copyOf(new TargetWeights().getTags())), "chainRegions"),
			new Question("regional-overlap", pair -> """
					{ regionalOverlap(regions: ["%s", "%s"]) { segmentCount byRegion { segmentsCovered chainsCovered }
					  segmentsCoveredByAll(first: 20) { totalCount edges { node { segment { name } } } } pairs { jaccard }
					  complementarity { gapsOf { code } gaps(first: 20) { totalCount edges { node { segment { key name }
					  firms(first: 5) { totalCount edges { node { name } } } } } } } } }"""
				.formatted(first(pair), second(pair)), "bench/regional-overlap", ApiBenchmark::overlapParameters,
					"provincePairs"));

	/**
	 * Probes outside the default mix, for {@code --only}. {@code ping} asks nothing of the graph ({@code __typename}
	 * against {@code RETURN 1}): the cost of a request on each side. {@code lookup} is the smallest real question (a
	 * region's name by its code, one indexed read), so its API/Cypher difference is the fixed cost of HTTP and GraphQL.
	 * {@code gap-overview} is {@code chainGapOverview} of the sample's region over every chain (added after the
	 * issues' mix was fixed, so kept out of it and of its figures).
	 */
	static final List<Question> PROBES = List.of(
			new Question("ping", pair -> "{ __typename }", "bench/ping", pair -> Map.of(), "chainRegions"),
			new Question("lookup", pair -> """
					{ region(code: "%s") { name } }""".formatted(first(pair)), "bench/lookup",
					pair -> Map.of("code", first(pair)), "chainRegions"),
			new Question("gap-overview", pair -> """
					{ chainGapOverview(region: "%s") { chains { chain { key name } firms
					  summary { segments missing weak covered coverageRatio } } } }""".formatted(first(pair)),
					"bench/gap-overview", pair -> Map.of("region", first(pair), "weakBelow", 3), "chainRegions"));

	/** The page of customers and of suppliers the benchmark's profile asks for: the first, of the default size. */
	private static final EnterprisePartners.Window FIRST_PARTNERS = new EnterprisePartners.Window(20, null);

	/**
	 * {@code --baseline statements}: the Cypher side runs, for each question, the statement the API itself runs for
	 * it, with the parameters the API passes (the parts of the chain map and the profile the benchmark's requests
	 * select, the traversal's and the search's own parameter builders; no nodes for search, whose request asks for
	 * none). API against these is the cost of HTTP, GraphQL, mapping and JSON alone; against the hand-written default
	 * it also includes what the API's statements do beyond the hand-written ones (sorting, whole objects, search's
	 * later passes). Only for questions the API answers with one statement.
	 */
	static final Map<String, Statement> API_STATEMENTS = Map.of(
			"chain-map", new Statement("chain/map", key -> ChainMap.parameters(key, true, true, true, true)),
			"enterprise-profile", new Statement("enterprise/profile", key -> EnterpriseProfile.parameters(key, true,
					true, true, FIRST_PARTNERS, FIRST_PARTNERS)),
			"upstream-3", new Statement("traverse/segment-upstream", key -> SupplyTraversal.parameters(key, 3, null)),
			"search", new Statement("search/ranked", word -> Search.parameters(word, null, 20, false)),
			"gap-overview", new Statement("gap/overview", pair -> Map.of("region", first(pair), "policyOnly", false)));

	/** A Cypher side for a question: a file of {@code cypher/queries} and its parameters for one sample. */
	record Statement(String cypher, Function<String, Map<String, Object>> parameters) {
	}

	/** The mix with each question's Cypher side replaced by the API's own statement; null (and why) if one has none. */
	static List<Question> withApiStatements(List<Question> mix) {
		var replaced = new ArrayList<Question>();
		for (var question : mix) {
			var statement = API_STATEMENTS.get(question.name());
			if (statement == null) {
				System.err.println("--baseline statements: the API answers '" + question.name() + "' with more than one "
						+ "statement (该问题由多条语句回答); it works for " + API_STATEMENTS.keySet().stream().sorted().toList());
				return null;
			}
			replaced.add(new Question(question.name(), question.graphQl(), statement.cypher(), statement.parameters(),
					question.sampleKind()));
		}
		return replaced;
	}

	/** Two provinces over every chain: {@code $chain} is null, which {@code Map.of} cannot hold. */
	private static Map<String, Object> overlapParameters(String pair) {
		var parameters = new HashMap<String, Object>();
		parameters.put("a", first(pair));
		parameters.put("b", second(pair));
		parameters.put("chain", null);
		return parameters;
	}

	/** The sample lists {@code bench/samples} returns; a pair is written {@code a|b} (e.g. region code|chain id). */
	static final List<String> SAMPLE_KINDS = List.of("chains", "enterprises", "segments", "words", "chainRegions",
			"provincePairs");

	private ApiBenchmark() {
	}

	/** What {@code bench api --help} prints (it had started the benchmark: a service, minutes of load). */
	static final String USAGE_TEXT = """
			usage: bench api [--seconds S] [--warmup S] [--warmup-max S] [--clients N] [--rounds N]
			                 [--only q1,q2] [--baseline hand-written|statements] [--name=value …]
			Measures the GraphQL API against direct Cypher on the current graph (CHAINGRAPH_EMBEDDED_DATADIR): a fixed
			mix of questions from N clients on loopback, the two sides alternating in rounds after a warm-up that lasts
			until the JIT compiler has settled. Stop ./chaingraph serve on the same store first.
			基准测试：API 与直接 Cypher 对比。
			  --seconds S       per side and round (default 30)
			  --warmup S        at least (default 10); --warmup-max S at most (default 300)
			  --clients N       concurrent clients (default 4); --rounds N (default 3)
			  --only q1,q2      some questions only: chain-map, enterprise-profile, upstream-3, search, chain-gaps,
			                    supplement-targets, regional-overlap, and the probes ping and lookup
			  --baseline statements   the Cypher side runs the API's own statements (one-statement questions only)
			  --name=value      goes to the service it starts (HTTP and Bolt take free ports unless given)
			""";

	/** Whether the arguments ask for the usage; it is then printed. */
	static boolean usageAsked(String[] args, java.io.PrintStream out) {
		if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
			out.print(USAGE_TEXT);
			return true;
		}
		return false;
	}

	public static int run(String[] args) throws Exception {
		if (usageAsked(args, System.out)) {
			return 0;
		}
		int seconds = option(args, "--seconds", 30);
		int warmup = option(args, "--warmup", 10);
		int warmupMax = Math.max(warmup, option(args, "--warmup-max", 300));
		int clients = option(args, "--clients", 4);
		int rounds = Math.max(1, option(args, "--rounds", 3));
		var only = text(args, "--only");
		var mix = only == null ? QUESTIONS : select(only);
		var baseline = text(args, "--baseline");
		if (baseline != null && !List.of("hand-written", "statements").contains(baseline)) {
			System.err.println("--baseline is hand-written (the default) or statements, not '" + baseline
					+ "' (对照基准只能是 hand-written 或 statements)");
			return 2;
		}
		if (mix != null && "statements".equals(baseline)) {
			mix = withApiStatements(mix);
		}
		if (mix == null) {
			return 2;
		}
		// --name=value arguments go to the service (its ports, page cache, …). Bolt takes a free port unless told,
		// so a running ./chaingraph serve elsewhere never gets in the way.
		var spring = new LinkedHashMap<String, String>();
		for (var setting : List.of("--server.port=0", "--chaingraph.embedded.bolt-address=localhost:0",
				"--chaingraph.demo.load-if-empty=false", "--logging.level.root=WARN")) {
			spring.put(setting.substring(0, setting.indexOf('=')), setting);
		}
		for (var arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				spring.put(arg.substring(0, arg.indexOf('=')), arg);
			}
		}
		try (var context = SpringApplication.run(StandaloneApplication.class,
				spring.values().toArray(String[]::new))) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			var driver = context.getBean(Driver.class);
			var samples = samples(driver, mix);
			if (samples == null) {
				return 1;
			}
			System.out.printf("ChainGraph API benchmark: %d clients, %d s warm-up, %d s measured per side in %d rounds, "
					+ "questions %s, Cypher side: %s%n", clients, warmup, seconds, rounds,
					mix.stream().map(Question::name).toList(), "statements".equals(baseline)
							? "the API's own statements (--baseline statements)" : "hand-written statements");
			System.out.printf("  graph: %s%n", graphSize(driver));
			samples.forEach((kind, list) -> System.out.printf("  %d sample %s, e.g. %s%n", list.size(), kind, list.getFirst()));
			try (var http = new LoopbackHttp("localhost", port, "/graphql")) {
				Runner api = (question, sample) -> {
					var response = http.post("{\"query\":" + json(question.graphQl().apply(sample)) + "}");
					if (response.status() != 200 || response.body().contains("\"errors\"")) {
						throw new IllegalStateException(question.name() + ": " + response.body());
					}
				};
				var catalog = CypherCatalog.standard();
				var read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
				// As the API runs its statements (GraphReads): one auto-commit read transaction each.
				Runner cypher = (question, sample) -> {
					try (var session = driver.session(read)) {
						session.run(catalog.query(question.cypher()), question.parameters().apply(sample)).list();
					}
				};
				warmUp(mix, api, cypher, samples, clients, warmup, warmupMax);
				var viaApi = latencies(mix);
				var direct = latencies(mix);
				long apiCpu = 0;
				long directCpu = 0;
				for (int round = 0; round < rounds; round++) {
					apiCpu += measure(mix, api, samples, clients, seconds / (double) rounds, viaApi);
					directCpu += measure(mix, cypher, samples, clients, seconds / (double) rounds, direct);
				}
				System.out.print(report(viaApi, direct, seconds));
				System.out.print(cpuPerOperation(apiCpu, count(viaApi), directCpu, count(direct)));
			}
		}
		return 0;
	}

	static List<Question> select(String names) {
		var selected = new ArrayList<Question>();
		for (var name : names.split(",")) {
			var found = Stream.concat(QUESTIONS.stream(), PROBES.stream())
				.filter(q -> q.name().equals(name.strip()))
				.findFirst();
			if (found.isEmpty()) {
				System.err.println("Unknown question '" + name + "' (未知的问题); the questions are "
						+ QUESTIONS.stream().map(Question::name).toList() + ", probes "
						+ PROBES.stream().map(Question::name).toList());
				return null;
			}
			selected.add(found.get());
		}
		return selected;
	}

	@FunctionalInterface
	private interface Runner {

		void ask(Question question, String sample) throws Exception;

	}

	/**
	 * Asks the mix on both sides, in slices, for at least {@code seconds} and then until the JIT compiler has settled
	 * (under 2 % of the time spent compiling), at most {@code maxSeconds}. The API's path runs through much more code
	 * (Tomcat, Spring, GraphQL Java) than a Bolt call, and on two cores C2 was still compiling it after a few thousand
	 * requests: a fixed short warm-up measured the compiler, not the service.
	 */
	private static void warmUp(List<Question> mix, Runner api, Runner cypher, Map<String, List<String>> samples,
			int clients, int seconds, int maxSeconds) throws InterruptedException {
		var compiler = ManagementFactory.getCompilationMXBean();
		double slice = Math.min(5, Math.max(1, seconds / 2.0));
		long started = System.nanoTime();
		long compiling = compiler.getTotalCompilationTime();
		while (true) {
			measure(mix, api, samples, clients, slice, null);
			measure(mix, cypher, samples, clients, slice, null);
			double elapsed = (System.nanoTime() - started) / 1e9;
			long now = compiler.getTotalCompilationTime();
			long spent = now - compiling;
			compiling = now;
			boolean settled = spent < 2 * slice * 1000 * 2 / 100;
			if (elapsed >= seconds && settled || elapsed >= maxSeconds) {
				System.out.printf("  warm-up: %.0f s, JIT %s (%d ms compiling in the last %.0f s)%n", elapsed,
						settled ? "settled" : "still compiling at --warmup-max", spent, 2 * slice);
				return;
			}
		}
	}

	private static Map<String, List<Long>> latencies(List<Question> mix) {
		var latencies = new LinkedHashMap<String, List<Long>>();
		mix.forEach(q -> latencies.put(q.name(), Collections.synchronizedList(new ArrayList<>())));
		return latencies;
	}

	/**
	 * Runs the mix with {@code clients} threads for {@code seconds}, each client asking one question after the
	 * other; adds the latencies (nanoseconds) per question to {@code into} (none kept when null: warm-up). Returns
	 * the CPU time the whole process (clients, service and embedded Neo4j) used meanwhile, in nanoseconds.
	 */
	private static long measure(List<Question> mix, Runner runner, Map<String, List<String>> samples, int clients,
			double seconds, Map<String, List<Long>> into) throws InterruptedException {
		var latencies = into != null ? into : latencies(mix);
		long cpuBefore = processCpu();
		var stop = new AtomicBoolean();
		var failures = Collections.synchronizedList(new ArrayList<String>());
		var threads = new ArrayList<Thread>();
		for (int c = 0; c < clients; c++) {
			int offset = c;
			threads.add(Thread.ofPlatform().start(() -> {
				int i = offset;
				while (!stop.get()) {
					var question = mix.get(i++ % mix.size());
					var pool = samples.get(question.sampleKind());
					var sample = pool.get(ThreadLocalRandom.current().nextInt(pool.size()));
					long started = System.nanoTime();
					try {
						runner.ask(question, sample);
						latencies.get(question.name()).add(System.nanoTime() - started);
					}
					catch (Exception ex) {
						failures.add(ex.getMessage());
					}
				}
			}));
		}
		Thread.sleep(Duration.ofMillis((long) (seconds * 1000)));
		stop.set(true);
		for (var thread : threads) {
			thread.join();
		}
		long cpu = processCpu() - cpuBefore;
		if (!failures.isEmpty()) {
			System.out.printf("  %d failed requests, first: %s%n", failures.size(), failures.getFirst());
		}
		return cpu;
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static int count(Map<String, List<Long>> latencies) {
		return latencies.values().stream().mapToInt(List::size).sum();
	}

	/**
	 * CPU per answered question, whole mix: unlike latency, it hardly moves when something else on the machine takes
	 * the cores, so it compares the two sides (and two builds) even on a busy machine.
	 */
	static String cpuPerOperation(long apiCpu, int apiCount, long directCpu, int directCount) {
		if (apiCount == 0 || directCount == 0) {
			return "";
		}
		double api = apiCpu / 1e6 / apiCount;
		double direct = directCpu / 1e6 / directCount;
		return ("%nCPU per question (load generator, service and Neo4j in this process): API %.2f ms, Cypher %.2f ms, "
				+ "API/Cypher %.2f%n").formatted(api, direct, api / direct);
	}

	/** The figures as a Markdown table, one row per question and one for the whole mix. */
	static String report(Map<String, List<Long>> api, Map<String, List<Long>> direct, double seconds) {
		var out = new StringBuilder();
		out.append("\n| question | API op/s | API p50 ms | API p95 ms | API p99 ms | Cypher op/s | Cypher p50 ms "
				+ "| Cypher p95 ms | Cypher p99 ms | p50 API/Cypher | p99 API/Cypher |\n");
		out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
		var allApi = new ArrayList<Long>();
		var allDirect = new ArrayList<Long>();
		for (var name : api.keySet()) {
			allApi.addAll(api.get(name));
			allDirect.addAll(direct.get(name));
			out.append(row(name, sorted(api.get(name)), sorted(direct.get(name)), seconds));
		}
		out.append(row("**whole mix**", sorted(allApi), sorted(allDirect), seconds));
		return out.toString();
	}

	private static String row(String name, List<Long> a, List<Long> d, double seconds) {
		if (a.isEmpty() || d.isEmpty()) {
			// A side can get no answer in the window when slow questions ahead of it in the mix hold every client.
			return "| %s | %s | %s | | |%n".formatted(name, side(a, seconds), side(d, seconds));
		}
		return "| %s | %.1f | %.2f | %.2f | %.2f | %.1f | %.2f | %.2f | %.2f | %.2f | %.2f |%n".formatted(name,
				a.size() / seconds, ms(a, 50), ms(a, 95), ms(a, 99), d.size() / seconds, ms(d, 50), ms(d, 95), ms(d, 99),
				ms(a, 50) / ms(d, 50), ms(a, 99) / ms(d, 99));
	}

	/** One side's four cells, or "no answer in the window" and three empty cells. */
	private static String side(List<Long> values, double seconds) {
		if (values.isEmpty()) {
			return "no answer in the window | | |";
		}
		return "%.1f | %.2f | %.2f | %.2f".formatted(values.size() / seconds, ms(values, 50), ms(values, 95), ms(values, 99));
	}

	private static List<Long> sorted(List<Long> values) {
		var copy = new ArrayList<>(values);
		copy.sort(null);
		return copy;
	}

	private static double ms(List<Long> sorted, int percentile) {
		int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
		return sorted.get(Math.max(index, 0)) / 1e6;
	}

	/** What each question asks about, drawn from the graph; null (and said why) when the graph has nothing to ask. */
	private static Map<String, List<String>> samples(Driver driver, List<Question> mix) {
		try (var session = driver.session()) {
			var record = session.run(CypherCatalog.standard().query("bench/samples"), Map.of("count", 50)).single();
			var samples = new LinkedHashMap<String, List<String>>();
			for (var kind : SAMPLE_KINDS) {
				if (mix.stream().noneMatch(q -> q.sampleKind().equals(kind))) {
					continue;
				}
				var list = record.get(kind).asList(v -> v.asString());
				if (list.isEmpty()) {
					System.err.println("The graph has no " + kind + " to ask about: load data first (./chaingraph load"
							+ " --demo, or a generated set: ./chaingraph generate, then load) (图中没有可测的数据，请先导入)");
					return null;
				}
				samples.put(kind, list);
			}
			return samples;
		}
	}

	private static String graphSize(Driver driver) {
		try (var session = driver.session()) {
			var record = session.run(CypherCatalog.standard().query("system/graph-size")).single();
			return record.asMap().toString();
		}
		catch (RuntimeException ex) {
			return "?";
		}
	}

	/** The first of a sample pair {@code a|b}. */
	private static String first(String pair) {
		return pair.substring(0, pair.indexOf('|'));
	}

	/** The second of a sample pair {@code a|b}. */
	private static String second(String pair) {
		return pair.substring(pair.indexOf('|') + 1);
	}

	static String globalId(String type, String key) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
	}

	private static int option(String[] args, String name, int fallback) {
		var value = text(args, name);
		return value == null ? fallback : Integer.parseInt(value);
	}

	private static String text(String[] args, String name) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return null;
	}

}

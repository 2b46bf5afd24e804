package io.chaingraph.standalone.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import io.chaingraph.model.cypher.CypherCatalog;
import io.chaingraph.standalone.StandaloneApplication;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * {@code ./chaingraph bench api}: a load generator on loopback. Starts the service on the current store, then runs a
 * fixed mix of questions (chain map, enterprise profile, upstream 3 hops, search) for a while, first through the
 * GraphQL API over HTTP, then the same questions as direct Cypher over Bolt, with the same number of concurrent
 * clients, and prints throughput, p50/p95/p99 per question and the API/Cypher ratio.
 */
public final class ApiBenchmark {

	private record Question(String name, Function<String, String> graphQl, String cypher,
			Function<String, Map<String, Object>> parameters, String sampleKind) {
	}

	private static final List<Question> MIX = List.of(
			new Question("chain map", key -> """
					{ chain(key: "%s") { name policies { region { name } tier } segments { key name position parent { key } }
					  supplyLinks { from { key } to { key } } chainLeaders { enterprise { name } } } }""".formatted(key), "bench/chain-map",
					key -> Map.of("key", key), "chains"),
			new Question("enterprise profile", key -> """
					{ enterprise(key: "%s") { name tags region { fullName } segments { name chain { name } }
					  designations { label } customers { name } suppliers { name } } }""".formatted(key), "bench/enterprise-profile",
					key -> Map.of("key", key), "enterprises"),
			new Question("upstream 3 hops", key -> """
					{ upstream(from: "%s", maxHops: 3) { reached { hops node { ... on Segment { key name } } } } }""".formatted(segmentId(key)),
					"bench/upstream-3", key -> Map.of("key", key), "segments"),
			new Question("search", word -> """
					{ search(text: "%s", first: 20) { type name score } }""".formatted(word), "bench/search",
					word -> Map.of("query", word), "words"));

	private ApiBenchmark() {
	}

	public static int run(String[] args) throws Exception {
		int seconds = option(args, "--seconds", 30);
		int warmup = option(args, "--warmup", 10);
		int clients = option(args, "--clients", 4);
		try (var context = SpringApplication.run(StandaloneApplication.class, "--server.port=0",
				"--chaingraph.demo.load-if-empty=false", "--logging.level.root=WARN")) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			var driver = context.getBean(Driver.class);
			var samples = samples(driver);
			System.out.printf("ChainGraph API benchmark: %d clients, %d s warm-up, %d s measured per side, mix of %s%n", clients,
					warmup, seconds, MIX.stream().map(Question::name).toList());
			samples.forEach((kind, list) -> System.out.printf("  %d sample %s%n", list.size(), kind));
			var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			var endpoint = URI.create("http://localhost:" + port + "/graphql");
			Runner api = (question, sample) -> {
				var body = "{\"query\":" + json(question.graphQl().apply(sample)) + "}";
				var response = http.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() != 200 || response.body().contains("\"errors\"")) {
					throw new IllegalStateException(question.name() + ": " + response.body());
				}
			};
			var catalog = CypherCatalog.standard();
			Runner cypher = (question, sample) -> {
				try (var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
					session.executeRead(tx -> tx.run(catalog.query(question.cypher()), question.parameters().apply(sample)).list());
				}
			};
			measure(api, samples, clients, warmup);
			var viaApi = measure(api, samples, clients, seconds);
			measure(cypher, samples, clients, warmup);
			var direct = measure(cypher, samples, clients, seconds);
			report(viaApi, direct, seconds);
		}
		return 0;
	}

	@FunctionalInterface
	private interface Runner {

		void ask(Question question, String sample) throws Exception;

	}

	/** Runs the mix with {@code clients} threads for {@code seconds}; latencies in nanoseconds per question. */
	private static Map<String, List<Long>> measure(Runner runner, Map<String, List<String>> samples, int clients,
			int seconds) throws InterruptedException {
		var latencies = new LinkedHashMap<String, List<Long>>();
		MIX.forEach(q -> latencies.put(q.name(), Collections.synchronizedList(new ArrayList<>())));
		var stop = new AtomicBoolean();
		var failures = Collections.synchronizedList(new ArrayList<String>());
		var threads = new ArrayList<Thread>();
		for (int c = 0; c < clients; c++) {
			int offset = c;
			threads.add(Thread.ofPlatform().start(() -> {
				int i = offset;
				while (!stop.get()) {
					var question = MIX.get(i++ % MIX.size());
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
		Thread.sleep(Duration.ofSeconds(seconds));
		stop.set(true);
		for (var thread : threads) {
			thread.join();
		}
		if (!failures.isEmpty()) {
			System.out.printf("  %d failed requests, first: %s%n", failures.size(), failures.getFirst());
		}
		return latencies;
	}

	private static void report(Map<String, List<Long>> api, Map<String, List<Long>> direct, int seconds) {
		System.out.printf("%n%-20s | %8s %8s %8s %8s | %8s %8s %8s %8s | %6s %6s%n", "question", "API op/s", "p50 ms",
				"p95 ms", "p99 ms", "Cyp op/s", "p50 ms", "p95 ms", "p99 ms", "p50 x", "p99 x");
		for (var name : api.keySet()) {
			var a = sorted(api.get(name));
			var d = sorted(direct.get(name));
			if (a.isEmpty() || d.isEmpty()) {
				continue;
			}
			System.out.printf("%-20s | %8.1f %8.2f %8.2f %8.2f | %8.1f %8.2f %8.2f %8.2f | %6.2f %6.2f%n", name,
					a.size() / (double) seconds, ms(a, 50), ms(a, 95), ms(a, 99), d.size() / (double) seconds, ms(d, 50),
					ms(d, 95), ms(d, 99), ms(a, 50) / ms(d, 50), ms(a, 99) / ms(d, 99));
		}
		long totalApi = api.values().stream().mapToLong(List::size).sum();
		long totalDirect = direct.values().stream().mapToLong(List::size).sum();
		System.out.printf("%ntotal: API %.1f op/s, direct Cypher %.1f op/s%n", totalApi / (double) seconds,
				totalDirect / (double) seconds);
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

	private static Map<String, List<String>> samples(Driver driver) {
		try (var session = driver.session()) {
			var record = session.run(CypherCatalog.standard().query("bench/samples"), Map.of("count", 50)).single();
			var samples = new LinkedHashMap<String, List<String>>();
			for (var kind : List.of("chains", "enterprises", "segments", "words")) {
				var list = record.get(kind).asList(v -> v.asString());
				if (list.isEmpty()) {
					throw new IllegalStateException("The graph has no " + kind + " to ask about; load data first");
				}
				samples.put(kind, list);
			}
			return samples;
		}
	}

	private static String segmentId(String key) {
		return java.util.Base64.getUrlEncoder().withoutPadding()
			.encodeToString(("Segment:" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
	}

	private static int option(String[] args, String name, int fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return Integer.parseInt(args[i + 1]);
			}
		}
		return fallback;
	}

}

package io.chaingraph.api.graphiql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * GraphiQL at {@code /graphiql}. Spring for GraphQL's own page loads GraphiQL from a CDN (which fails offline and on
 * networks that block it) and cannot preload operations; this one loads React and GraphiQL from the WebJars on the
 * class path ({@code /webjars/**}) and opens every example of {@code graphiql/examples/*.graphql} as a tab.
 */
@Controller
public class GraphiQlController {

	/** One example operation: its file name (without .graphql) and text. */
	public record Example(String name, String query) {
	}

	/** The examples in file-name order, and a version that changes when any of them does. */
	public record Examples(String version, List<Example> examples) {
	}

	private final String page;

	private final Examples examples;

	public GraphiQlController() {
		this.page = read(new ClassPathResource("graphiql/index.html"));
		this.examples = load();
	}

	@GetMapping(path = "/graphiql", produces = "text/html;charset=UTF-8")
	@ResponseBody
	public ResponseEntity<String> page() {
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(this.page);
	}

	@GetMapping(path = "/graphiql/examples", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	public Examples examples() {
		return this.examples;
	}

	/** Every example operation, read from the class path (a folder or the jar). */
	public static Examples load() {
		try {
			var files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphiql/examples/*.graphql");
			var examples = java.util.Arrays.stream(files)
				.sorted(Comparator.comparing(Resource::getFilename))
				.map(f -> new Example(f.getFilename().replaceFirst("\\.graphql$", ""), read(f)))
				.toList();
			var digest = MessageDigest.getInstance("SHA-256");
			examples.forEach(e -> digest.update(e.query().getBytes(StandardCharsets.UTF_8)));
			return new Examples(HexFormat.of().formatHex(digest.digest()).substring(0, 12), examples);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String read(Resource resource) {
		try (var in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}


}

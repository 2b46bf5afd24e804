package io.chaingraph.standalone.browser;

import java.net.URI;

import io.chaingraph.standalone.embedded.EmbeddedNeo4j;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Serves Neo4j Browser (the static files of {@code org.neo4j.client:neo4j-browser}) at {@code /browser/}, preset to
 * the graph this service uses: the embedded server without authentication, or the external {@code NEO4J_URI}.
 * <p>
 * The preset travels as Browser's own URL parameters ({@code dbms}, {@code preselectAuthMethod}), so an analyst
 * who opens {@code /browser/} only has to press Connect.
 */
@Controller
public class BrowserController {

	private final ObjectProvider<EmbeddedNeo4j> embedded;

	private final String externalUri;

	public BrowserController(ObjectProvider<EmbeddedNeo4j> embedded, @Value("${NEO4J_URI:}") String externalUri) {
		this.embedded = embedded;
		this.externalUri = externalUri;
	}

	@GetMapping({ "/browser", "/browser/" })
	public Object browser(HttpServletRequest request) {
		if (request.getParameter("dbms") != null || request.getParameter("connectURL") != null) {
			return "forward:/browser/index.html";
		}
		var target = UriComponentsBuilder.fromPath("/browser/").queryParam("dbms", boltAddressFor(request));
		if (this.embedded.getIfAvailable() != null) {
			target.queryParam("preselectAuthMethod", "NO_AUTH");
		}
		return ResponseEntity.status(HttpStatus.FOUND)
			.header(HttpHeaders.LOCATION, target.encode().build().toUriString())
			.build();
	}

	/** The embedded server's port on the host name the analyst used for this page, or the external URI. */
	private String boltAddressFor(HttpServletRequest request) {
		var server = this.embedded.getIfAvailable();
		if (server == null) {
			return this.externalUri;
		}
		URI bolt = server.boltUri();
		var host = server.listensOnAllInterfaces() ? request.getServerName() : bolt.getHost();
		return "bolt://" + host + ":" + bolt.getPort();
	}

}

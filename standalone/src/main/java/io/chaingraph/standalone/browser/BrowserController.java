package io.chaingraph.standalone.browser;

import java.net.URI;

import io.chaingraph.standalone.embedded.EmbeddedNeo4j;
import io.chaingraph.standalone.embedded.StorePassword;
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
 * the graph this service uses: the embedded server as user {@code neo4j}, or the external {@code NEO4J_URI}.
 * <p>
 * The preset travels as Browser's own URL parameters ({@code dbms} with the user name in it, {@code
 * preselectAuthMethod}), so an analyst who opens {@code /browser/} types the store's password (the ready banner shows
 * it) and presses Connect; never the password itself, which a URL would leave in the browser's history and in logs.
 * {@code cmd=guide} then opens ChainGraph's guide (the weekly
 * questions as queries to click, {@value #GUIDE}) in Browser's guide drawer.
 */
@Controller
public class BrowserController {

	/** Where ChainGraph's Browser guide is served ({@link BrowserResources}). */
	static final String GUIDE = "/browser/guides/chaingraph.html";

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
			target.queryParam("preselectAuthMethod", "NATIVE");
		}
		// Browser fetches a guide by absolute URL: this page's own origin as the browser sees it (through a proxy too:
		// server.forward-headers-strategy), so no CORS is involved.
		var scheme = request.getScheme();
		int port = request.getServerPort();
		boolean usual = "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
		var guide = UriComponentsBuilder.newInstance()
			.scheme(scheme)
			.host(request.getServerName())
			.port(usual ? -1 : port)
			.path(GUIDE)
			.toUriString();
		target.queryParam("cmd", "guide").queryParam("arg", guide);
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
		return "bolt://" + StorePassword.USER + "@" + host + ":" + bolt.getPort();
	}

}

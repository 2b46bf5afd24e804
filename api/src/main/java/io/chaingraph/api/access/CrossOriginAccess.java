package io.chaingraph.api.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets the scripts of the pages named in {@code chaingraph.security.allowed-origins} call the API from a browser
 * (跨域访问): {@code /graphql} and the downloads, with whatever headers a GraphQL client sends (the token, a
 * {@code ChainGraph-Bookmarks}, a client name, a trace id), and with the download's {@code Content-Disposition}
 * readable, so a page can save the file under the name the service gives it.
 * No origin named: the browser keeps other sites' pages out, as without this class. No cookies are involved (tokens
 * travel in a header), so credentials are not allowed.
 */
@Configuration(proxyBeanMethods = false)
class CrossOriginAccess implements WebMvcConfigurer {

	private final AccessProperties access;

	private final String graphQlPath;

	CrossOriginAccess(AccessProperties access, @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
		this.access = access;
		this.graphQlPath = graphQlPath;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		if (this.access.allowedOrigins().isEmpty()) {
			return;
		}
		var origins = this.access.allowedOrigins().toArray(String[]::new);
		for (var path : new String[] { this.graphQlPath, "/export/**" }) {
			registry.addMapping(path)
				.allowedOriginPatterns(origins)
				.allowedMethods("GET", "POST")
				// Any header the page's client sends: Apollo's apollographql-client-name, a tracing traceparent, an
				// x-request-id; a fixed list made the browser drop every request of such a client. The origins are
				// named and no credentials travel, so the header names give nothing away.
				.allowedHeaders("*")
				.exposedHeaders("Content-Disposition")
				.maxAge(1800);
		}
	}

}
